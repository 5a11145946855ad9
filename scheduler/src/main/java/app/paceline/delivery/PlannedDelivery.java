package app.paceline.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A delivery waiting in the ledger: the plan plus the engine's bookkeeping.
 *
 * @param notBefore  the earliest instant the engine may try it (the due time, or later after a deferral or retry)
 * @param attempts   failed attempts so far (network, 5xx)
 * @param decisions  what was decided about it so far, oldest first
 */
public record PlannedDelivery(DeliveryPlan plan, Instant notBefore, int attempts, Optional<String> lastError,
                              List<DeliveryDecision> decisions) {

    /** At most this many decisions are kept per delivery (a long outage retries many times). */
    public static final int MAX_DECISIONS = 20;

    public PlannedDelivery {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(lastError, "lastError");
        decisions = List.copyOf(decisions);
    }

    public static PlannedDelivery fresh(DeliveryPlan plan) {
        return new PlannedDelivery(plan, plan.due(), 0, Optional.empty(), List.of());
    }

    public DeliveryKey key() {
        return plan.key();
    }

    public Recipient recipient() {
        return plan.recipient();
    }

    /** The decisions with {@code decision} added, oldest dropped beyond {@link #MAX_DECISIONS}. */
    public List<DeliveryDecision> decisionsWith(DeliveryDecision decision) {
        List<DeliveryDecision> all = new ArrayList<>(decisions);
        all.add(decision);
        return all.size() > MAX_DECISIONS ? List.copyOf(all.subList(all.size() - MAX_DECISIONS, all.size())) : List.copyOf(all);
    }
}
