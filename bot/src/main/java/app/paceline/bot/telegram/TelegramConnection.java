package app.paceline.bot.telegram;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether Paceline currently reaches Telegram, for health checks: connecting at startup, connected after
 * {@code getMe} answered and while polling works, unreachable after a failure until the next success.
 */
public final class TelegramConnection {

    /** The connection's state. */
    public enum State {
        CONNECTING,
        CONNECTED,
        UNREACHABLE,
        STOPPED
    }

    /** How updates reach us. */
    public enum Mode {
        LONG_POLLING,
        WEBHOOK
    }

    /**
     * What Telegram last told us about our webhook ({@code getWebhookInfo}).
     *
     * @param url                 the URL Telegram posts to
     * @param pendingUpdates      updates waiting to be delivered
     * @param lastDeliveryError   Telegram's last failure to deliver to us, if any ({@code last_error_message})
     * @param lastDeliveryErrorAt when that was
     */
    public record WebhookStatus(String url, int pendingUpdates, String lastDeliveryError, Instant lastDeliveryErrorAt) {
    }

    private volatile Mode mode = Mode.LONG_POLLING;
    private volatile WebhookStatus webhook;
    private volatile State state = State.CONNECTING;
    private volatile String botUsername;
    private volatile String lastError;

    public State state() {
        return state;
    }

    /** The bot's username without '@', once Telegram told us. */
    public Optional<String> botUsername() {
        return Optional.ofNullable(botUsername);
    }

    /** The last failure, already free of the token. */
    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Mode mode() {
        return mode;
    }

    /** In webhook mode, what Telegram last reported about the webhook. */
    public Optional<WebhookStatus> webhook() {
        return Optional.ofNullable(webhook);
    }

    void receiveByWebhook() {
        this.mode = Mode.WEBHOOK;
    }

    void webhookStatus(WebhookStatus status) {
        this.webhook = status;
    }

    void connected(String username) {
        this.botUsername = username;
        this.state = State.CONNECTED;
    }

    void working() {
        this.state = State.CONNECTED;
    }

    void failed(String error) {
        this.lastError = error;
        this.state = botUsername == null ? State.CONNECTING : State.UNREACHABLE;
    }

    void stopped() {
        this.state = State.STOPPED;
    }
}
