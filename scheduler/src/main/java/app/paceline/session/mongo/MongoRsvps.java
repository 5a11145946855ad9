package app.paceline.session.mongo;

import app.paceline.course.CourseCode;
import app.paceline.learner.LearnerId;
import app.paceline.session.Rsvp;
import app.paceline.session.RsvpRecord;
import app.paceline.session.Rsvps;
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

/** {@link Rsvps} in {@code session_rsvps}, one document per course, occurrence and learner. */
public final class MongoRsvps implements Rsvps {

    static final String COLLECTION = "session_rsvps";

    private final MongoCollection<Document> rsvps;

    public MongoRsvps(MongoOperations mongo) {
        this.rsvps = mongo.getCollection(COLLECTION);
    }

    public void createIndexes() {
        rsvps.createIndex(Indexes.ascending("course", "occurrence"), new IndexOptions().name("by_occurrence"));
    }

    @Override
    public Optional<RsvpRecord> find(CourseCode course, String occurrenceId, LearnerId learner) {
        return Optional.ofNullable(rsvps.find(Filters.eq("_id", id(course, occurrenceId, learner))).first()).map(MongoRsvps::record);
    }

    @Override
    public void save(RsvpRecord rsvp) {
        String id = id(rsvp.course(), rsvp.occurrenceId(), rsvp.learner());
        rsvps.replaceOne(Filters.eq("_id", id), new Document("_id", id)
                        .append("course", rsvp.course().value())
                        .append("occurrence", rsvp.occurrenceId())
                        .append("learner", rsvp.learner().value())
                        .append("answer", rsvp.answer().name())
                        .append("at", Date.from(rsvp.at())),
                new ReplaceOptions().upsert(true));
    }

    @Override
    public List<RsvpRecord> ofOccurrence(CourseCode course, String occurrenceId) {
        List<RsvpRecord> all = new ArrayList<>();
        rsvps.find(Filters.and(Filters.eq("course", course.value()), Filters.eq("occurrence", occurrenceId)))
                .forEach(doc -> all.add(record(doc)));
        return all;
    }

    private static String id(CourseCode course, String occurrenceId, LearnerId learner) {
        return course.value() + "|" + occurrenceId + "|" + learner.value();
    }

    private static RsvpRecord record(Document doc) {
        return new RsvpRecord(new CourseCode(doc.getString("course")), doc.getString("occurrence"),
                new LearnerId(((Number) doc.get("learner")).longValue()), Rsvp.valueOf(doc.getString("answer")),
                doc.getDate("at").toInstant());
    }
}
