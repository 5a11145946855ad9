package app.paceline.config;

import app.paceline.delivery.DeliveryDecision;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.DeliveryMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;

/**
 * The engine's figures in Micrometer, hence in {@code /actuator/prometheus}: {@code paceline_deliveries_sent_total},
 * {@code paceline_deliveries_decided_total{verdict=...}} (dropped, deferred, retried, dead_lettered, ...),
 * {@code paceline_deliveries_rate_limited_total} (429s received) and the lateness histogram
 * {@code paceline_deliveries_lateness_seconds}.
 */
final class MicrometerDeliveryMetrics implements DeliveryMetrics {

    private final MeterRegistry registry;
    private final Counter rateLimited;

    MicrometerDeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.rateLimited = Counter.builder("paceline.deliveries.rate_limited")
                .description("429 answers received from Telegram").register(registry);
    }

    @Override
    public void sent(DeliveryKind kind, Duration lateness) {
        registry.counter("paceline.deliveries.sent", "kind", tag(kind)).increment();
        Timer.builder("paceline.deliveries.lateness")
                .description("how long after its due time a delivery was accepted by Telegram")
                .tag("kind", tag(kind))
                .publishPercentileHistogram()
                .register(registry)
                .record(lateness.isNegative() ? Duration.ZERO : lateness);
    }

    @Override
    public void decided(DeliveryDecision.Verdict verdict, DeliveryKind kind) {
        registry.counter("paceline.deliveries.decided", "verdict", verdict.name().toLowerCase(Locale.ROOT), "kind", tag(kind)).increment();
    }

    @Override
    public void rateLimited() {
        rateLimited.increment();
    }

    private static String tag(DeliveryKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
