package app.paceline.calendar.mongo;

import app.paceline.calendar.AssignmentProgress;
import app.paceline.calendar.AssignmentProgresses;
import app.paceline.calendar.AssignmentRef;
import app.paceline.calendar.BookedSlot;
import app.paceline.course.CourseCode;
import app.paceline.learner.LearnerId;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;

/** {@link AssignmentProgresses} in {@code assignment_progress}, one document per learner and assignment. */
public final class MongoAssignmentProgresses implements AssignmentProgresses {

    static final String COLLECTION = "assignment_progress";

    private final MongoCollection<Document> progress;

    public MongoAssignmentProgresses(MongoOperations mongo) {
        this.progress = mongo.getCollection(COLLECTION);
    }

    public void createIndexes() {
        progress.createIndex(Indexes.ascending("learner"), new IndexOptions().name("by_learner"));
    }

    @Override
    public Optional<AssignmentProgress> find(AssignmentRef ref) {
        return Optional.ofNullable(progress.find(Filters.eq("_id", ref.key())).first()).map(MongoAssignmentProgresses::toProgress);
    }

    @Override
    public void save(AssignmentProgress value) {
        progress.replaceOne(Filters.eq("_id", value.ref().key()), toDocument(value), new ReplaceOptions().upsert(true));
    }

    @Override
    public List<AssignmentProgress> ofLearner(LearnerId learner) {
        List<AssignmentProgress> all = new ArrayList<>();
        progress.find(Filters.eq("learner", learner.value())).forEach(doc -> all.add(toProgress(doc)));
        return all;
    }

    private static Document toDocument(AssignmentProgress value) {
        return new Document("_id", value.ref().key())
                .append("learner", value.ref().learner().value())
                .append("course", value.ref().course().value())
                .append("assignment", value.ref().assignmentId())
                .append("slots", value.slots().stream().map(slot -> new Document("start", Date.from(slot.start()))
                        .append("effortMinutes", slot.effort().toMinutes())).toList())
                .append("doneAt", value.doneAt().map(Date::from).orElse(null));
    }

    private static AssignmentProgress toProgress(Document doc) {
        var ref = new AssignmentRef(new LearnerId(((Number) doc.get("learner")).longValue()),
                new CourseCode(doc.getString("course")), doc.getString("assignment"));
        List<BookedSlot> slots = new ArrayList<>();
        for (Document slot : doc.getList("slots", Document.class, List.of())) {
            slots.add(new BookedSlot(slot.getDate("start").toInstant(),
                    Duration.ofMinutes(((Number) slot.get("effortMinutes")).longValue())));
        }
        return new AssignmentProgress(ref, slots, Optional.ofNullable(doc.getDate("doneAt")).map(Date::toInstant));
    }
}
