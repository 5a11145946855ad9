package app.paceline.config;

import app.paceline.delivery.DeliveryEngineSettings;
import app.paceline.delivery.SendLimits;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The delivery engine ({@code paceline.delivery.*}). Defaults follow Telegram's documented limits.
 *
 * @param globalPerSecond  messages per second over all chats (Telegram: about 30)
 * @param paidPerSecond    the same for paid broadcasts (Telegram: up to 1000)
 * @param privatePerSecond messages per second to one private chat (Telegram: about 1)
 * @param groupPerMinute   messages per minute to one group (Telegram: 20)
 * @param workers          concurrent calls to Telegram
 * @param batchSize        most deliveries claimed per tick
 * @param queueCapacity    most claimed deliveries held in memory
 * @param lease            how long a claim holds without renewal (how late a crashed instance's work returns)
 * @param lookahead        deliveries due this soon are claimed early and sent at their exact instant
 * @param retryMin         first wait after a network error or 5xx
 * @param retryMax         longest wait between retries
 * @param giveUpAfter      a delivery still failing this long after it was due is dead-lettered
 * @param flushEvery       how often finished deliveries are written (also the repeat window after a crash)
 * @param instance         this instance's name on its leases; blank: host name and process id
 * @param leaderLease      how long the metronome's lease holds without renewal: with several instances, how soon
 *                         another one takes over the timed work (and the sending) after the leader crashed
 */
@ConfigurationProperties("paceline.delivery")
public record DeliveryProperties(Double globalPerSecond, Double paidPerSecond, Double privatePerSecond,
                                 Double groupPerMinute, Integer workers, Integer batchSize, Integer queueCapacity,
                                 Duration lease, Duration lookahead, Duration retryMin, Duration retryMax,
                                 Duration giveUpAfter, Duration flushEvery, String instance,
                                 Duration leaderLease) {

    public DeliveryProperties {
        if (leaderLease != null && (leaderLease.compareTo(Duration.ofSeconds(3)) < 0 || leaderLease.compareTo(Duration.ofMinutes(10)) > 0)) {
            throw new InvalidSettingException("PACELINE_DELIVERY_LEADER_LEASE must be between 3s and 10m (how soon another "
                    + "instance takes over the timed work after the one running it died), was " + leaderLease);
        }
    }

    static final Duration DEFAULT_LEADER_LEASE = Duration.ofSeconds(15);

    /** The metronome lease, stretched by the simulated clock's speed like the claims' leases. */
    Duration leaderLease(double clockSpeed) {
        return scaled(orDefault(leaderLease, DEFAULT_LEADER_LEASE), Math.max(1, clockSpeed));
    }

    SendLimits limits() {
        SendLimits d = SendLimits.TELEGRAM;
        return new SendLimits(orDefault(globalPerSecond, d.globalPerSecond()), d.globalBurst(),
                orDefault(paidPerSecond, d.paidPerSecond()), orDefault(privatePerSecond, d.privatePerSecond()),
                d.privateBurst(), orDefault(groupPerMinute, d.groupPerMinute()), d.groupBurst());
    }

    /** The engine's settings; leases and retries are stretched by the simulated clock's speed, if any. */
    DeliveryEngineSettings settings(String owner, double clockSpeed) {
        DeliveryEngineSettings d = DeliveryEngineSettings.defaults(owner);
        double stretch = Math.max(1, clockSpeed);
        return new DeliveryEngineSettings(owner,
                orDefault(batchSize, d.batchSize()),
                orDefault(queueCapacity, d.queueCapacity()),
                scaled(orDefault(lookahead, d.lookahead()), stretch),
                scaled(orDefault(lease, d.lease()), stretch),
                orDefault(workers, d.workers()),
                orDefault(retryMin, d.retryMin()),
                orDefault(retryMax, d.retryMax()),
                orDefault(giveUpAfter, d.giveUpAfter()),
                orDefault(flushEvery, d.flushEvery()));
    }

    private static Duration scaled(Duration duration, double factor) {
        return Duration.ofMillis((long) (duration.toMillis() * factor));
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
