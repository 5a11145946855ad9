package app.paceline.course.mongo;

import app.paceline.course.CourseCode;
import app.paceline.course.Enrollment;
import app.paceline.course.Enrollments;
import app.paceline.learner.LearnerId;
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
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * {@link Enrollments} in the {@code enrollments} collection, one document per learner and course keyed by
 * {@code <learner>:<code>}, so that joining twice can never make two.
 */
public final class MongoEnrollments implements Enrollments {

    static final String COLLECTION = "enrollments";

    private final MongoCollection<Document> enrollments;

    public MongoEnrollments(MongoOperations mongo) {
        this.enrollments = mongo.getCollection(COLLECTION);
    }

    /** Indexes for listing by learner and by course on a real MongoDB; idempotent, created at startup. */
    public void createIndexes() {
        enrollments.createIndex(Indexes.ascending("learner"), new IndexOptions().name("by_learner"));
        enrollments.createIndex(Indexes.ascending("course", "leftAt"), new IndexOptions().name("by_course"));
    }

    @Override
    public Optional<Enrollment> find(LearnerId learner, CourseCode course) {
        return Optional.ofNullable(enrollments.find(Filters.eq("_id", Enrollment.idOf(learner, course))).first())
                .map(MongoEnrollments::enrollment);
    }

    @Override
    public void save(Enrollment enrollment) {
        Document document = new Document("_id", enrollment.id())
                .append("learner", enrollment.learner().value())
                .append("course", enrollment.course().value())
                .append("joinedAt", Date.from(enrollment.joinedAt()))
                .append("leftAt", enrollment.leftAt().map(Date::from).orElse(null));
        enrollments.replaceOne(Filters.eq("_id", enrollment.id()), document, new ReplaceOptions().upsert(true));
    }

    @Override
    public List<Enrollment> ofLearner(LearnerId learner) {
        return all(Filters.eq("learner", learner.value()));
    }

    @Override
    public List<Enrollment> ofCourse(CourseCode course) {
        return all(Filters.eq("course", course.value()));
    }

    @Override
    public int countActive(CourseCode course) {
        return (int) enrollments.countDocuments(Filters.and(Filters.eq("course", course.value()), Filters.eq("leftAt", null)));
    }

    private List<Enrollment> all(Bson filter) {
        List<Enrollment> found = new ArrayList<>();
        for (Document document : enrollments.find(filter)) {
            found.add(enrollment(document));
        }
        return found;
    }

    private static Enrollment enrollment(Document document) {
        return new Enrollment(new LearnerId(document.getLong("learner")), new CourseCode(document.getString("course")),
                document.getDate("joinedAt").toInstant(),
                Optional.ofNullable(document.getDate("leftAt")).map(Date::toInstant));
    }
}
