package app.paceline.benchmarks;

import app.paceline.delivery.DeliveryKey;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.DeliveryPlan;
import app.paceline.delivery.Recipient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The messages of one run, in due order: each one's text contains its delivery key, so that what arrives at the
 * fake can be matched to what was planned and counted.
 *
 * @param messages every planned message, earliest due first
 */
record Broadcast(List<Message> messages) {

    static final String KEY_PREFIX = "bench:";
    /** Every this many messages one goes to a group (5 %): 1.5 of the 30 messages a second, 0.075/s per group. */
    static final int GROUP_EVERY = 20;
    static final int GROUPS = 20;

    /** One planned message. */
    record Message(int index, String key, Recipient recipient, Instant due, boolean paid) {

        String text() {
            return "Paceline benchmark " + key;
        }

        DeliveryPlan plan() {
            DeliveryPlan plan = DeliveryPlan.of(new DeliveryKey(key), recipient, DeliveryKind.BROADCAST, due,
                    Map.of("text", text()));
            return paid ? plan.asPaidBroadcast() : plan;
        }
    }

    /**
     * {@code size} messages due evenly across the minute from {@code firstDue}, to learners 1..{@code chats} in
     * turn and, unless paid, every {@link #GROUP_EVERY}th to one of {@link #GROUPS} groups in turn.
     */
    static Broadcast spread(int size, int chats, boolean paid, Instant firstDue) {
        List<Message> messages = new ArrayList<>(size);
        long spacingNanos = Duration.ofMinutes(1).toNanos() / Math.max(1, size);
        int privateCount = 0;
        int groupCount = 0;
        for (int i = 0; i < size; i++) {
            Recipient recipient;
            if (!paid && i % GROUP_EVERY == GROUP_EVERY / 2) {
                recipient = Recipient.group(groupId(groupCount++ % GROUPS));
            } else {
                recipient = Recipient.learner(1 + privateCount++ % chats);
            }
            messages.add(new Message(i, key(i), recipient, firstDue.plusNanos(i * spacingNanos), paid));
        }
        return new Broadcast(List.copyOf(messages));
    }

    /** One message at a time to learner 1, {@code spacing} apart from {@code firstDue}. */
    static Broadcast sequential(int size, Instant firstDue, Duration spacing) {
        List<Message> messages = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            messages.add(new Message(i, key(i), Recipient.learner(1), firstDue.plus(spacing.multipliedBy(i)), false));
        }
        return new Broadcast(List.copyOf(messages));
    }

    /** The supergroup ids used: -1000000000001 and on. */
    static long groupId(int number) {
        return -1_000_000_000_001L - number;
    }

    static String key(int index) {
        return KEY_PREFIX + String.format("%06d", index);
    }

    /** The delivery key in a message text, or null when the text is not one of ours. */
    static String keyIn(String text) {
        if (text == null) {
            return null;
        }
        int at = text.lastIndexOf(KEY_PREFIX);
        return at < 0 ? null : text.substring(at).strip();
    }

    int size() {
        return messages.size();
    }

    Instant firstDue() {
        return messages.get(0).due();
    }

    List<DeliveryPlan> plans() {
        return messages.stream().map(Message::plan).toList();
    }
}
