package app.paceline.broadcast;

import static app.paceline.broadcast.BroadcastTestWorld.BAKER;
import static app.paceline.broadcast.BroadcastTestWorld.CREATOR;
import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.delivery.DeliveryDecision.Verdict;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.PlannedDelivery;
import app.paceline.learner.LearnerId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RefreshingBroadcastsTests {

    private final BroadcastTestWorld world = new BroadcastTestWorld();

    private Map<String, String> payloadOf(Broadcast broadcast, int edit) {
        return world.ledger.waiting(broadcast.editKey(edit)).map(PlannedDelivery::plan)
                .or(() -> world.ledger.finished(broadcast.editKey(edit)).map(f -> f.plan()))
                .orElseThrow(() -> new AssertionError("no edit " + edit)).payload();
    }

    @Test
    void theProgressMessageIsEditedOnlyOnceItIsShownOnlyWhenWhatItShowsChangedAndOneEditAtATime() {
        List<LearnerId> learners = world.enroll(100);
        Broadcast broadcast = world.started(world.sending.send(CREATOR, BAKER, "Hello"));
        for (int i = 0; i < 10; i++) {
            world.end(broadcast.keyFor(learners.get(i)), Verdict.SENT);
        }

        world.tick(Duration.ofSeconds(1));
        assertThat(world.ledger.waiting(broadcast.editKey(1))).as("the post is not out yet").isEmpty();

        world.shown(broadcast, 0);
        world.tick(Duration.ofSeconds(3));
        assertThat(payloadOf(broadcast, 1)).containsEntry("sent", "10").containsEntry("total", "100")
                .containsEntry("messageId", "77").containsEntry("edit", "1").containsEntry("state", "sending");
        assertThat(world.ledger.waiting(broadcast.editKey(1)).orElseThrow().recipient().chatId()).isEqualTo(CREATOR.value());

        world.end(broadcast.keyFor(learners.get(10)), Verdict.SENT);
        world.tick(Duration.ofSeconds(3));
        assertThat(world.ledger.waiting(broadcast.editKey(2))).as("edit 1 is still on its way").isEmpty();

        world.shown(broadcast, 1);
        world.tick(Duration.ofSeconds(1));
        assertThat(world.ledger.waiting(broadcast.editKey(2))).as("not before the next refresh").isEmpty();
        world.tick(Duration.ofSeconds(2));
        assertThat(payloadOf(broadcast, 2)).containsEntry("sent", "11");

        world.shown(broadcast, 2);
        world.tick(Duration.ofSeconds(3));
        assertThat(world.ledger.waiting(broadcast.editKey(3))).as("nothing changed but the time taken").isEmpty();
    }

    @Test
    void theTimeLeftFollowsTheObservedRate() {
        List<LearnerId> learners = world.enroll(400);
        Broadcast broadcast = world.started(world.sending.send(CREATOR, BAKER, "Hello"));
        world.shown(broadcast, 0);
        assertThat(world.sending.progress(broadcast).timeLeft()).as("the planned pace before anything went: 400 at 25/s")
                .isEqualTo(Duration.ofSeconds(16));
        // Slower than planned: 100 in 20 s, so 300 more take 60 s.
        for (int i = 0; i < 100; i++) {
            world.end(broadcast.keyFor(learners.get(i)), Verdict.SENT);
        }
        world.tick(Duration.ofSeconds(20));
        assertThat(payloadOf(broadcast, 1)).containsEntry("sent", "100").containsEntry("waiting", "300").containsEntry("left", "60");
    }

    @Test
    void whenEveryMessageEndedTheProgressShowsTheFinalNumbersAndASummaryFollowsOnce() {
        List<LearnerId> learners = world.enroll(6);
        Broadcast broadcast = world.started(world.sending.send(CREATOR, BAKER, "Hello"));
        world.shown(broadcast, 0);
        world.end(broadcast.keyFor(learners.get(0)), Verdict.SENT);
        world.end(broadcast.keyFor(learners.get(1)), Verdict.SENT);
        world.end(broadcast.keyFor(learners.get(2)), Verdict.UNREACHABLE);
        // Blocked the bot before their turn: their waiting messages were cancelled.
        world.end(broadcast.keyFor(learners.get(3)), Verdict.CANCELLED);
        world.end(broadcast.keyFor(learners.get(4)), Verdict.DEAD_LETTERED);
        world.tick(Duration.ofSeconds(3));
        assertThat(payloadOf(broadcast, 1)).containsEntry("waiting", "1").containsEntry("unreachable", "2").containsEntry("failed", "1");
        world.shown(broadcast, 1);

        world.end(broadcast.keyFor(learners.get(5)), Verdict.SENT);
        world.tick(Duration.ofSeconds(3));

        assertThat(payloadOf(broadcast, 2)).containsEntry("state", "done").containsEntry("sent", "3")
                .containsEntry("unreachable", "2").containsEntry("failed", "1").containsEntry("waiting", "0");
        PlannedDelivery summary = world.ledger.waiting(broadcast.summaryKey()).orElseThrow();
        assertThat(summary.plan().kind()).isEqualTo(DeliveryKind.BROADCAST_PROGRESS);
        assertThat(summary.plan().payload()).containsEntry("part", "summary").containsEntry("sent", "3")
                .containsEntry("took", "6").doesNotContainKey("edit");
        assertThat(world.current(broadcast).isRunning()).isFalse();
        assertThat(world.broadcasts.running()).isEmpty();

        world.tick(Duration.ofSeconds(3));
        assertThat(world.ledger.waiting(broadcast.editKey(3))).isEmpty();
    }

    @Test
    void learnersInTheirQuietHoursAreCountedAsWaitingUntilTheirNightEnds() {
        List<LearnerId> learners = world.enroll(3);
        Broadcast broadcast = world.started(world.sending.send(CREATOR, BAKER, "Hello"));
        world.shown(broadcast, 0);
        world.end(broadcast.keyFor(learners.get(0)), Verdict.SENT);
        Instant morningInTokyo = Instant.parse("2026-12-02T22:00:00Z");
        world.defer(broadcast.keyFor(learners.get(1)), morningInTokyo);
        world.defer(broadcast.keyFor(learners.get(2)), morningInTokyo.minus(Duration.ofHours(2)));

        world.tick(Duration.ofSeconds(3));

        assertThat(payloadOf(broadcast, 1)).containsEntry("waiting", "2").containsEntry("deferred", "2")
                .containsEntry("deferredUntil", morningInTokyo.toString()).containsEntry("left", "0");
        assertThat(world.current(broadcast).isRunning()).as("over only when they got it").isTrue();
    }

    @Test
    void aStoppedBroadcastEndsWithWhatWasWithdrawnAndTheSummarySaysSo() {
        List<LearnerId> learners = world.enroll(4);
        Broadcast broadcast = world.started(world.sending.send(CREATOR, BAKER, "Hello"));
        world.shown(broadcast, 0);
        world.end(broadcast.keyFor(learners.get(0)), Verdict.SENT);
        world.end(broadcast.keyFor(learners.get(1)), Verdict.CANCELLED); // blocked the bot earlier

        world.sending.stop(CREATOR, broadcast.id());
        world.tick(Duration.ofSeconds(3));

        assertThat(payloadOf(broadcast, 1)).containsEntry("state", "stopped").containsEntry("sent", "1")
                .containsEntry("withdrawn", "2").containsEntry("unreachable", "1");
        assertThat(world.ledger.waiting(broadcast.summaryKey()).orElseThrow().plan().payload()).containsEntry("state", "stopped");
    }
}
