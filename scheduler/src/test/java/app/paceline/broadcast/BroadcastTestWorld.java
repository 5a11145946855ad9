package app.paceline.broadcast;

import app.paceline.course.Course;
import app.paceline.course.CourseCode;
import app.paceline.course.Enrollment;
import app.paceline.course.InMemoryCourses;
import app.paceline.course.InMemoryEnrollments;
import app.paceline.delivery.DeliveryDecision;
import app.paceline.delivery.DeliveryDecision.Verdict;
import app.paceline.delivery.DeliveryKey;
import app.paceline.delivery.InMemoryPlannedDeliveries;
import app.paceline.delivery.PlannedDeliveries.Finish;
import app.paceline.delivery.PlannedDelivery;
import app.paceline.learner.LearnerId;
import app.paceline.time.SimulatedClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** A course with a creator, a co-creator and learners, the in-memory stores, and helpers to play the engine's part. */
final class BroadcastTestWorld {

    static final Instant NOW = Instant.parse("2026-12-02T13:00:00Z");
    static final CourseCode BAKER = new CourseCode("baker-2026");
    static final LearnerId CREATOR = new LearnerId(1);
    static final LearnerId CO_CREATOR = new LearnerId(2);
    static final LearnerId STRANGER = new LearnerId(3);

    final SimulatedClock clock = SimulatedClock.stoppedAt(NOW);
    final InMemoryCourses courses = new InMemoryCourses();
    final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    final InMemoryPlannedDeliveries ledger = new InMemoryPlannedDeliveries();
    final InMemoryBroadcasts broadcasts = new InMemoryBroadcasts();
    final BroadcastSettings settings = new BroadcastSettings(25, Duration.ofSeconds(3));
    private final AtomicInteger ids = new AtomicInteger();
    final SendingBroadcasts sending = new SendingBroadcasts(broadcasts, courses, enrollments, ledger, clock, settings,
            () -> "b" + ids.incrementAndGet());
    final RefreshingBroadcasts refreshing = new RefreshingBroadcasts(broadcasts, ledger, settings);

    BroadcastTestWorld() {
        courses.add(new Course(BAKER, "Master Baker", ZoneId.of("America/New_York"), CREATOR, List.of(CO_CREATOR), List.of(),
                NOW.minus(Duration.ofDays(30)), NOW.minus(Duration.ofDays(30))));
    }

    /** Enrolls learners 1001, 1002, ... (count of them); returns their ids. */
    List<LearnerId> enroll(int count) {
        List<LearnerId> learners = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            LearnerId learner = new LearnerId(1000 + i);
            enrollments.save(Enrollment.joined(learner, BAKER, NOW.minus(Duration.ofDays(1))));
            learners.add(learner);
        }
        return learners;
    }

    Broadcast started(BroadcastOutcome outcome) {
        return ((BroadcastOutcome.Started) outcome).broadcast();
    }

    Broadcast current(Broadcast broadcast) {
        return broadcasts.find(broadcast.id()).orElseThrow();
    }

    /** The engine sent (or otherwise ended) the delivery with this key, with this verdict. */
    void end(DeliveryKey key, Verdict verdict) {
        PlannedDelivery delivery = ledger.waiting(key).orElseThrow(() -> new AssertionError("not waiting: " + key));
        ledger.finishAll(List.of(new Finish(delivery, new DeliveryDecision(clock.instant(), verdict, "test"))));
    }

    /** The engine held the delivery back until {@code until} (the learner's quiet hours). */
    void defer(DeliveryKey key, Instant until) {
        PlannedDelivery delivery = claim(key);
        ledger.release(delivery, "test", until, 0, Optional.empty(), new DeliveryDecision(clock.instant(), Verdict.DEFERRED, "quiet hours"));
    }

    /** The engine claimed the delivery and is sending it. */
    PlannedDelivery claim(DeliveryKey key) {
        PlannedDelivery delivery = ledger.waiting(key).orElseThrow();
        List<PlannedDelivery> claimed = ledger.claimDue(delivery.notBefore(), clock.instant(), 10_000, "test",
                clock.instant().plus(Duration.ofMinutes(1)), Set.of());
        for (PlannedDelivery other : claimed) {
            if (!other.key().equals(key)) {
                ledger.release(other, "test", other.notBefore(), 0, Optional.empty(),
                        new DeliveryDecision(clock.instant(), Verdict.RETRIED, "not this one"));
            }
        }
        return delivery;
    }

    /** The Telegram side posted the progress message as message 77 (or showed edit {@code edit} of it). */
    void shown(Broadcast broadcast, int edit) {
        DeliveryKey key = edit == 0 ? broadcast.progressKey() : broadcast.editKey(edit);
        refreshing.shown(broadcast.id(), 77, edit);
        end(key, Verdict.SENT);
    }

    void tick(Duration later) {
        clock.advance(later);
        refreshing.runDue(clock.instant());
    }
}
