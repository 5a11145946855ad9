package app.paceline.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.course.CourseCode;
import app.paceline.course.CourseEvents;
import app.paceline.course.CourseFileExamples;
import app.paceline.course.EnrollingLearner;
import app.paceline.course.ImportingCourse;
import app.paceline.course.InMemoryCourses;
import app.paceline.course.InMemoryEnrollments;
import app.paceline.course.yaml.YamlCourseFileReader;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.InMemoryPlannedDeliveries;
import app.paceline.learner.InMemoryLearners;
import app.paceline.learner.LearnerId;
import app.paceline.time.SimulatedClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nudges before a 20-week series are planned a horizon ahead, not all at once: a join or a re-import plans a week
 * and a day of occurrences, and the metronome plans the rest as they come near. Thursdays 18:00 New York.
 */
class SessionHorizonTests {

    private static final CourseCode BAKER = new CourseCode("baker-2026");
    private static final LearnerId ANA = new LearnerId(1001);

    private final SimulatedClock clock = SimulatedClock.stoppedAt(Instant.parse("2026-12-01T12:00:00Z"));
    private final InMemoryCourses courses = new InMemoryCourses();
    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final InMemoryRsvps rsvps = new InMemoryRsvps();
    private final InMemoryPlannedDeliveries deliveries = new InMemoryPlannedDeliveries();
    private final InMemorySessionHorizons horizons = new InMemorySessionHorizons();
    private final CourseOccurrences occurrences = new CourseOccurrences(new InMemoryOccurrenceChanges());
    private final InMemoryLearners learners = new InMemoryLearners();
    private final SessionNudges nudges = new SessionNudges(occurrences, courses, enrollments, learners, rsvps, deliveries, horizons, clock);
    private final CourseEvents following = new FollowingSessions(occurrences, nudges, clock);
    private final ExtendingSessionNudges extending = new ExtendingSessionNudges(horizons, courses, nudges);
    private final AnsweringRsvp answering = new AnsweringRsvp(occurrences, courses, enrollments, learners, rsvps, nudges, clock);

    @BeforeEach
    void aLearnerJoinsA20WeekSeries() {
        new ImportingCourse(courses, enrollments, new YamlCourseFileReader(), clock, following).importFile(1,
                CourseFileExamples.text(CourseFileExamples.MASTER_BAKER) + """
                        sessions:
                          - id: qa
                            title: Live Q&A
                            starts: 2026-12-03T18:00
                            duration: 60m
                            repeat: weekly
                            until: 2027-04-15
                        """);
        new EnrollingLearner(courses, enrollments, clock, following).enroll(ANA, BAKER.value());
    }

    @Test
    void joiningPlansOnlyTheOccurrencesWithinTheHorizon() {
        assertThat(occurrences.of(courses.find(BAKER).orElseThrow())).hasSize(20);
        assertThat(nudgedOccurrences()).containsExactly("qa@2026-12-03");
    }

    @Test
    void theMetronomePlansTheNextOccurrencesAsTimeGoesOnAndOnlyOnceAnHour() {
        clock.advance(Duration.ofDays(2));
        extending.runDue(clock.instant());
        assertThat(nudgedOccurrences()).containsExactly("qa@2026-12-03", "qa@2026-12-10");

        long planned = deliveries.countWaiting();
        clock.advance(Duration.ofMinutes(30));
        extending.runDue(clock.instant());
        assertThat(deliveries.countWaiting()).as("nothing more within the hour").isEqualTo(planned);
    }

    @Test
    void anAnswerGivenFarAheadCountsWhenTheOccurrenceComesNear() {
        assertThat(answering.answer(ANA, BAKER, "qa@2026-12-17", Rsvp.REPLAY)).isInstanceOf(RsvpOutcome.Saved.class);

        clock.set(Instant.parse("2026-12-10T12:00:00Z"));
        extending.runDue(clock.instant());

        assertThat(nudgedOccurrences()).contains("qa@2026-12-10").doesNotContain("qa@2026-12-17");
    }

    private List<String> nudgedOccurrences() {
        return deliveries.allWaiting().stream().filter(d -> d.plan().kind() == DeliveryKind.SESSION_NUDGE)
                .map(d -> d.plan().payload().get("occurrence")).distinct().sorted().toList();
    }
}
