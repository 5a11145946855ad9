package app.paceline.config;

import app.paceline.bot.telegram.WebhookSecret;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Webhook mode: Telegram pushes updates to us instead of us polling for them, so that several instances can share
 * the work behind a reverse proxy.
 *
 * @param url            the public https URL Telegram posts updates to ({@code PACELINE_WEBHOOK_URL}); blank keeps
 *                       long polling. Its path is where Paceline serves the webhook, on {@code SERVER_PORT}.
 * @param secret         what Telegram sends back in {@code X-Telegram-Bot-Api-Secret-Token}
 *                       ({@code PACELINE_WEBHOOK_SECRET}); required with a URL, the same on every instance
 * @param maxConnections how many updates Telegram may push at once, over all instances
 *                       ({@code PACELINE_WEBHOOK_MAX_CONNECTIONS}, 1-100)
 * @param checkEvery     how often Telegram is asked how delivering to us goes ({@code getWebhookInfo}), for health
 */
@ConfigurationProperties("paceline.webhook")
public record WebhookProperties(String url, String secret, String maxConnections, Duration checkEvery) {

    public WebhookProperties {
        checkEvery = checkEvery == null ? Duration.ofMinutes(1) : checkEvery;
    }

    static final int DEFAULT_MAX_CONNECTIONS = 20;
    /** The ports Telegram posts webhooks to. */
    static final Set<Integer> TELEGRAM_PORTS = Set.of(443, 80, 88, 8443);
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    /** The webhook settings when webhook mode is on; empty for long polling. */
    public Optional<Webhook> webhook() {
        return of(url, secret, maxConnections);
    }

    /** Webhook mode's checked settings. */
    public record Webhook(URI url, WebhookSecret secret, int maxConnections) {

        /** The path the webhook is served at, the URL's path. */
        public String path() {
            return url.getRawPath();
        }
    }

    /** Checks the settings, or fails with one line saying what is wrong (never echoing the secret). */
    static Optional<Webhook> of(String configuredUrl, String configuredSecret, String configuredMaxConnections) {
        if (configuredUrl == null || configuredUrl.isBlank()) {
            return Optional.empty();
        }
        URI url = urlOf(configuredUrl.strip());
        if (configuredSecret == null || configuredSecret.isBlank()) {
            throw new InvalidSettingException("PACELINE_WEBHOOK_SECRET is not set; webhook mode (PACELINE_WEBHOOK_URL) "
                    + "needs it: 1-256 characters of A-Z a-z 0-9 _ -, the same on every instance, e.g. from: openssl rand -hex 32");
        }
        if (!WebhookSecret.FORMAT.matcher(configuredSecret.strip()).matches()) {
            throw new InvalidSettingException("PACELINE_WEBHOOK_SECRET must be 1-256 characters of A-Z a-z 0-9 _ - "
                    + "(Telegram accepts nothing else), e.g. from: openssl rand -hex 32");
        }
        return Optional.of(new Webhook(url, new WebhookSecret(configuredSecret.strip()), maxConnectionsOf(configuredMaxConnections)));
    }

    private static URI urlOf(String value) {
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("PACELINE_WEBHOOK_URL is not a URL: " + value);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        boolean local = LOCAL_HOSTS.contains(host);
        if (!(scheme.equals("https") || scheme.equals("http") && local) || host.isEmpty()) {
            throw new InvalidSettingException("PACELINE_WEBHOOK_URL must be an https URL with a host, where Telegram "
                    + "reaches this application, e.g. https://bot.example.org/telegram/webhook (http only for localhost); was: " + value);
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidSettingException("PACELINE_WEBHOOK_URL must not contain a user name or password");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new InvalidSettingException("PACELINE_WEBHOOK_URL must not have a query (?) or fragment (#); was: " + value);
        }
        String path = uri.getRawPath();
        if (path == null || !path.matches("(/[A-Za-z0-9._~-]+)+")) {
            throw new InvalidSettingException("PACELINE_WEBHOOK_URL needs a path of letters, digits and . _ ~ - "
                    + "between slashes, which is where Paceline serves the webhook, e.g. "
                    + "https://bot.example.org/telegram/webhook; was: " + value);
        }
        if (path.startsWith("/actuator") || path.startsWith("/calendar/")) {
            throw new InvalidSettingException("PACELINE_WEBHOOK_URL's path must not start with /actuator or /calendar/ "
                    + "(Paceline serves those), e.g. https://bot.example.org/telegram/webhook; was: " + value);
        }
        if (!local && uri.getPort() != -1 && !TELEGRAM_PORTS.contains(uri.getPort())) {
            throw new InvalidSettingException("PACELINE_WEBHOOK_URL's port must be one Telegram posts to: 443, 80, 88 "
                    + "or 8443 (let a reverse proxy forward it to SERVER_PORT); was: " + value);
        }
        return uri;
    }

    private static int maxConnectionsOf(String configured) {
        if (configured == null || configured.isBlank()) {
            return DEFAULT_MAX_CONNECTIONS;
        }
        try {
            int value = Integer.parseInt(configured.strip());
            if (value >= 1 && value <= 100) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidSettingException("PACELINE_WEBHOOK_MAX_CONNECTIONS must be a whole number from 1 to 100; was: " + configured);
    }
}
