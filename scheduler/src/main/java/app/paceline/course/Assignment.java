package app.paceline.course;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A piece of self-paced work: its id (unique in its course, stable across re-imports, so that learners' plans
 * follow it), title, an optional http(s) link, the effort it takes and when it is open.
 */
public record Assignment(String id, String title, Optional<URI> link, Duration effort, AssignmentWindow window) {

    /** Ids travel in button data, which Telegram caps at 64 bytes, together with the course code. */
    public static final int MAX_ID_LENGTH = 32;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_ID_LENGTH + "}");

    public Assignment {
        if (!isValidId(id)) {
            throw new IllegalArgumentException("an assignment id is 1-32 characters of A-Za-z0-9_-, was " + id);
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(effort, "effort");
        Objects.requireNonNull(window, "window");
        if (effort.isZero() || effort.isNegative()) {
            throw new IllegalArgumentException("effort must be positive, was " + effort);
        }
    }

    public static boolean isValidId(String text) {
        return text != null && ID.matcher(text).matches();
    }
}
