package app.paceline.course.mongo;

import app.paceline.course.Assignment;
import app.paceline.course.Challenge;
import app.paceline.course.Session;
import app.paceline.course.AssignmentWindow;
import app.paceline.course.Course;
import app.paceline.course.CourseCode;
import app.paceline.course.Courses;
import app.paceline.course.JoinOffset;
import app.paceline.learner.LearnerId;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * {@link Courses} in the {@code courses} collection, one document per course with its assignments embedded, keyed
 * by course code. Fixed windows are stored as course-local date-time text, not instants, because they mean wall
 * time in the course's zone and must follow a zone change in a re-import (and a changed tz database).
 */
public final class MongoCourses implements Courses {

    static final String COLLECTION = "courses";

    private final MongoCollection<Document> courses;

    public MongoCourses(MongoOperations mongo) {
        this.courses = mongo.getCollection(COLLECTION);
    }

    /** The index that lists a creator's courses on a real MongoDB; idempotent, created at startup. */
    public void createIndexes() {
        courses.createIndex(Indexes.ascending("creator"), new IndexOptions().name("by_creator"));
        courses.createIndex(Indexes.ascending("coCreators"), new IndexOptions().name("by_co_creator"));
    }

    @Override
    public Optional<Course> find(CourseCode code) {
        return Optional.ofNullable(courses.find(Filters.eq("_id", code.value())).first()).map(MongoCourses::course);
    }

