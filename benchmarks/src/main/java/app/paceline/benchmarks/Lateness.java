package app.paceline.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lateness percentiles, and the ideal schedule they are measured against.
 *
 * @param p50 the median
 * @param p99 the 99th percentile
 * @param count how many values
 */
record Lateness(Duration p50, Duration p99, int count) {

    static final Lateness NONE = new Lateness(null, null, 0);

    /** Nearest-rank percentiles of the given values. */
    static Lateness of(Collection<Duration> values) {
        if (values.isEmpty()) {
            return NONE;
        }
        List<Duration> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return new Lateness(rank(sorted, 0.50), rank(sorted, 0.99), sorted.size());
    }

    private static Duration rank(List<Duration> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /**
     * The earliest each message could arrive if sending were perfect within the limits: messages in due order,
     * the i-th at {@code max(its due, start, previous + 1/perSecond, previous to its chat + that chat's gap)}.
     */
    static Map<String, Instant> idealSchedule(Broadcast broadcast, double perSecond, Instant start) {
        Map<String, Instant> ideal = new HashMap<>();
        Map<Long, Instant> lastPerChat = new HashMap<>();
        long slotNanos = (long) (1e9 / perSecond);
        Instant previous = null;
        for (Broadcast.Message message : broadcast.messages()) {
            Instant at = message.due().isBefore(start) ? start : message.due();
            if (previous != null && at.isBefore(previous.plusNanos(slotNanos))) {
                at = previous.plusNanos(slotNanos);
            }
            Instant lastToChat = lastPerChat.get(message.recipient().chatId());
            Duration chatGap = message.recipient().group() ? Duration.ofSeconds(3) : Duration.ofSeconds(1);
            if (lastToChat != null && at.isBefore(lastToChat.plus(chatGap))) {
                at = lastToChat.plus(chatGap);
            }
            ideal.put(message.key(), at);
            lastPerChat.put(message.recipient().chatId(), at);
            previous = at;
        }
        return ideal;
    }

    /** Arrival minus ideal for every message that arrived. */
    static List<Duration> against(Map<String, Instant> ideal, Map<String, Instant> arrivals) {
        List<Duration> late = new ArrayList<>();
        arrivals.forEach((key, arrived) -> {
            Instant expected = ideal.get(key);
            if (expected != null) {
                late.add(Duration.between(expected, arrived));
            }
        });
        return late;
    }
}
