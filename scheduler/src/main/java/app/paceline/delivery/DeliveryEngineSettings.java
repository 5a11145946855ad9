package app.paceline.delivery;

import java.time.Duration;

/**
 * How the delivery engine works, as plain values (the application maps its configuration onto this).
 *
 * @param owner         this instance's name on its leases; unique per running instance
 * @param batchSize     most deliveries claimed in one tick
 * @param queueCapacity most claimed deliveries waiting in memory for their turn under the rate limits
 * @param lookahead     deliveries due this soon are claimed now and sent at their exact due instant
 * @param lease         how long a claim is held without renewal; after a crash, its deliveries return this late
 * @param workers       concurrent calls to Telegram
 * @param retryMin      first wait after a network error or 5xx; doubles per attempt
 * @param retryMax      longest wait between attempts
 * @param giveUpAfter   a delivery still failing this long after its due time is dead-lettered
 * @param flushEvery    finished deliveries are written to the ledger in batches at least this often; also the
 *                      window of sends that can be repeated after a crash
 */
public record DeliveryEngineSettings(String owner, int batchSize, int queueCapacity, Duration lookahead, Duration lease,
                                     int workers, Duration retryMin, Duration retryMax, Duration giveUpAfter,
                                     Duration flushEvery) {

    public DeliveryEngineSettings {
        if (owner == null || owner.isBlank() || batchSize < 1 || queueCapacity < 1 || workers < 1) {
            throw new IllegalArgumentException("invalid delivery engine settings: " + this);
        }
    }

    public static DeliveryEngineSettings defaults(String owner) {
        return new DeliveryEngineSettings(owner, 1000, 2000, Duration.ofSeconds(2), Duration.ofSeconds(60), 16,
                Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofHours(24), Duration.ofMillis(100));
    }
}
