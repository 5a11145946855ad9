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
import app.paceline.delivery.InMemoryPlannedDeliveries;
import app.paceline.learner.InMemoryLearners;
import app.paceline.learner.Learner;
import app.paceline.learner.LearnerId;
import app.paceline.time.SimulatedClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A feed read for the example course (sourcing due 2026-12-08T04:59Z; knife skills due 7 days after joining) by a
 * learner who joined on Wednesday 2 December.
 */
class ReadingFeedTests {

    private static final CourseCode BAKER = new CourseCode("baker-2026");
    private static final LearnerId CREATOR = new LearnerId(1);
    private static final LearnerId ANA = new LearnerId(1001);
    private static final Instant WEDNESDAY_MORNING = Instant.parse("2026-12-02T14:00:00Z");
    private static final Instant SOURCING_DUE = Instant.parse("2026-12-08T04:59:00Z");
    private static final Instant FRIDAY_7PM_NEW_YORK = Instant.parse("2026-12-05T00:00:00Z");

    private final SimulatedClock clock = SimulatedClock.stoppedAt(WEDNESDAY_MORNING);
    private final InMemoryCourses courses = new InMemoryCourses();
    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final InMemoryAssignmentProgresses progresses = new InMemoryAssignmentProgresses();
    private final InMemoryPlannedDeliveries deliveries = new InMemoryPlannedDeliveries();
    private final InMemoryLearners learners = new InMemoryLearners();
    private final InMemoryFeedTokens tokens = new InMemoryFeedTokens();
    private final LearnerAssignments assignments =
            new LearnerAssignments(new ListingCourses(courses, enrollments), courses, enrollments, progresses);
    private final PlanningNudges nudges = new PlanningNudges(assignments, deliveries, clock);
    private final BookingTime booking = new BookingTime(courses, enrollments, progresses, deliveries, nudges, learners, clock);
    private final ChangingBookings changing = new ChangingBookings(progresses, deliveries, booking, nudges, clock);
    private final SubscribingToFeed subscribing = new SubscribingToFeed(tokens, new Random(7));
    private final ReadingFeed reading = new ReadingFeed(tokens, learners, assignments,
            new app.paceline.session.AnsweringRsvp(new app.paceline.session.CourseOccurrences(new app.paceline.session.InMemoryOccurrenceChanges()),
                    courses, enrollments, learners, new app.paceline.session.InMemoryRsvps(), null, clock), clock);

    @BeforeEach
    void aLearnerInTheExampleCourse() {
        new ImportingCourse(courses, enrollments, new YamlCourseFileReader(), clock)
                .importFile(CREATOR.value(), CourseFileExamples.text(CourseFileExamples.MASTER_BAKER));
        learners.save(Learner.firstSeen(ANA, "Ana", "en", WEDNESDAY_MORNING).withTimeZone(ZoneId.of("Europe/Berlin")));
        new EnrollingLearner(courses, enrollments, clock).enroll(ANA, BAKER.value());
    }

