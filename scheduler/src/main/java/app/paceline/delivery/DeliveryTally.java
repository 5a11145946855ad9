package app.paceline.delivery;

import app.paceline.delivery.DeliveryDecision.Verdict;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a set of deliveries stands (a broadcast's): how many still wait in the ledger, how many of those were held back
 * to the end of their recipient's quiet hours, and how many ended with each final verdict. A key the ledger does not
 * know is counted nowhere.
 *
 * @param waiting       in the ledger: waiting, held back, or being sent right now
 * @param deferred      of {@code waiting}, those whose last decision was {@link Verdict#DEFERRED} (quiet hours)
 * @param deferredUntil the latest instant a deferred one waits for, when any is deferred
 * @param finished      final verdict to how many ended with it; verdicts nobody got are absent
 */
public record DeliveryTally(long waiting, long deferred, Optional<Instant> deferredUntil, Map<Verdict, Long> finished) {

    public DeliveryTally {
        Objects.requireNonNull(deferredUntil, "deferredUntil");
        if (waiting < 0 || deferred < 0 || deferred > waiting) {
            throw new IllegalArgumentException("inconsistent tally: " + waiting + " waiting, " + deferred + " deferred");
        }
        Map<Verdict, Long> copy = new EnumMap<>(Verdict.class);
        finished.forEach((verdict, count) -> {
            if (!verdict.terminal()) {
                throw new IllegalArgumentException("not a final verdict: " + verdict);
            }
            if (count > 0) {
                copy.put(verdict, count);
            }
        });
        finished = Map.copyOf(copy);
    }

    public static DeliveryTally empty() {
        return new DeliveryTally(0, 0, Optional.empty(), Map.of());
    }

    /** How many ended with {@code verdict}. */
    public long finishedAs(Verdict verdict) {
        return finished.getOrDefault(verdict, 0L);
    }

    /** How many ended, whatever the verdict. */
    public long finishedCount() {
        return finished.values().stream().mapToLong(Long::longValue).sum();
    }
}
