package app.paceline.benchmark.mongo;

import app.paceline.calendar.BookingTime;
import app.paceline.calendar.FollowingCourses;
import app.paceline.calendar.LearnerAssignments;
import app.paceline.calendar.PlanningNudges;
import app.paceline.calendar.mongo.MongoAssignmentProgresses;
import app.paceline.course.CourseEvents;
import app.paceline.course.CourseFileExamples;
import app.paceline.course.EnrollingLearner;
import app.paceline.course.ImportingCourse;
import app.paceline.course.ListingCourses;
import app.paceline.course.mongo.MongoCourses;
import app.paceline.course.mongo.MongoEnrollments;
import app.paceline.course.yaml.YamlCourseFileReader;
import app.paceline.delivery.mongo.MongoPlannedDeliveries;
import app.paceline.learner.LearnerId;
import app.paceline.learner.mongo.MongoLearners;
import app.paceline.session.CourseOccurrences;
import app.paceline.session.FollowingSessions;
import app.paceline.session.SessionNudges;
import app.paceline.session.mongo.MongoOccurrenceChanges;
import app.paceline.session.mongo.MongoRsvps;
import app.paceline.time.SimulatedClock;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * (In a package of its own, which nothing depends on, and a {@code mongo} one, because it wires the features'
 * MongoDB adapters together.) What joining and re-importing cost while the creator waits (handled on the update thread): a course with a
 * 20-week weekly session, {@code -Dprobe.learners} learners join one by one, then a re-import moves the session by an
 * hour. On the embedded store's in-memory backend, with the application's wiring of calendar and session followers;
 * {@code -Dprobe.horizon=false} plans the whole series as before the nudge horizon. Prints figures; asserts nothing.
 * Run (docs/benchmarks.md): {@code ./mvnw -B -q -pl scheduler test -Dtest=CourseImportCostBenchmark
 * -Dpaceline.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false -Dprobe.learners=1000}.
 */
@Tag("benchmark")
class CourseImportCostBenchmark {

    @Test
    void joinsAndAReimportForACohort() {
        int learnersCount = Integer.getInteger("probe.learners", 1000);
        var server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        try (var client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
            var mongo = new MongoTemplate(client, "paceline");
            var clock = SimulatedClock.stoppedAt(Instant.parse("2026-12-01T12:00:00Z"));
            var courses = new MongoCourses(mongo);
            var enrollments = new MongoEnrollments(mongo);
            enrollments.createIndexes();
            var progresses = new MongoAssignmentProgresses(mongo);
            progresses.createIndexes();
            var deliveries = new MongoPlannedDeliveries(mongo);
            deliveries.createIndexes();
            var learners = new MongoLearners(mongo);
            var nudges = new PlanningNudges(new LearnerAssignments(new ListingCourses(courses, enrollments), courses, enrollments, progresses), deliveries, clock);
            var booking = new BookingTime(courses, enrollments, progresses, deliveries, nudges, learners, clock);
            var rsvps = new MongoRsvps(mongo);
            rsvps.createIndexes();
            var changes = new MongoOccurrenceChanges(mongo);
            var occurrences = new CourseOccurrences(changes);
            var sessionNudges = Boolean.parseBoolean(System.getProperty("probe.horizon", "true")) ? new SessionNudges(occurrences, courses, enrollments, learners, rsvps, deliveries, new app.paceline.session.mongo.MongoSessionHorizons(mongo), clock) : new SessionNudges(occurrences, courses, enrollments, learners, rsvps, deliveries, clock);
            CourseEvents events = CourseEvents.all(List.of(new FollowingCourses(enrollments, progresses, deliveries, nudges, booking, clock),
                    new FollowingSessions(occurrences, sessionNudges, clock)));
            var importing = new ImportingCourse(courses, enrollments, new YamlCourseFileReader(), clock, events);
            String file = CourseFileExamples.text(CourseFileExamples.MASTER_BAKER) + """
                    sessions:
                      - id: qa
                        title: Live Q&A
                        starts: 2026-12-03T18:00
                        duration: 60m
                        repeat: weekly
                        until: 2027-04-15
                    """;
            importing.importFile(1, file);
            var enrolling = new EnrollingLearner(courses, enrollments, clock, events);
            long t0 = System.nanoTime();
            for (int i = 0; i < learnersCount; i++) {
                enrolling.enroll(new LearnerId(10_000 + i), "baker-2026");
            }
            long t1 = System.nanoTime();
            importing.importFile(1, file.replace("starts: 2026-12-03T18:00", "starts: 2026-12-03T19:00"));
            long t2 = System.nanoTime();
            System.out.printf("course import cost: horizon=%s learners=%d joins=%.1f s (%.1f ms each) re-import moving a 20-week session=%.1f s waiting=%d%n",
                    System.getProperty("probe.horizon", "true"), learnersCount, (t1 - t0) / 1e9, (t1 - t0) / 1e6 / learnersCount, (t2 - t1) / 1e9, deliveries.countWaiting());
        } finally {
            server.shutdownNow();
        }
    }
}
