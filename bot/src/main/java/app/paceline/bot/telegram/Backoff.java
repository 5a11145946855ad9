package app.paceline.bot.telegram;

import java.time.Duration;

/** Capped exponential backoff: {@code min}, doubling on each failure up to {@code max}; reset on success. */
public final class Backoff {

    private final Duration min;
    private final Duration max;
    private Duration current;

    public Backoff(Duration min, Duration max) {
        if (min.isNegative() || min.isZero() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < min <= max, was " + min + " and " + max);
        }
        this.min = min;
        this.max = max;
    }

    /** The wait before the next attempt. */
    public synchronized Duration next() {
        current = current == null ? min : (current.compareTo(max.dividedBy(2)) > 0 ? max : current.multipliedBy(2));
        return current;
    }

    public synchronized void reset() {
        current = null;
    }
}
