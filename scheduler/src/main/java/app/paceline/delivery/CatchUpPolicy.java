package app.paceline.delivery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Folds deliveries of one bundle that are due together for one recipient (missed challenge days, after downtime or
 * a late join) into one catch-up message, instead of one message each. Deliveries without a bundle, and a bundle
 * with a single due delivery, go out on their own.
 */
public final class CatchUpPolicy {

    private CatchUpPolicy() {
    }

    /** The messages to send for these deliveries, in due order of their first delivery. */
    public static List<Outgoing> fold(List<PlannedDelivery> due) {
        Map<String, List<PlannedDelivery>> groups = new LinkedHashMap<>();
        List<PlannedDelivery> sorted = new ArrayList<>(due);
        sorted.sort(Comparator.comparing((PlannedDelivery d) -> d.plan().due()).thenComparing(d -> d.key().value()));
        for (PlannedDelivery delivery : sorted) {
            Optional<String> bundle = delivery.plan().bundle();
            String group = bundle.map(b -> delivery.recipient().chatId() + "\u0000" + b).orElse("\u0001" + delivery.key().value());
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(delivery);
        }
        List<Outgoing> outgoing = new ArrayList<>();
        for (List<PlannedDelivery> group : groups.values()) {
            PlannedDelivery first = group.get(0);
            if (group.size() == 1) {
                outgoing.add(new Outgoing.Single(first));
            } else {
                outgoing.add(new Outgoing.Bundle(first.recipient(), first.plan().bundle().orElseThrow(), group));
            }
        }
        return outgoing;
    }
}
