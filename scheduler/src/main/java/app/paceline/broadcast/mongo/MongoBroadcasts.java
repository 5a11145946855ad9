package app.paceline.broadcast.mongo;

import app.paceline.broadcast.Broadcast;
import app.paceline.broadcast.Broadcasts;
import app.paceline.course.CourseCode;
import app.paceline.learner.LearnerId;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * {@link Broadcasts} in the {@code broadcasts} collection, one document per broadcast keyed by its id, with its
 * recipients' ids (a few KB for thousands of learners). Running broadcasts have {@code running: true}, which the
 * metronome reads every few seconds; the collection stays small (one document per broadcast ever sent). Each write is
 * a single-document update of its own fields.
 */
public final class MongoBroadcasts implements Broadcasts {

    static final String COLLECTION = "broadcasts";

    private final MongoCollection<Document> collection;

    public MongoBroadcasts(MongoOperations mongo) {
        this.collection = mongo.getCollection(COLLECTION);
    }

    /** The index for running broadcasts, on a real MongoDB; idempotent, created at startup. */
    public void createIndexes() {
        collection.createIndex(Indexes.ascending("running", "createdAt"), new IndexOptions().name("by_running"));
    }

    @Override
    public void add(Broadcast broadcast) {
        collection.insertOne(document(broadcast));
    }

    @Override
    public Optional<Broadcast> find(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first()).map(MongoBroadcasts::broadcast);
    }

    @Override
    public List<Broadcast> running() {
        List<Broadcast> found = new ArrayList<>();
        collection.find(Filters.eq("running", true)).sort(Sorts.ascending("createdAt"))
                .forEach(document -> found.add(broadcast(document)));
        return found;
    }

    @Override
    public void edited(String id, String digest, int edits, Instant at) {
        collection.updateOne(Filters.eq("_id", id), Updates.combine(Updates.set("digest", digest),
                Updates.max("edits", edits), Updates.set("plannedAt", Date.from(at))));
    }

    @Override
    public boolean stop(String id, Instant at) {
        return collection.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("running", true),
                        Filters.eq("stoppedAt", null)),
                Updates.combine(Updates.set("stoppedAt", Date.from(at)), Updates.set("withdrawn", -1))).getModifiedCount() > 0;
    }

    @Override
    public void withdrew(String id, int withdrawn) {
        collection.updateOne(Filters.eq("_id", id), Updates.set("withdrawn", withdrawn));
    }

    @Override
    public void done(String id, Instant at) {
        collection.updateOne(Filters.eq("_id", id), Updates.combine(Updates.set("running", false),
                Updates.set("doneAt", Date.from(at))));
    }

    @Override
    public void shown(String id, long messageId, int edit) {
        collection.updateOne(Filters.eq("_id", id), Updates.combine(Updates.set("messageId", messageId),
                Updates.max("shown", edit)));
    }

    static Document document(Broadcast b) {
        Document document = new Document("_id", b.id())
                .append("course", b.course().value())
                .append("courseTitle", b.courseTitle())
                .append("sender", b.sender().value())
                .append("text", b.text())
                .append("createdAt", Date.from(b.createdAt()))
                .append("recipients", b.recipients().stream().map(LearnerId::value).toList())
                .append("running", b.isRunning())
                .append("stoppedAt", b.stoppedAt().map(Date::from).orElse(null))
                .append("withdrawn", b.withdrawn())
                .append("doneAt", b.doneAt().map(Date::from).orElse(null))
                .append("edits", b.edits())
                .append("shown", b.shown())
                .append("digest", b.digest())
                .append("plannedAt", Date.from(b.plannedAt()));
        b.messageId().ifPresent(messageId -> document.append("messageId", messageId));
        return document;
    }

    static Broadcast broadcast(Document d) {
        List<LearnerId> recipients = d.getList("recipients", Number.class, List.of()).stream()
                .map(id -> new LearnerId(id.longValue())).toList();
        return new Broadcast(d.getString("_id"), new CourseCode(d.getString("course")), d.getString("courseTitle"),
                new LearnerId(((Number) d.get("sender")).longValue()), d.getString("text"), d.getDate("createdAt").toInstant(),
                recipients, Optional.ofNullable(d.getDate("stoppedAt")).map(Date::toInstant), d.getInteger("withdrawn", 0),
                Optional.ofNullable(d.getDate("doneAt")).map(Date::toInstant),
                Optional.ofNullable((Number) d.get("messageId")).map(Number::longValue), d.getInteger("edits", 0),
                d.getInteger("shown", 0), d.getString("digest"), d.getDate("plannedAt").toInstant());
    }
}
