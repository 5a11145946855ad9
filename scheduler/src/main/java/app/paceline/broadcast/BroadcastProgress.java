package app.paceline.broadcast;

import app.paceline.delivery.DeliveryDecision.Verdict;
import app.paceline.delivery.DeliveryTally;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How a broadcast stands: of its {@code total} messages, how many were sent, could not reach their learner, failed,
 * were withdrawn by stopping it, or still wait (some of them for the end of their learner's quiet hours).
 *
 * @param unreachable   the learner blocked the bot, deleted their account, or their chat is gone
 * @param failed        Telegram refused the message for good, or it could not be sent for a day
 * @param waiting       not sent yet, including {@code deferred}
 * @param deferred      held back until the end of their learner's quiet hours
 * @param deferredUntil when the last of {@code deferred} may go
 * @param timeLeft      for the waiting ones not deferred, at the rate observed so far (the planned pace before any went)
 */
public record BroadcastProgress(long total, long sent, long unreachable, long failed, long withdrawn, long waiting,
                                long deferred, Optional<Instant> deferredUntil, Duration timeLeft) {

    /**
     * The progress of {@code broadcast} from the tally of its recipients' deliveries, at {@code now}.
     *
     * @param pacePerSecond how fast it was planned to go, for the time left before anything was observed
     */
    public static BroadcastProgress of(Broadcast broadcast, DeliveryTally tally, Instant now, double pacePerSecond) {
        long withdrawn = Math.max(0, broadcast.withdrawn());
        long cancelled = tally.finishedAs(Verdict.CANCELLED);
        // Withdrawn by stopping, or cancelled because the learner went away (blocked the bot) before it was their turn.
        long unreachable = tally.finishedAs(Verdict.UNREACHABLE) + Math.max(0, cancelled - withdrawn);
        long sent = tally.finishedAs(Verdict.SENT) + tally.finishedAs(Verdict.BUNDLED);
        long failed = tally.finishedAs(Verdict.DEAD_LETTERED) + tally.finishedAs(Verdict.DROPPED);
        long total = broadcast.recipients().size();
        // Planned, but not (yet) in the ledger's eyes: counted as waiting, never as done.
        long waiting = Math.max(tally.waiting(), total - tally.finishedCount());
        long going = waiting - tally.deferred();
        double elapsed = Math.max(0, Duration.between(broadcast.createdAt(), now).toMillis()) / 1000.0;
        long ended = tally.finishedCount();
        double rate = ended > 0 && elapsed >= 1 ? ended / elapsed : pacePerSecond;
        Duration left = going <= 0 ? Duration.ZERO : Duration.ofSeconds((long) Math.ceil(going / Math.max(rate, 0.001)));
        return new BroadcastProgress(total, sent, unreachable, failed, Math.min(withdrawn, cancelled), waiting,
                tally.deferred(), tally.deferredUntil(), left);
    }

    /** Every message ended one way or another. */
    public boolean over() {
        return waiting == 0;
    }
}
