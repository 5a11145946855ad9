package app.paceline.delivery;

import java.time.Duration;

/** What the engine reports for dashboards; the bot implements it with Micrometer. */
public interface DeliveryMetrics {

    void sent(DeliveryKind kind, Duration lateness);

    void decided(DeliveryDecision.Verdict verdict, DeliveryKind kind);

    void rateLimited();

    /** A no-op implementation, for tests that do not look at metrics. */
    DeliveryMetrics NONE = new DeliveryMetrics() {
        @Override
        public void sent(DeliveryKind kind, Duration lateness) {
        }

        @Override
        public void decided(DeliveryDecision.Verdict verdict, DeliveryKind kind) {
        }

        @Override
        public void rateLimited() {
        }
    };
}
