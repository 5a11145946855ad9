package app.paceline.config;

import app.paceline.broadcast.BroadcastSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Broadcasts from creators to their learners ({@code paceline.broadcast.*}).
 *
 * @param perSecond how many of a broadcast's messages go out per second ({@code PACELINE_BROADCAST_PER_SECOND}), 1 to
 *                  the overall limit ({@code PACELINE_DELIVERY_GLOBAL_PER_SECOND}); 25 unless set, so that 5 a second
 *                  stay for everything else while a long broadcast goes out
 * @param refresh   how often the progress message is brought up to date ({@code PACELINE_BROADCAST_REFRESH}), 1 s to
 *                  1 min; 3 s unless set
 */
@ConfigurationProperties("paceline.broadcast")
public record BroadcastProperties(Double perSecond, Duration refresh) {

    public BroadcastProperties {
        perSecond = perSecond == null ? BroadcastSettings.DEFAULT_PER_SECOND : perSecond;
        refresh = refresh == null ? BroadcastSettings.DEFAULT_REFRESH : refresh;
        if (!(perSecond >= 1) || perSecond > 1000) {
            throw new InvalidSettingException("PACELINE_BROADCAST_PER_SECOND must be a number of messages a second, at least 1"
                    + " and at most the overall limit; was: " + perSecond);
        }
        if (refresh.compareTo(Duration.ofSeconds(1)) < 0 || refresh.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new InvalidSettingException("PACELINE_BROADCAST_REFRESH must be between 1s and 1m (how often a broadcast's"
                    + " progress message is updated); was: " + refresh);
        }
    }

    /** The settings, checked against the overall limit of the delivery engine. */
    BroadcastSettings settings(double globalPerSecond) {
        if (perSecond > globalPerSecond) {
            throw new InvalidSettingException("PACELINE_BROADCAST_PER_SECOND (" + perSecond + ") must not exceed "
                    + "PACELINE_DELIVERY_GLOBAL_PER_SECOND (" + globalPerSecond + ")");
        }
        return new BroadcastSettings(perSecond, refresh);
    }
}
