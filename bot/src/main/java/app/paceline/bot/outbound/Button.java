package app.paceline.bot.outbound;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * An inline button: the label the user sees and either the callback data we get back when it is pressed, or a
 * web address Telegram opens instead (a link button, which never comes back to us).
 *
 * @param data {@code <area>:<verb>[:<arg>]}, at most 64 bytes in UTF-8 (Telegram refuses longer); empty for a link
 * @param url  the http(s) address of a link button; empty for a callback button
 */
public record Button(String label, String data, Optional<URI> url) {

    public static final int MAX_DATA_BYTES = 64;

    public Button {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(url, "url");
        if (url.isPresent()) {
            String scheme = url.get().getScheme();
            if (!data.isEmpty() || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
                throw new IllegalArgumentException("a link button has an http(s) address and no callback data: " + url.get());
            }
        } else {
            int bytes = data.getBytes(StandardCharsets.UTF_8).length;
            if (bytes == 0 || bytes > MAX_DATA_BYTES) {
                throw new IllegalArgumentException("callback data must be 1-64 bytes, was " + bytes + ": " + data);
            }
        }
    }

    /** A button whose press comes back to us with {@code data}. */
    public Button(String label, String data) {
        this(label, data, Optional.empty());
    }

    /** A button that opens {@code url}. */
    public static Button link(String label, URI url) {
        return new Button(label, "", Optional.of(url));
    }

    /**
     * Eight URL-safe characters (48 bits of SHA-256) naming {@code key} in callback data: course codes and ids
     * together may exceed the 64 bytes Telegram allows, and a token must not be shown. A handler resolves the digest
     * again among what the presser may act on, so a forged or outdated one finds nothing.
     */
    public static String digest(String key) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
