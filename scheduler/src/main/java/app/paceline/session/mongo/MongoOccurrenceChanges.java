package app.paceline.session.mongo;

import app.paceline.course.CourseCode;
import app.paceline.session.OccurrenceChange;
import app.paceline.session.OccurrenceChanges;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * {@link OccurrenceChanges} in {@code session_changes}, one document per course and occurrence: {@code movedTo},
 * {@code cancelled}, {@code added} (missing in documents written before extra occurrences existed: false).
 */
public final class MongoOccurrenceChanges implements OccurrenceChanges {

    static final String COLLECTION = "session_changes";

    private final MongoCollection<Document> changes;

    public MongoOccurrenceChanges(MongoOperations mongo) {
        this.changes = mongo.getCollection(COLLECTION);
    }

    public void createIndexes() {
        changes.createIndex(Indexes.ascending("course"), new IndexOptions().name("by_course"));
    }

    @Override
    public List<OccurrenceChange> ofCourse(CourseCode course) {
        List<OccurrenceChange> all = new ArrayList<>();
        changes.find(Filters.eq("course", course.value())).forEach(doc -> all.add(new OccurrenceChange(
                new CourseCode(doc.getString("course")), doc.getString("occurrence"),
                Optional.ofNullable(doc.getDate("movedTo")).map(Date::toInstant), doc.getBoolean("cancelled", false),
                doc.getBoolean("added", false), doc.getDate("at").toInstant())));
        return all;
    }

    @Override
    public void save(OccurrenceChange change) {
        String id = change.course().value() + "|" + change.occurrenceId();
        changes.replaceOne(Filters.eq("_id", id), new Document("_id", id)
                        .append("course", change.course().value())
                        .append("occurrence", change.occurrenceId())
                        .append("movedTo", change.movedTo().map(Date::from).orElse(null))
                        .append("cancelled", change.cancelled())
                        .append("added", change.added())
                        .append("at", Date.from(change.at())),
                new ReplaceOptions().upsert(true));
    }
}