    @Test
    void liveSessionsOfTheLearnersCoursesAreInTheFeedNamedByOccurrence() {
        new ImportingCourse(courses, enrollments, new YamlCourseFileReader(), clock).importFile(CREATOR.value(),
                CourseFileExamples.text(CourseFileExamples.MASTER_BAKER) + """
                        sessions:
                          - id: qa
                            title: Live Q&A
                            starts: 2026-12-03T18:00
                            duration: 60m
                            repeat: weekly
                            until: 2026-12-10
                        """);

        var feed = reading.read(subscribing.link(ANA)).orElseThrow();

        assertThat(feed.events()).filteredOn(FeedEvent.Session.class::isInstance).extracting(FeedEvent::uid, FeedEvent::start, FeedEvent::end)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("live:1001:baker-2026:qa@2026-12-03", Instant.parse("2026-12-03T23:00:00Z"),
                                Instant.parse("2026-12-04T00:00:00Z")),
                        org.assertj.core.groups.Tuple.tuple("live:1001:baker-2026:qa@2026-12-10", Instant.parse("2026-12-10T23:00:00Z"),
                                Instant.parse("2026-12-11T00:00:00Z")));
    }

    @Test
    void aFeedHasTheBookedSlotsAndTheDeadlinesOfUnfinishedWorkInTimeOrder() {
        booking.book(ANA, BAKER, "sourcing", FRIDAY_7PM_NEW_YORK);

        var feed = reading.read(subscribing.link(ANA)).orElseThrow();

        assertThat(feed.learner().id()).isEqualTo(ANA);
        assertThat(feed.events()).extracting(FeedEvent::uid).containsExactly(
                "slot:1001:baker-2026:sourcing:" + FRIDAY_7PM_NEW_YORK.getEpochSecond(),
                "due:1001:baker-2026:sourcing",
                "due:1001:baker-2026:knife-skills");
        assertThat(feed.events().get(0)).isInstanceOfSatisfying(FeedEvent.Slot.class, slot -> {
            assertThat(slot.start()).isEqualTo(FRIDAY_7PM_NEW_YORK);
            assertThat(slot.end()).isEqualTo(FRIDAY_7PM_NEW_YORK.plus(Duration.ofMinutes(45)));
            assertThat(slot.standing().assignment().title()).isEqualTo("Sourcing ingredients");
        });
        assertThat(feed.events().get(1).start()).isEqualTo(SOURCING_DUE);
        assertThat(feed.events().get(2).start()).isEqualTo(WEDNESDAY_MORNING.plus(Duration.ofDays(7)));
    }

    @Test
    void aMovedSlotIsANewEventAndTheOldOneIsGone() {
        booking.book(ANA, BAKER, "sourcing", FRIDAY_7PM_NEW_YORK);
        var ref = new AssignmentRef(ANA, BAKER, "sourcing");
        String slotId = new BookedSlot(FRIDAY_7PM_NEW_YORK, Duration.ofMinutes(45)).id();

        changing.move(ref, slotId, FRIDAY_7PM_NEW_YORK.plus(Duration.ofHours(1)));

        var slots = reading.read(subscribing.link(ANA)).orElseThrow().events().stream()
                .filter(FeedEvent.Slot.class::isInstance).toList();
        assertThat(slots).extracting(FeedEvent::start).containsExactly(FRIDAY_7PM_NEW_YORK.plus(Duration.ofHours(1)));
    }

    @Test
    void finishedWorkLosesItsDeadlineAndItsUnusedSlotsButKeepsTheTimeItWasWorkedOn() {
        booking.book(ANA, BAKER, "sourcing", WEDNESDAY_MORNING.plus(Duration.ofHours(1)));
        booking.book(ANA, BAKER, "sourcing", FRIDAY_7PM_NEW_YORK);
        clock.set(WEDNESDAY_MORNING.plus(Duration.ofHours(2)));

        changing.markDone(new AssignmentRef(ANA, BAKER, "sourcing"));

        var events = reading.read(subscribing.link(ANA)).orElseThrow().events();
        assertThat(events).extracting(FeedEvent::uid).containsExactly(
                "slot:1001:baker-2026:sourcing:" + WEDNESDAY_MORNING.plus(Duration.ofHours(1)).getEpochSecond(),
                "due:1001:baker-2026:knife-skills");
    }

    @Test
    void theFeedReachesThirtyDaysBack() {
        booking.book(ANA, BAKER, "sourcing", FRIDAY_7PM_NEW_YORK);
        FeedToken token = subscribing.link(ANA);

        clock.set(FRIDAY_7PM_NEW_YORK.plus(Duration.ofDays(30)));
        assertThat(reading.read(token).orElseThrow().events()).extracting(FeedEvent::uid)
                .contains("slot:1001:baker-2026:sourcing:" + FRIDAY_7PM_NEW_YORK.getEpochSecond());

        clock.set(FRIDAY_7PM_NEW_YORK.plus(Duration.ofDays(30)).plus(Duration.ofMinutes(45)));
        assertThat(reading.read(token).orElseThrow().events()).extracting(FeedEvent::uid)
                .doesNotContain("slot:1001:baker-2026:sourcing:" + FRIDAY_7PM_NEW_YORK.getEpochSecond());
    }

    @Test
    void leavingTheCourseEmptiesTheFeed() {
        booking.book(ANA, BAKER, "sourcing", FRIDAY_7PM_NEW_YORK);
        FeedToken token = subscribing.link(ANA);

        new LeavingCourse(courses, enrollments, clock).leave(ANA, BAKER);

        assertThat(reading.read(token).orElseThrow().events()).isEmpty();
    }

    @Test
    void aReplacedOrRevokedTokenReadsNothing() {
        FeedToken old = subscribing.link(ANA);
        FeedToken renewed = subscribing.newLink(ANA);

        assertThat(reading.read(old)).isEmpty();
        assertThat(reading.read(renewed)).isPresent();

        subscribing.turnOff(ANA);
        assertThat(reading.read(renewed)).isEmpty();
    }
}
