package app.paceline.challenge;

import app.paceline.course.Challenge;
import app.paceline.course.Course;
import app.paceline.course.CourseCode;
import app.paceline.course.EnrollOutcome;
import app.paceline.course.EnrollingLearner;
import app.paceline.course.InMemoryCourses;
import app.paceline.course.InMemoryEnrollments;
import app.paceline.course.LeavingCourse;
import app.paceline.delivery.DeliveryDecision;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.InMemoryPlannedDeliveries;
import app.paceline.delivery.PlannedDelivery;
import app.paceline.learner.InMemoryLearners;
import app.paceline.learner.Learner;
import app.paceline.learner.LearnerId;
import app.paceline.time.SimulatedClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Challenges wired as the application wires them, on in-memory stores and a clock stopped at Tuesday 1 December
 * 2026, 00:00 UTC; courses are stored as objects (reading files is the course reader's test).
 */
abstract class ChallengeTestWorld {

    static final CourseCode BAKER = new CourseCode("baker-2026");
    static final LocalDate COHORT_START = LocalDate.parse("2026-12-02");

    final SimulatedClock clock = SimulatedClock.stoppedAt(Instant.parse("2026-12-01T00:00:00Z"));
    final InMemoryCourses courses = new InMemoryCourses();
    final InMemoryEnrollments courseEnrollments = new InMemoryEnrollments();
    final InMemoryLearners learners = new InMemoryLearners();
    final InMemoryPlannedDeliveries deliveries = new InMemoryPlannedDeliveries();
    final InMemoryChallengeEnrollments enrollments = new InMemoryChallengeEnrollments();
    final FollowingChallenges following = new FollowingChallenges(enrollments, courseEnrollments, courses, learners, deliveries, clock);
    final EnrollingLearner enrolling = new EnrollingLearner(courses, courseEnrollments, clock, following);
    final LeavingCourse leaving = new LeavingCourse(courses, courseEnrollments, clock, following);
    final ListingChallenges listing = new ListingChallenges(enrollments, courses, learners);
    final TakingPart taking = new TakingPart(enrollments, listing, deliveries, clock);
    final ReleasingChallengeDays releasing = new ReleasingChallengeDays(enrollments, courses, learners, deliveries);
    /** Every drip day and catch-up message planned so far, in the order they were first seen. */
    final List<PlannedDelivery> seen = new ArrayList<>();
    /** Whether {@link #tick} sends what is due (finishes it in the ledger), as the delivery engine would. */
    boolean sending = true;

    static Challenge challenge(String id, Optional<LocalDate> start, int days) {
        return new Challenge(id, "10-day baking challenge", start, LocalTime.of(8, 0), 3, false,
                IntStream.rangeClosed(1, days).mapToObj(day -> new Challenge.Day("Day " + day + " title", "Bake " + day,
                        List.of(new Challenge.Link("Guide", URI.create("https://example.org/" + day))),
                        day % 2 == 0 ? Optional.of("How did it go?") : Optional.empty())).toList());
    }

    Course course(Challenge... challenges) {
        Instant now = clock.instant();
        Course course = new Course(BAKER, "Master Baker", ZoneId.of("America/New_York"), new LearnerId(1), List.of(),
                List.of(), List.of(), List.of(challenges), now, now);
        courses.add(course);
        return course;
    }

    LearnerId learner(long id, String zone) {
        LearnerId learner = new LearnerId(id);
        learners.save(Learner.firstSeen(learner, "L" + id, "en", clock.instant()).withTimeZone(ZoneId.of(zone)));
        return learner;
    }

    void join(LearnerId learner) {
        if (!(enrolling.enroll(learner, BAKER.value()) instanceof EnrollOutcome.Enrolled)) {
            throw new AssertionError("could not join");
        }
    }

    /** Runs the release job at every hour up to {@code until}, and delivers (finishes) what it planned. */
    void runUntil(Instant until) {
        while (clock.instant().isBefore(until)) {
            Instant next = clock.instant().plus(Duration.ofHours(1));
            clock.set(next.isAfter(until) ? until : next);
            tick();
        }
    }

    void tick() {
        releasing.runDue(clock.instant());
        for (PlannedDelivery delivery : deliveries.allWaiting()) {
            if (seen.stream().noneMatch(d -> d.key().equals(delivery.key()))) {
                seen.add(delivery);
            }
            if (sending && !delivery.notBefore().isAfter(clock.instant())) {
                deliveries.finish(delivery, new DeliveryDecision(clock.instant(), DeliveryDecision.Verdict.SENT, ""));
            }
        }
    }

    List<PlannedDelivery> dripsOf(LearnerId learner) {
        return seen.stream().filter(d -> d.recipient().chatId() == learner.value() && d.plan().kind() == DeliveryKind.DRIP_DAY).toList();
    }

    List<PlannedDelivery> catchUpsOf(LearnerId learner) {
        return seen.stream().filter(d -> d.recipient().chatId() == learner.value() && d.plan().kind() == DeliveryKind.CATCH_UP).toList();
    }

    ChallengeStanding standing(LearnerId learner, String challenge) {
        return listing.of(learner, BAKER, challenge).orElseThrow();
    }
}
