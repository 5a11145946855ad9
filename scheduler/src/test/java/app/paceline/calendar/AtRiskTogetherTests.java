package app.paceline.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.course.CourseCode;
import app.paceline.course.CourseFileExamples;
import app.paceline.course.EnrollingLearner;
import app.paceline.course.ImportingCourse;
import app.paceline.course.InMemoryCourses;
import app.paceline.course.InMemoryEnrollments;
import app.paceline.course.ListingCourses;
import app.paceline.course.yaml.YamlCourseFileReader;
import app.paceline.delivery.DeliveryKey;
import app.paceline.delivery.InMemoryPlannedDeliveries;
import app.paceline.learner.InMemoryLearners;
import app.paceline.learner.LearnerId;
import app.paceline.time.SimulatedClock;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One at-risk nudge tells about all the work at risk within a day. In the example course, joined 1 December 12:00
 * UTC: Sourcing (45 min) is due 8 December 04:59 UTC, at risk from 7 December 04:14; Knife skills (30 min) is due 8
 * December 12:00 UTC, at risk from 7 December 11:30.
 */
class AtRiskTogetherTests {

    private static final CourseCode BAKER = new CourseCode("baker-2026");
    private static final LearnerId ANA = new LearnerId(1001);
    private static final AssignmentRef SOURCING = new AssignmentRef(ANA, BAKER, "sourcing");
    private static final AssignmentRef KNIFE = new AssignmentRef(ANA, BAKER, "knife-skills");

    private final SimulatedClock clock = SimulatedClock.stoppedAt(Instant.parse("2026-12-01T12:00:00Z"));
    private final InMemoryCourses courses = new InMemoryCourses();
    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final InMemoryAssignmentProgresses progresses = new InMemoryAssignmentProgresses();
    private final InMemoryPlannedDeliveries deliveries = new InMemoryPlannedDeliveries();
    private final PlanningNudges nudges = new PlanningNudges(
            new LearnerAssignments(new ListingCourses(courses, enrollments), courses, enrollments, progresses), deliveries, clock);
    private final BookingTime booking = new BookingTime(courses, enrollments, progresses, deliveries, nudges, new InMemoryLearners(), clock);

    @BeforeEach
    void anEnrolledLearnerWithNothingBooked() {
        new ImportingCourse(courses, enrollments, new YamlCourseFileReader(), clock)
                .importFile(1, CourseFileExamples.text(CourseFileExamples.MASTER_BAKER));
        new EnrollingLearner(courses, enrollments, clock).enroll(ANA, BAKER.value());
        nudges.refreshCourse(ANA, BAKER);
    }

    @Test
    void workComingAtRiskWithinADayIsToldTogetherAndNotNudgedAgain() {
        clock.set(Instant.parse("2026-12-07T04:14:00Z"));

        var together = nudges.atRiskTogether(ANA, Set.of(SOURCING));

        assertThat(together).extracting(LearnerAssignments.Standing::ref).containsExactly(SOURCING, KNIFE);
        assertThat(deliveries.waiting(DeliveryKey.of("risk", KNIFE.key()))).as("knife skills was told about").isEmpty();
        assertThat(deliveries.finished(DeliveryKey.of("risk", KNIFE.key()))).isPresent();
        nudges.refresh(KNIFE);
        assertThat(deliveries.waiting(DeliveryKey.of("risk", KNIFE.key()))).as("and is not nudged again").isEmpty();
    }

    @Test
    void workAtRiskLaterThanADayGetsItsOwnNudge() {
        clock.set(Instant.parse("2026-12-06T04:14:00Z")); // pretend Sourcing's nudge came a day early

        assertThat(nudges.atRiskTogether(ANA, Set.of(SOURCING))).extracting(LearnerAssignments.Standing::ref).containsExactly(SOURCING);
        assertThat(deliveries.waiting(DeliveryKey.of("risk", KNIFE.key()))).isPresent();
    }

    @Test
    void bookedOrFinishedWorkIsNotAtRisk() {
        booking.book(ANA, BAKER, "knife-skills", Instant.parse("2026-12-07T20:00:00Z"));
        clock.set(Instant.parse("2026-12-07T04:14:00Z"));

        assertThat(nudges.atRiskTogether(ANA, Set.of(SOURCING))).extracting(LearnerAssignments.Standing::ref).containsExactly(SOURCING);

        new ChangingBookings(progresses, deliveries, booking, nudges, clock).markDone(SOURCING);
        assertThat(nudges.atRiskTogether(ANA, Set.of(SOURCING))).as("nothing left to tell about").isEmpty();
    }
}
