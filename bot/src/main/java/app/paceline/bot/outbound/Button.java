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
}
