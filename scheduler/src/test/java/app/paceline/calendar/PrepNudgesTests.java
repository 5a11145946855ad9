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
import app.paceline.session.CourseOccurrences;
import app.paceline.session.InMemoryOccurrenceChanges;
import app.paceline.session.OccurrenceChange;
import app.paceline.time.SimulatedClock;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The flipped classroom: Sourcing (45 min) is the prep of a weekly Live Q&A, Thursdays 18:00 New York (23:00 UTC)
 * from 3 December. A learner who joined on 1 December is nudged a day and 45 minutes before the first one.
 */
class PrepNudgesTests {

    private static final CourseCode BAKER = new CourseCode("baker-2026");
    private static final LearnerId ANA = new LearnerId(1001);
    private static final AssignmentRef SOURCING = new AssignmentRef(ANA, BAKER, "sourcing");
    private static final DeliveryKey PREP = DeliveryKey.of("prep", SOURCING.key());

    private final SimulatedClock clock = SimulatedClock.stoppedAt(Instant.parse("2026-12-01T12:00:00Z"));
    private final InMemoryCourses courses = new InMemoryCourses();
    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final InMemoryAssignmentProgresses progresses = new InMemoryAssignmentProgresses();
    private final InMemoryPlannedDeliveries deliveries = new InMemoryPlannedDeliveries();
    private final InMemoryOccurrenceChanges changes = new InMemoryOccurrenceChanges();
    private final PlanningNudges nudges = new PlanningNudges(
            new LearnerAssignments(new ListingCourses(courses, enrollments), courses, enrollments, progresses), deliveries,
            new CourseOccurrences(changes), clock);
    private final BookingTime booking = new BookingTime(courses, enrollments, progresses, deliveries, nudges, new InMemoryLearners(), clock);

    @BeforeEach
    void aLearnerInACourseWithAPrepAssignment() {
        new ImportingCourse(courses, enrollments, new YamlCourseFileReader(), clock).importFile(1,
                CourseFileExamples.text(CourseFileExamples.MASTER_BAKER) + """
                        sessions:
                          - id: qa
                            title: Live Q&A
                            starts: 2026-12-03T18:00
                            duration: 60m
                            repeat: weekly
                            until: 2026-12-17
                            prep: sourcing
                        """);
        new EnrollingLearner(courses, enrollments, clock).enroll(ANA, BAKER.value());
        nudges.refreshCourse(ANA, BAKER);
    }

    /** The waiting prep nudge, under whichever of its keys. */
    private java.util.Optional<app.paceline.delivery.PlannedDelivery> prep() {
        return deliveries.allWaiting().stream().filter(d -> d.key().value().startsWith(PREP.value())).findFirst();
    }

    @Test
    void thePrepIsNudgedItsEffortAndADayBeforeTheNextSession() {
        var prep = prep().orElseThrow();

        assertThat(prep.plan().due()).isEqualTo(Instant.parse("2026-12-02T22:15:00Z"));
        assertThat(prep.plan().sendBy()).contains(Instant.parse("2026-12-03T22:15:00Z"));
        assertThat(prep.plan().payload()).containsEntry("session", "Live Q&A").containsEntry("sessionStart", "2026-12-03T23:00:00Z");
    }

    @Test
    void timeBookedBeforeTheSessionOrDoneWorkWithdrawsIt() {
        booking.book(ANA, BAKER, "sourcing", Instant.parse("2026-12-03T15:00:00Z"));
        assertThat(prep()).isEmpty();

        new ChangingBookings(progresses, deliveries, booking, nudges, clock)
                .move(SOURCING, new BookedSlot(Instant.parse("2026-12-03T15:00:00Z"), java.time.Duration.ofMinutes(45)).id(),
                        Instant.parse("2026-12-04T15:00:00Z"));
        assertThat(prep()).as("booked after the session: still a nudge, for the next one").isPresent()
                .hasValueSatisfying(p -> assertThat(p.plan().payload()).containsEntry("sessionStart", "2026-12-03T23:00:00Z"));
    }

    @Test
    void aCreatorsMoveOfTheOccurrenceCountsWhenTheNudgeIsPlanned() {
        changes.save(OccurrenceChange.moved(BAKER, "qa@2026-12-03", Instant.parse("2026-12-04T23:00:00Z"), clock.instant()));

        nudges.refresh(SOURCING);

        assertThat(prep().orElseThrow().plan().due()).isEqualTo(Instant.parse("2026-12-03T22:15:00Z"));
    }
}
