package app.paceline.session.mongo;

import app.paceline.course.CourseCode;
import app.paceline.session.Replay;
import app.paceline.session.Replays;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;

/** {@link Replays} in {@code session_replays}, one document per course and occurrence ({@code _id} {@code <course>|<occurrence>}). */
public final class MongoReplays implements Replays {

    static final String COLLECTION = "session_replays";

    private final MongoCollection<Document> replays;

    public MongoReplays(MongoOperations mongo) {
        this.replays = mongo.getCollection(COLLECTION);
    }

    public void createIndexes() {
        replays.createIndex(Indexes.ascending("course"), new IndexOptions().name("by_course"));
    }

    @Override
    public Optional<Replay> find(CourseCode course, String occurrenceId) {
        return Optional.ofNullable(replays.find(Filters.eq("_id", id(course, occurrenceId))).first()).map(MongoReplays::replay);
    }

    @Override
    public void save(Replay replay) {
        String id = id(replay.course(), replay.occurrenceId());
        replays.replaceOne(Filters.eq("_id", id), new Document("_id", id)
                        .append("course", replay.course().value())
                        .append("occurrence", replay.occurrenceId())
                        .append("title", replay.title())
                        .append("start", Date.from(replay.start()))
                        .append("link", replay.link().toString())
                        .append("postedAt", Date.from(replay.postedAt()))
                        .append("watchBy", Date.from(replay.watchBy()))
                        .append("linkAt", Date.from(replay.linkAt())),
                new ReplaceOptions().upsert(true));
    }

    @Override
    public List<Replay> ofCourse(CourseCode course) {
        List<Replay> all = new ArrayList<>();
        replays.find(Filters.eq("course", course.value())).forEach(doc -> all.add(replay(doc)));
        return all;
    }

    private static String id(CourseCode course, String occurrenceId) {
        return course.value() + "|" + occurrenceId;
    }

    private static Replay replay(Document doc) {
        return new Replay(new CourseCode(doc.getString("course")), doc.getString("occurrence"), doc.getString("title"),
                doc.getDate("start").toInstant(), URI.create(doc.getString("link")), doc.getDate("postedAt").toInstant(),
                doc.getDate("watchBy").toInstant(), doc.getDate("linkAt").toInstant());
    }
}
