package app.paceline.bot.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;

/**
 * The secret Telegram sends with every webhook request in {@code X-Telegram-Bot-Api-Secret-Token}
 * ({@code PACELINE_WEBHOOK_SECRET}), set by us with {@code setWebhook}. Never logged; {@link #toString()} hides it.
 */
public final class WebhookSecret {

    /** What Telegram accepts as a secret token. */
    public static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    private final String value;
    private final byte[] digest;

    public WebhookSecret(String value) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a webhook secret is 1-256 characters of A-Z a-z 0-9 _ -");
        }
        this.value = value;
        this.digest = sha256(value);
    }

    String value() {
        return value;
    }

    /**
     * Whether a request's header carries this secret. The comparison takes the same time whatever the header
     * holds: both sides are hashed to 32 bytes first and compared with {@link MessageDigest#isEqual}, so neither a
     * common prefix nor the length of a guess shows in the time it takes.
     */
    public boolean matches(String header) {
        if (header == null) {
            return false;
        }
        return MessageDigest.isEqual(sha256(header), digest);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "WebhookSecret[***]";
    }
}
