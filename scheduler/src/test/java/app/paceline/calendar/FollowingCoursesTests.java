package app.paceline.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.course.CourseCode;
import app.paceline.course.CourseFileExamples;
import app.paceline.course.EnrollingLearner;
import app.paceline.course.ImportingCourse;
import app.paceline.course.InMemoryCourses;
import app.paceline.course.InMemoryEnrollments;
import app.paceline.course.LeavingCourse;
import app.paceline.course.ListingCourses;
import app.paceline.course.yaml.YamlCourseFileReader;
import app.paceline.delivery.DeliveryKey;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.InMemoryPlannedDeliveries;
import app.paceline.learner.InMemoryLearners;
import app.paceline.learner.LearnerId;
import app.paceline.time.SimulatedClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Learners' reminders and nudges follow their course when it is re-imported, and stop when they leave it. */
class FollowingCoursesTests {

    private static final CourseCode BAKER = new CourseCode("baker-2026");
    private static final long CREATOR = 1;
    private static final LearnerId ANA = new LearnerId(1001);
    private static final Instant NOW = Instant.parse("2026-12-02T14:00:00Z");
    /** Friday 4 December 19:00 in New York. */
    private static final Instant FRIDAY_7PM = Instant.parse("2026-12-05T00:00:00Z");
    private static final AssignmentRef SOURCING = new AssignmentRef(ANA, BAKER, "sourcing");
    private static final AssignmentRef KNIFE = new AssignmentRef(ANA, BAKER, "knife-skills");

    private final SimulatedClock clock = SimulatedClock.stoppedAt(NOW);
    private final InMemoryCourses courses = new InMemoryCourses();
    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final InMemoryAssignmentProgresses progresses = new InMemoryAssignmentProgresses();
    private final InMemoryPlannedDeliveries deliveries = new InMemoryPlannedDeliveries();
    private final PlanningNudges nudges = new PlanningNudges(
            new LearnerAssignments(new ListingCourses(courses, enrollments), courses, enrollments, progresses), deliveries, clock);
    private final BookingTime booking = new BookingTime(courses, enrollments, progresses, deliveries, nudges, new InMemoryLearners(), clock);
    private final FollowingCourses following = new FollowingCourses(enrollments, progresses, deliveries, nudges, booking, clock);
    private final ImportingCourse importing = new ImportingCourse(courses, enrollments, new YamlCourseFileReader(), clock, following);

    @BeforeEach
    void anEnrolledLearnerWithTimeBookedForSourcing() {
        importing.importFile(CREATOR, baker());
        new EnrollingLearner(courses, enrollments, clock).enroll(ANA, BAKER.value());
        nudges.refreshCourse(ANA, BAKER);
        booking.book(ANA, BAKER, "sourcing", FRIDAY_7PM);
    }

    @Test
    void aLaterDeadlineMovesTheDeadlineRemindersAndTheSlotReminderNamesIt() {
        importing.importFile(CREATOR, baker().replace("due: 2026-12-07T23:59", "due: 2026-12-09T23:59"));

        Instant newDue = Instant.parse("2026-12-10T04:59:00Z");
        assertThat(deliveries.waiting(DeliveryKey.of("deadline", SOURCING.key(), "PT24H")).orElseThrow().plan().due())
                .isEqualTo(newDue.minus(Duration.ofHours(24)));
        var reminder = deliveries.waiting(BookingTime.reminderKeys(SOURCING, new BookedSlot(FRIDAY_7PM, Duration.ofMinutes(45))).get(0))
                .orElseThrow();
        assertThat(reminder.plan().payload()).containsEntry("due", newDue.toString());
        assertThat(reminder.plan().sendBy()).contains(newDue);
        assertThat(deliveries.waitingOfKind(DeliveryKind.SLOT_REMINDER)).isEqualTo(1);
    }

    @Test
    void anEarlierDeadlineWhoseRemindersHavePassedWithdrawsThem() {
        // Sourcing now due Wednesday 2 December 23:59 New York, ten hours from now: the 24-hour reminder is past.
        importing.importFile(CREATOR, baker().replace("due: 2026-12-07T23:59", "due: 2026-12-02T23:59"));

        assertThat(deliveries.waiting(DeliveryKey.of("deadline", SOURCING.key(), "PT24H"))).isEmpty();
        assertThat(deliveries.waiting(DeliveryKey.of("deadline", SOURCING.key(), "PT2H")).orElseThrow().plan().due())
                .isEqualTo(Instant.parse("2026-12-03T02:59:00Z"));
    }

    @Test
    void aRemovedAssignmentTakesItsBookedTimeRemindersAndNudgesWithIt() {
        importing.importFile(CREATOR, CourseFileExamples.text(CourseFileExamples.MASTER_BAKER_V2));

        assertThat(progresses.find(SOURCING).orElseThrow().slots()).isEmpty();
        assertThat(deliveries.waitingOfKind(DeliveryKind.SLOT_REMINDER)).isZero();
        assertThat(deliveries.waiting(DeliveryKey.of("deadline", SOURCING.key(), "PT24H"))).isEmpty();
        assertThat(deliveries.waiting(DeliveryKey.of("risk", SOURCING.key()))).isEmpty();
        assertThat(deliveries.waiting(DeliveryKey.of("deadline", KNIFE.key(), "PT24H"))).as("the rest stays").isPresent();
    }

    @Test
    void aLearnerWhoLeavesGetsNothingMoreFromTheCourse() {
        new LeavingCourse(courses, enrollments, clock, following).leave(ANA, BAKER);

        assertThat(deliveries.countWaiting()).isZero();
        assertThat(progresses.find(SOURCING).orElseThrow().slots()).isEmpty();
    }

    @Test
    void anUnchangedFileChangesNoPlan() {
        long waiting = deliveries.countWaiting();

        importing.importFile(CREATOR, baker());

        assertThat(deliveries.countWaiting()).isEqualTo(waiting);
        assertThat(progresses.find(SOURCING).orElseThrow().slots()).hasSize(1);
    }

    private static String baker() {
        return CourseFileExamples.text(CourseFileExamples.MASTER_BAKER);
    }
}
