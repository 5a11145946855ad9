package app.paceline.challenge.mongo;

import app.paceline.challenge.ChallengeBoard;
import app.paceline.challenge.ChallengeBoards;
import app.paceline.course.CourseCode;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * {@link ChallengeBoards} in the {@code challenge_boards} collection, one document per board keyed by
 * {@code <course>:<challenge>:<date>}. Dates are ISO strings, so they sort as dates. Each write is a single-document
 * update of its own fields: the planner's and the Telegram side's writes never undo each other.
 */
public final class MongoChallengeBoards implements ChallengeBoards {

    static final String COLLECTION = "challenge_boards";

    private final MongoCollection<Document> collection;

    public MongoChallengeBoards(MongoOperations mongo) {
        this.collection = mongo.getCollection(COLLECTION);
    }

    /** The index for the board before a date, on a real MongoDB; idempotent, created at startup. */
    public void createIndexes() {
        collection.createIndex(Indexes.ascending("course", "challenge", "date"), new IndexOptions().name("by_challenge_date"));
    }

    @Override
    public Optional<ChallengeBoard> find(CourseCode course, String challenge, LocalDate date) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", ChallengeBoard.idOf(course, challenge, date))).first())
                .map(MongoChallengeBoards::board);
    }

    @Override
    public Optional<ChallengeBoard> latestBefore(CourseCode course, String challenge, LocalDate date) {
        return Optional.ofNullable(collection.find(Filters.and(Filters.eq("course", course.value()),
                        Filters.eq("challenge", challenge), Filters.lt("date", date.toString())))
                .sort(Sorts.descending("date")).limit(1).first()).map(MongoChallengeBoards::board);
    }

    @Override
    public boolean add(ChallengeBoard board) {
        try {
            collection.insertOne(document(board));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void edited(String id, String digest, int edits, Instant at) {
        collection.updateOne(Filters.eq("_id", id), Updates.combine(Updates.set("digest", digest),
                Updates.set("edits", edits), Updates.set("plannedAt", Date.from(at))));
    }

    @Override
    public void reposted(String id, long groupChatId, String digest, int posts, Instant at) {
        collection.updateOne(Filters.eq("_id", id), Updates.combine(Updates.set("group", groupChatId),
                Updates.unset("messageId"), Updates.set("digest", digest), Updates.set("posts", posts),
                Updates.set("plannedAt", Date.from(at))));
    }

    @Override
    public void shown(String id, long groupChatId, long messageId, int edit) {
        collection.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("group", groupChatId)),
                Updates.combine(Updates.set("messageId", messageId), Updates.max("shown", edit)));
    }

    static Document document(ChallengeBoard board) {
        Document document = new Document("_id", board.id())
                .append("course", board.course().value())
                .append("challenge", board.challenge())
                .append("date", board.date().toString())
                .append("group", board.groupChatId())
                .append("digest", board.digest())
                .append("posts", board.posts())
                .append("edits", board.edits())
                .append("shown", board.shown())
                .append("plannedAt", Date.from(board.plannedAt()));
        board.messageId().ifPresent(id -> document.append("messageId", id));
        return document;
    }

    static ChallengeBoard board(Document d) {
        return new ChallengeBoard(new CourseCode(d.getString("course")), d.getString("challenge"),
                LocalDate.parse(d.getString("date")), ((Number) d.get("group")).longValue(),
                Optional.ofNullable((Number) d.get("messageId")).map(Number::longValue), d.getString("digest"),
                d.getInteger("posts"), d.getInteger("edits"), d.getInteger("shown", 0), d.getDate("plannedAt").toInstant());
    }
}
