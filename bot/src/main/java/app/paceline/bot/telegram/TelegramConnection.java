package app.paceline.bot.telegram;

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
