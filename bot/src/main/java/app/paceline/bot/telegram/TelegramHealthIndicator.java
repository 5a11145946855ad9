package app.paceline.bot.telegram;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** {@code telegram} in {@code /actuator/health}: up while the Bot API answers, down with the reason otherwise. */
public final class TelegramHealthIndicator implements HealthIndicator {

    private final TelegramConnection connection;

    public TelegramHealthIndicator(TelegramConnection connection) {
        this.connection = connection;
    }

    @Override
    public Health health() {
        var health = connection.state() == TelegramConnection.State.CONNECTED ? Health.up() : Health.down();
        health.withDetail("state", connection.state().name());
        connection.botUsername().ifPresent(name -> health.withDetail("bot", "@" + name));
        if (connection.state() != TelegramConnection.State.CONNECTED) {
            connection.lastError().ifPresent(error -> health.withDetail("lastError", error));
        }
        return health.build();
    }
}
