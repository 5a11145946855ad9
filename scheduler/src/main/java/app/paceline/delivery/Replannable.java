package app.paceline.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A message that may be withdrawn and wanted again (an RSVP changed back to live, a booking moved away again), but
 * must never be sent twice. A key that was cancelled is never planned again, so such a message has a few numbered
 * keys ({@code <base>}, {@code <base>:2}, ...): planning uses the first that is waiting or unused, and stops at
 * one that was sent (or dropped, or could not be delivered); withdrawing cancels whichever is waiting.
 */
public final class Replannable {

    /** How often one message may be withdrawn and planned again. */
    public static final int VARIANTS = 6;

    private Replannable() {
    }

    /** The keys one message may have, in the order they are used. */
    public static List<DeliveryKey> keys(DeliveryKey base) {
        List<DeliveryKey> keys = new ArrayList<>();
        keys.add(base);
        for (int n = 2; n <= VARIANTS; n++) {
            keys.add(new DeliveryKey(base.value() + ":" + n));
        }
        return keys;
    }

    /**
     * Plans {@code plan} (whose key is the base key) under its first key that is waiting or unused; plans nothing
     * when one of its keys ended other than cancelled (it was sent, or dropped as too late), or all were cancelled.
     */
    public static void plan(PlannedDeliveries deliveries, DeliveryPlan plan) {
        for (DeliveryKey key : keys(plan.key())) {
            if (deliveries.waiting(key).isEmpty()) {
                Optional<FinishedDelivery> finished = deliveries.finished(key);
                if (finished.isPresent() && finished.get().outcome() != DeliveryDecision.Verdict.CANCELLED) {
                    return;
                }
                if (finished.isPresent()) {
                    continue;
                }
            }
            deliveries.plan(plan.withKey(key));
            return;
        }
    }

    /** Withdraws the message, whichever of its keys is waiting. */
    public static void cancel(PlannedDeliveries deliveries, DeliveryKey base, DeliveryDecision why) {
        for (DeliveryKey key : keys(base)) {
            deliveries.cancel(key, why);
        }
    }
}
