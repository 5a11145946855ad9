package app.paceline.broadcast;

import java.time.Duration;

/**
 * How broadcasts go out, as plain values.
 *
 * @param perSecond how many of a broadcast's messages are planned per second: below the bot's overall limit, so that
 *                  everything else the bot sends meanwhile (reminders at their minute, the progress message itself,
 *                  answers) is not stuck behind a long broadcast
 * @param refresh   how often running broadcasts are counted and their progress messages edited (when something changed)
 */
public record BroadcastSettings(double perSecond, Duration refresh) {

    public static final double DEFAULT_PER_SECOND = 25;
    public static final Duration DEFAULT_REFRESH = Duration.ofSeconds(3);

    public BroadcastSettings {
        if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("a broadcast's pace must be positive, was " + perSecond);
        }
        if (refresh == null || refresh.isNegative() || refresh.isZero()) {
            throw new IllegalArgumentException("the progress refresh must be positive, was " + refresh);
        }
    }

    public static BroadcastSettings defaults() {
        return new BroadcastSettings(DEFAULT_PER_SECOND, DEFAULT_REFRESH);
    }
}
