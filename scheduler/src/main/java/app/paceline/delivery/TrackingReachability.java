package app.paceline.delivery;

import app.paceline.delivery.DeliveryDecision.Verdict;
import java.time.Clock;

/**
 * What the bot learns about whether it can still write to a chat outside of sending: a learner blocked or
 * restarted the bot, the bot was removed from or added back to a group. Going away cancels the chat's waiting
 * deliveries; coming back lets new ones through (planners plan what is still relevant).
 */
public final class TrackingReachability {

    private final Recipients recipients;
    private final PlannedDeliveries ledger;
    private final Clock clock;

    public TrackingReachability(Recipients recipients, PlannedDeliveries ledger, Clock clock) {
        this.recipients = recipients;
        this.ledger = ledger;
        this.clock = clock;
    }

    public void cameBack(long chatId) {
        if (recipients.isUnreachable(chatId)) {
            recipients.markReachable(chatId);
        }
    }

    /** Returns how many waiting deliveries were cancelled. */
    public int wentAway(long chatId, String reason) {
        var now = clock.instant();
        recipients.markUnreachable(chatId, reason, now);
        return ledger.cancelWaitingFor(chatId, new DeliveryDecision(now, Verdict.CANCELLED, "recipient unreachable: " + reason));
    }
}
