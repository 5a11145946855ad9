package app.paceline.challenge.mongo;

import app.paceline.challenge.ChallengeEnrollment;
import app.paceline.challenge.ChallengeEnrollments;
import app.paceline.course.CourseCode;
import app.paceline.learner.LearnerId;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * {@link ChallengeEnrollments} in the {@code challenge_enrollments} collection, one document per learner, course and
 * challenge keyed by {@code <learner>:<course>:<challenge>}. Days done and answers are sub-documents keyed by day
 * number; {@code nextRelease} is absent when nothing is to come, so the release query reads only what is due.
 */
public final class MongoChallengeEnrollments implements ChallengeEnrollments {

    static final String COLLECTION = "challenge_enrollments";

    private final MongoCollection<Document> collection;

    public MongoChallengeEnrollments(MongoOperations mongo) {
        this.collection = mongo.getCollection(COLLECTION);
    }

    /** Indexes for the release query and listings on a real MongoDB; idempotent, created at startup. */
    public void createIndexes() {
        collection.createIndex(Indexes.ascending("nextRelease"), new IndexOptions().name("by_next_release").sparse(true));
        collection.createIndex(Indexes.ascending("learner"), new IndexOptions().name("by_learner"));
        collection.createIndex(Indexes.ascending("course", "challenge"), new IndexOptions().name("by_challenge"));
    }

    @Override
    public Optional<ChallengeEnrollment> find(LearnerId learner, CourseCode course, String challenge) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", ChallengeEnrollment.idOf(learner, course, challenge))).first())
                .map(MongoChallengeEnrollments::enrollment);
    }

    @Override
    public boolean add(ChallengeEnrollment enrollment) {
        try {
            collection.insertOne(document(enrollment));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean replace(ChallengeEnrollment before, ChallengeEnrollment after) {
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("cannot replace " + before.id() + " by " + after.id());
        }
        Document next = document(after).append("version", before.version() + 1);
        return collection.replaceOne(Filters.and(Filters.eq("_id", before.id()), Filters.eq("version", before.version())), next)
                .getModifiedCount() == 1;
    }

    @Override
    public List<ChallengeEnrollment> ofLearner(LearnerId learner) {
        return all(Filters.eq("learner", learner.value()), null, 0);
    }

    @Override
    public List<ChallengeEnrollment> ofChallenge(CourseCode course, String challenge) {
        return all(Filters.and(Filters.eq("course", course.value()), Filters.eq("challenge", challenge)), null, 0);
    }

    @Override
    public List<ChallengeEnrollment> dueForRelease(Instant now, int limit) {
        return all(Filters.lte("nextRelease", Date.from(now)), Sorts.ascending("nextRelease"), limit);
    }

    @Override
    public Optional<Instant> nextReleaseAfter(Instant now) {
        Document first = collection.find(Filters.gt("nextRelease", Date.from(now)))
                .sort(Sorts.ascending("nextRelease")).limit(1).first();
        return first == null ? Optional.empty() : Optional.of(first.getDate("nextRelease").toInstant());
    }

    @Override
    public int mostReleased(CourseCode course, String challenge) {
        Document most = collection.find(Filters.and(Filters.eq("course", course.value()), Filters.eq("challenge", challenge)))
                .sort(Sorts.descending("released")).limit(1).first();
        return most == null ? 0 : most.getInteger("released", 0);
    }

    private List<ChallengeEnrollment> all(Bson filter, Bson sort, int limit) {
        var found = collection.find(filter);
        if (sort != null) {
            found = found.sort(sort);
        }
        if (limit > 0) {
            found = found.limit(limit);
        }
        List<ChallengeEnrollment> all = new ArrayList<>();
        for (Document document : found) {
            all.add(enrollment(document));
        }
        return all;
    }

    static Document document(ChallengeEnrollment e) {
        Document done = new Document();
        e.done().forEach((day, at) -> done.append(Integer.toString(day), Date.from(at)));
        Document answers = new Document();
        e.answers().forEach((day, text) -> answers.append(Integer.toString(day), text));
        Document document = new Document("_id", e.id())
                .append("learner", e.learner().value())
                .append("course", e.course().value())
                .append("challenge", e.challenge())
                .append("startDate", e.startDate().toString())
                .append("releaseTime", e.releaseTime().map(LocalTime::toString).orElse(null))
                .append("released", e.released())
                .append("pausedOn", e.pausedOn().map(LocalDate::toString).orElse(null))
                .append("shiftDays", e.shiftDays())
                .append("done", done)
                .append("answers", answers)
                .append("catchUpSent", e.catchUpSent())
                .append("showName", e.showName())
                .append("joinedAt", Date.from(e.joinedAt()))
                .append("leftAt", e.leftAt().map(Date::from).orElse(null))
                .append("version", e.version());
        e.nextRelease().ifPresent(next -> document.append("nextRelease", Date.from(next)));
        return document;
    }

    static ChallengeEnrollment enrollment(Document d) {
        Map<Integer, Instant> done = new TreeMap<>();
        d.get("done", Document.class).forEach((day, at) -> done.put(Integer.parseInt(day), ((Date) at).toInstant()));
        Map<Integer, String> answers = new TreeMap<>();
        d.get("answers", Document.class).forEach((day, text) -> answers.put(Integer.parseInt(day), (String) text));
        return new ChallengeEnrollment(new LearnerId(d.getLong("learner")), new CourseCode(d.getString("course")),
                d.getString("challenge"), LocalDate.parse(d.getString("startDate")),
                Optional.ofNullable(d.getString("releaseTime")).map(LocalTime::parse), d.getInteger("released"),
                Optional.ofNullable(d.getDate("nextRelease")).map(Date::toInstant),
                Optional.ofNullable(d.getString("pausedOn")).map(LocalDate::parse), d.getInteger("shiftDays"), done, answers,
                d.getBoolean("catchUpSent"), d.getBoolean("showName"), d.getDate("joinedAt").toInstant(),
                Optional.ofNullable(d.getDate("leftAt")).map(Date::toInstant), d.getLong("version"));
    }
}