    @Override
    public boolean add(Course course) {
        try {
            courses.insertOne(document(course));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void replace(Course course) {
        Document whole = document(course);
        Document fromFile = new Document(whole);
        fromFile.remove("_id");
        fromFile.remove("creator");
        fromFile.remove("coCreators");
        courses.updateOne(Filters.eq("_id", course.code().value()), new Document("$set", fromFile)
                        .append("$setOnInsert", new Document("creator", whole.get("creator")).append("coCreators", whole.get("coCreators"))),
                new UpdateOptions().upsert(true));
    }

    @Override
    public List<Course> createdBy(LearnerId creator) {
        List<Course> found = new ArrayList<>();
        for (Document document : courses.find(Filters.or(Filters.eq("creator", creator.value()), Filters.eq("coCreators", creator.value())))) {
            found.add(course(document));
        }
        return found;
    }

    @Override
    public boolean addCoCreator(CourseCode course, LearnerId user) {
        return courses.updateOne(Filters.and(Filters.eq("_id", course.value()), Filters.ne("creator", user.value())),
                Updates.addToSet("coCreators", user.value())).getModifiedCount() > 0;
    }

    @Override
    public boolean removeCoCreator(CourseCode course, LearnerId user) {
        return courses.updateOne(Filters.eq("_id", course.value()), Updates.pull("coCreators", user.value())).getModifiedCount() > 0;
    }

    static Document document(Course course) {
        List<Document> assignments = course.assignments().stream().map(MongoCourses::document).toList();
        return new Document("_id", course.code().value())
                .append("title", course.title())
                .append("zone", course.zone().getId())
                .append("creator", course.creator().value())
                .append("coCreators", course.coCreators().stream().map(LearnerId::value).toList())
                .append("assignments", assignments)
                .append("sessions", course.sessions().stream().map(MongoCourses::document).toList())
                .append("challenges", course.challenges().stream().map(MongoCourses::document).toList())
                .append("createdAt", Date.from(course.createdAt()))
                .append("importedAt", Date.from(course.importedAt()));
    }

    private static Document document(Session session) {
        Document repeat = session.repeat()
                .map(weekly -> new Document("days", weekly.days().stream().sorted().map(DayOfWeek::name).toList())
                        .append("until", weekly.until().toString()))
                .orElse(null);
        return new Document("id", session.id())
                .append("title", session.title())
                .append("starts", session.starts().toString())
                .append("durationSeconds", session.duration().toSeconds())
                .append("joinUrl", session.joinUrl().map(URI::toString).orElse(null))
                .append("repeat", repeat)
                .append("prep", session.prep().orElse(null));
    }

    private static Document document(Challenge challenge) {
        return new Document("id", challenge.id())
                .append("title", challenge.title())
                .append("cohortStart", challenge.cohortStart().map(LocalDate::toString).orElse(null))
                .append("releaseTime", challenge.releaseTime().toString())
                .append("graceDays", challenge.graceDays())
                .append("board", challenge.board())
                .append("days", challenge.days().stream().map(day -> new Document("title", day.title())
                        .append("text", day.text())
                        .append("links", day.links().stream()
                                .map(link -> new Document("title", link.title()).append("url", link.url().toString())).toList())
                        .append("question", day.question().orElse(null))).toList());
    }

    private static Challenge challenge(Document document) {
        List<Challenge.Day> days = document.getList("days", Document.class).stream()
                .map(day -> new Challenge.Day(day.getString("title"), day.getString("text"),
                        day.getList("links", Document.class, List.of()).stream()
                                .map(link -> new Challenge.Link(link.getString("title"), URI.create(link.getString("url")))).toList(),
                        Optional.ofNullable(day.getString("question"))))
                .toList();
        return new Challenge(document.getString("id"), document.getString("title"),
                Optional.ofNullable(document.getString("cohortStart")).map(LocalDate::parse),
                LocalTime.parse(document.getString("releaseTime")), document.getInteger("graceDays"),
                document.getBoolean("board", false), days);
    }

    private static Session session(Document document) {
        Document repeat = document.get("repeat", Document.class);
        Optional<Session.Weekly> weekly = Optional.ofNullable(repeat).map(r -> new Session.Weekly(
                r.getList("days", String.class).stream().map(DayOfWeek::valueOf).collect(Collectors.toSet()),
                LocalDate.parse(r.getString("until"))));
        return new Session(document.getString("id"), document.getString("title"), LocalDateTime.parse(document.getString("starts")),
                Duration.ofSeconds(document.getLong("durationSeconds")),
                Optional.ofNullable(document.getString("joinUrl")).map(URI::create), weekly,
                Optional.ofNullable(document.getString("prep")));
    }

    private static Document document(Assignment assignment) {
        Document window;
        if (assignment.window() instanceof AssignmentWindow.Fixed fixed) {
            window = new Document("kind", "fixed").append("opens", fixed.opens().toString())
                    .append("due", fixed.due().toString());
        } else {
            var relative = (AssignmentWindow.AfterJoin) assignment.window();
            window = new Document("kind", "after_join")
                    .append("opensDays", relative.opens().days())
                    .append("opensSeconds", relative.opens().exact().toSeconds())
                    .append("dueDays", relative.due().days())
                    .append("dueSeconds", relative.due().exact().toSeconds());
        }
        return new Document("id", assignment.id())
                .append("title", assignment.title())
                .append("link", assignment.link().map(URI::toString).orElse(null))
                .append("effortSeconds", assignment.effort().toSeconds())
                .append("window", window);
    }

    static Course course(Document document) {
        List<LearnerId> coCreators = document.getList("coCreators", Long.class, List.of()).stream()
                .map(LearnerId::new).toList();
        List<Assignment> assignments = document.getList("assignments", Document.class, List.of()).stream()
                .map(MongoCourses::assignment).toList();
        List<Session> sessions = document.getList("sessions", Document.class, List.of()).stream()
                .map(MongoCourses::session).toList();
        List<Challenge> challenges = document.getList("challenges", Document.class, List.of()).stream()
                .map(MongoCourses::challenge).toList();
        return new Course(new CourseCode(document.getString("_id")), document.getString("title"),
                ZoneId.of(document.getString("zone")), new LearnerId(document.getLong("creator")), coCreators,
                assignments, sessions, challenges, document.getDate("createdAt").toInstant(), document.getDate("importedAt").toInstant());
    }

    private static Assignment assignment(Document document) {
        Document window = document.get("window", Document.class);
        AssignmentWindow resolved = "fixed".equals(window.getString("kind"))
                ? new AssignmentWindow.Fixed(LocalDateTime.parse(window.getString("opens")),
                        LocalDateTime.parse(window.getString("due")))
                : new AssignmentWindow.AfterJoin(
                        new JoinOffset(window.getInteger("opensDays"), Duration.ofSeconds(window.getLong("opensSeconds"))),
                        new JoinOffset(window.getInteger("dueDays"), Duration.ofSeconds(window.getLong("dueSeconds"))));
        return new Assignment(document.getString("id"), document.getString("title"),
                Optional.ofNullable(document.getString("link")).map(URI::create),
                Duration.ofSeconds(document.getLong("effortSeconds")), resolved);
    }
}
