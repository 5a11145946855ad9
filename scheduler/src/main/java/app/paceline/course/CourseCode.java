package app.paceline.course;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The code learners join a course by, which is also the payload of its join link ({@code t.me/<bot>?start=<code>}):
 * 1 to 64 characters of {@code A-Z a-z 0-9 _ -}, exactly what Telegram allows in a start payload. Case matters,
 * because Telegram passes the payload through as written.
 */
public record CourseCode(String value) {

    /** Telegram's limit for a deep-link payload. */
    public static final int MAX_LENGTH = 64;

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_LENGTH + "}");

    public CourseCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("a course code is 1-64 characters of A-Za-z0-9_-, was " + value);
        }
    }

    /** The code the text is, or empty when it is not one; never throws. */
    public static Optional<CourseCode> parse(String text) {
        return isValid(text) ? Optional.of(new CourseCode(text)) : Optional.empty();
    }

    public static boolean isValid(String text) {
        return text != null && text.length() <= MAX_LENGTH && ALLOWED.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
