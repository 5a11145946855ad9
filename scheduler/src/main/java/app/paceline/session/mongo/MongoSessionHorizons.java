package app.paceline.session.mongo;

import app.paceline.course.CourseCode;
import app.paceline.session.SessionHorizons;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;

/** {@link SessionHorizons} in {@code session_horizons}, one document per course with sessions. */
public final class MongoSessionHorizons implements SessionHorizons {

    static final String COLLECTION = "session_horizons";

    private final MongoCollection<Document> horizons;

    public MongoSessionHorizons(MongoOperations mongo) {
        this.horizons = mongo.getCollection(COLLECTION);
    }

    public void createIndexes() {
        horizons.createIndex(Indexes.ascending("until"), new IndexOptions().name("by_until"));
    }

    @Override
    public List<CourseCode> plannedBefore(Instant until) {
        List<CourseCode> due = new ArrayList<>();
        horizons.find(Filters.lt("until", Date.from(until))).forEach(doc -> due.add(new CourseCode(doc.getString("_id"))));
        return due;
    }

    @Override
    public void set(CourseCode course, Instant plannedUntil) {
        horizons.replaceOne(Filters.eq("_id", course.value()),
                new Document("_id", course.value()).append("until", Date.from(plannedUntil)), new ReplaceOptions().upsert(true));
    }

    @Override
    public void track(CourseCode course, Instant plannedUntil) {
        horizons.updateOne(Filters.eq("_id", course.value()), Updates.setOnInsert("until", Date.from(plannedUntil)),
                new UpdateOptions().upsert(true));
    }

    @Override
    public void forget(CourseCode course) {
        horizons.deleteOne(Filters.eq("_id", course.value()));
    }
}
