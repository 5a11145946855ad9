package app.paceline.delivery;

import java.time.Instant;
import java.util.List;

/** A delivery that left the ledger, kept as history for statistics and for "why" questions. */
public record FinishedDelivery(DeliveryPlan plan, DeliveryDecision.Verdict outcome, Instant finishedAt, int attempts,
                               List<DeliveryDecision> decisions) {

    public FinishedDelivery {
        if (!outcome.terminal()) {
            throw new IllegalArgumentException("a finished delivery needs a final outcome, not " + outcome);
        }
        decisions = List.copyOf(decisions);
    }
}
