package app.paceline.config;

import app.paceline.bot.telegram.BotToken;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Paceline reaches Telegram.
 *
 * @param botToken    the token from @BotFather ({@code TELEGRAM_BOT_TOKEN}); required, never logged
 * @param apiUrl      base URL of a Bot API server ({@code TELEGRAM_API_URL}): scheme, host and optional port, no
 *                    path; the official one by default, or a self-hosted or fake server
 * @param pollTimeout how long one {@code getUpdates} long poll may wait for updates
 * @param retryMin    the first wait after Telegram could not be reached; doubles on each failure
 * @param retryMax    the longest wait between attempts to reach Telegram
 */
@ConfigurationProperties("paceline.telegram")
public record TelegramProperties(String botToken, String apiUrl, Duration pollTimeout, Duration retryMin,
                                 Duration retryMax) {

    public TelegramProperties {
        pollTimeout = pollTimeout == null ? Duration.ofSeconds(50) : pollTimeout;
        retryMin = retryMin == null ? Duration.ofSeconds(1) : retryMin;
        retryMax = retryMax == null ? Duration.ofMinutes(1) : retryMax;
    }

    public BotToken token() {
        return tokenOf(botToken);
    }

    static BotToken tokenOf(String configured) {
        try {
            return BotToken.parse(configured);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(e.getMessage());
        }
    }

    public URI api() {
        return apiUrlOf(apiUrl);
    }

    /** Parses the Bot API base URL, or fails with one line saying what is wrong with it. */
    static URI apiUrlOf(String configured) {
        String value = configured == null || configured.isBlank() ? "https://api.telegram.org" : configured.strip();
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("TELEGRAM_API_URL is not a URL: " + value);
        }
        boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
        if (!http || uri.getHost() == null) {
            throw new InvalidSettingException("TELEGRAM_API_URL must be an http(s) URL with a host, e.g. "
                    + "https://api.telegram.org or http://localhost:8081; was: " + value);
        }
        if (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")) {
            throw new InvalidSettingException("TELEGRAM_API_URL must not have a path (the Bot API lives at the "
                    + "server's root); was: " + value);
        }
        return uri;
    }
}
