package app.paceline.bot.telegram;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * {@code telegram} in {@code /actuator/health}: up while the Bot API answers, down with the reason otherwise; how
 * updates arrive (long polling or webhook) and, for a webhook, what Telegram reports about delivering to it.
 */
public final class TelegramHealthIndicator implements HealthIndicator {

    private final TelegramConnection connection;

    public TelegramHealthIndicator(TelegramConnection connection) {
        this.connection = connection;
    }

    @Override
    public Health health() {
        var health = connection.state() == TelegramConnection.State.CONNECTED ? Health.up() : Health.down();
        health.withDetail("state", connection.state().name());
        health.withDetail("mode", connection.mode() == TelegramConnection.Mode.WEBHOOK ? "webhook" : "long polling");
        connection.webhook().ifPresent(webhook -> {
            health.withDetail("webhookUrl", webhook.url());
            health.withDetail("pendingUpdates", webhook.pendingUpdates());
            if (webhook.lastDeliveryError() != null) {
                // Telegram's own account of its last failed delivery to us (e.g. a certificate or proxy problem).
                health.withDetail("lastDeliveryError", webhook.lastDeliveryError());
                health.withDetail("lastDeliveryErrorAt", String.valueOf(webhook.lastDeliveryErrorAt()));
            }
        });
        connection.botUsername().ifPresent(name -> health.withDetail("bot", "@" + name));
        if (connection.state() != TelegramConnection.State.CONNECTED) {
            connection.lastError().ifPresent(error -> health.withDetail("lastError", error));
        }
        return health.build();
    }
}
