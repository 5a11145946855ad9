package app.paceline.bot.outbound;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An inline button: the label the user sees and the callback data we get back when it is pressed.
 *
 * @param data {@code <area>:<verb>[:<arg>]}, at most 64 bytes in UTF-8 (Telegram refuses longer)
 */
public record Button(String label, String data) {

    public static final int MAX_DATA_BYTES = 64;

    public Button {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(data, "data");
        int bytes = data.getBytes(StandardCharsets.UTF_8).length;
        if (bytes == 0 || bytes > MAX_DATA_BYTES) {
            throw new IllegalArgumentException("callback data must be 1-64 bytes, was " + bytes + ": " + data);
        }
    }
}
