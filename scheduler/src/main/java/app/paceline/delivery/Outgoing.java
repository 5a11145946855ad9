package app.paceline.delivery;

import java.util.List;

/** What the engine hands to the {@link Notifier}: one delivery, or several due ones folded into one message. */
public sealed interface Outgoing {

    Recipient recipient();

    /** The deliveries this message carries. */
    List<PlannedDelivery> deliveries();

    /** Whether it may use Telegram's paid broadcast limit. */
    default boolean paid() {
        return deliveries().stream().allMatch(d -> d.plan().paid());
    }

    record Single(PlannedDelivery delivery) implements Outgoing {
        @Override
        public Recipient recipient() {
            return delivery.recipient();
        }

        @Override
        public List<PlannedDelivery> deliveries() {
            return List.of(delivery);
        }
    }

    /**
     * Missed messages of one bundle sent as one catch-up message ({@link DeliveryKind#CATCH_UP}).
     *
     * @param items in due order
     */
    record Bundle(Recipient recipient, String bundle, List<PlannedDelivery> items) implements Outgoing {
        public Bundle {
            items = List.copyOf(items);
        }

        @Override
        public List<PlannedDelivery> deliveries() {
            return items;
        }
    }
}
