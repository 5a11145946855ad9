package app.paceline.delivery;

import java.time.Instant;
import java.util.Optional;

/**
 * The time rules every delivery passes just before it is sent, as a pure function of the delivery, the instant
 * and the recipient's quiet hours:
 * <ol>
 *   <li>past its {@code sendBy} (a session that started, a deadline that passed): dropped, never sent late;</li>
 *   <li>not a timed kind and inside the recipient's quiet hours: deferred to their end, or dropped if they end
 *       after its {@code sendBy};</li>
 *   <li>otherwise: sent.</li>
 * </ol>
 */
public final class DeliveryPolicy {

    private DeliveryPolicy() {
    }

    /** What to do with a delivery now. */
    public sealed interface Decision {
    }

    /** Send it now. */
    public record Send() implements Decision {
    }

    /** Never send it; {@code reason} says why. */
    public record Drop(String reason) implements Decision {
    }

    /** Try again at {@code until}; {@code reason} says why. */
    public record Defer(Instant until, String reason) implements Decision {
    }

    public static Decision decide(PlannedDelivery delivery, Instant now, Optional<QuietTimes.LocalQuiet> quiet) {
        DeliveryPlan plan = delivery.plan();
        if (plan.sendBy().isPresent() && !now.isBefore(plan.sendBy().get())) {
            return new Drop("too late: it had to go out before " + plan.sendBy().get() + " and it is " + now);
        }
        if (!plan.kind().timed() && !plan.recipient().group() && quiet.isPresent()) {
            var endOfQuiet = quiet.get().hours().endOfQuietAround(now, quiet.get().zone());
            if (endOfQuiet.isPresent()) {
                Instant until = endOfQuiet.get();
                if (plan.sendBy().isPresent() && !until.isBefore(plan.sendBy().get())) {
                    if (plan.kind().mustArrive()) {
                        return new Send();
                    }
                    return new Drop("quiet hours (" + quiet.get().hours().start() + "-" + quiet.get().hours().end()
                            + " " + quiet.get().zone().getId() + ") last past " + plan.sendBy().get());
                }
                return new Defer(until, "quiet hours " + quiet.get().hours().start() + "-" + quiet.get().hours().end()
                        + " in " + quiet.get().zone().getId());
            }
        }
        return new Send();
    }
}
