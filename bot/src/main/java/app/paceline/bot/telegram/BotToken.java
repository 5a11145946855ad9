package app.paceline.bot.telegram;

import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * The bot's secret token from @BotFather. Only the bot id (the part before the colon) may ever be logged;
 * {@link #toString()} hides the rest.
 */
public record BotToken(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{1,20}:[A-Za-z0-9_-]{20,100}");

    private static final String HOW_TO_GET_ONE = "Create a bot with @BotFather in Telegram (/newbot), copy the token "
            + "it gives you, and start Paceline with: export TELEGRAM_BOT_TOKEN=<token>";

    public BotToken {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a bot token");
        }
    }

    /**
     * Parses a configured token, or fails with the one line an operator needs (without echoing the secret).
     *
     * @throws IllegalArgumentException with that line
     */
    public static BotToken parse(String configured) {
        if (configured == null || configured.isBlank()) {
            throw new IllegalArgumentException("TELEGRAM_BOT_TOKEN is not set. " + HOW_TO_GET_ONE);
        }
        String trimmed = configured.strip();
        if (!FORMAT.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("TELEGRAM_BOT_TOKEN does not look like a bot token "
                    + "(expected digits, a colon, then letters, digits, '-' or '_', e.g. 123456789:AAE...). " + HOW_TO_GET_ONE);
        }
        return new BotToken(trimmed);
    }

    /** The public part of the token, safe to log. */
    public String botId() {
        return value.substring(0, value.indexOf(':'));
    }

    /** Replaces the secret wherever it appears in {@code text} (exception messages can carry request URLs). */
    public String redact(String text) {
        return text == null ? null : text.replace(value, botId() + ":***");
    }

    /**
     * A failed Bot API call in a few words, safe to log: Telegram's code and answer ({@code 403 Forbidden: bot was
     * blocked}), or what went wrong on the way ({@code ConnectException: ...}), with the token redacted.
     */
    public String describe(TelegramApiException e) {
        if (e instanceof TelegramApiRequestException request && request.getErrorCode() != null) {
            return redact(request.getErrorCode() + " " + request.getApiResponse());
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return redact(cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }

    @Override
    public String toString() {
        return "BotToken[" + botId() + ":***]";
    }
}
