package app.paceline.session.mongo;

import app.paceline.course.CourseCode;
import app.paceline.learner.LearnerId;
import app.paceline.session.WatchedReplay;
import app.paceline.session.WatchedReplays;
import com.mongodb.MongoWriteException;
import com.mongodb.ErrorCategory;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * {@link WatchedReplays} in {@code session_replay_watches}, one document per course, occurrence and learner
 * ({@code _id} {@code <course>|<occurrence>|<learner>}); an insert keyed by {@code _id} keeps the first mark even when
 * two presses race.
 */
public final class MongoWatchedReplays implements WatchedReplays {

    static final String COLLECTION = "session_replay_watches";

    private final MongoCollection<Document> watches;

    public MongoWatchedReplays(MongoOperations mongo) {
        this.watches = mongo.getCollection(COLLECTION);
    }

    @Override
    public Optional<WatchedReplay> find(CourseCode course, String occurrenceId, LearnerId learner) {
        return Optional.ofNullable(watches.find(Filters.eq("_id", id(course, occurrenceId, learner))).first())
                .map(doc -> new WatchedReplay(new CourseCode(doc.getString("course")), doc.getString("occurrence"),
                        new LearnerId(((Number) doc.get("learner")).longValue()), doc.getDate("at").toInstant()));
    }

    @Override
    public boolean add(WatchedReplay watched) {
        try {
            watches.insertOne(new Document("_id", id(watched.course(), watched.occurrenceId(), watched.learner()))
                    .append("course", watched.course().value())
                    .append("occurrence", watched.occurrenceId())
                    .append("learner", watched.learner().value())
                    .append("at", Date.from(watched.at())));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    private static String id(CourseCode course, String occurrenceId, LearnerId learner) {
        return course.value() + "|" + occurrenceId + "|" + learner.value();
    }
}
