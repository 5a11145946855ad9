package app.paceline.time;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a clock time a learner types: {@code 07:30}, {@code 7.30}, {@code 7}, {@code 19:00}, {@code 7pm},
 * {@code 24:00} (midnight). Anything else is not understood.
 */
public final class ClockTimeInput {

    /** One clock time: hours, optional minutes after {@code :} or {@code .}, optional am/pm. */
    static final String TIME = "(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?";
    private static final Pattern ALONE = Pattern.compile("^" + TIME + "$");

    private ClockTimeInput() {
    }

    public static Optional<LocalTime> parse(String text) {
        if (text == null || text.length() > 20) {
            return Optional.empty();
        }
        Matcher matcher = ALONE.matcher(text.strip().toLowerCase(Locale.ROOT));
        return matcher.matches() ? time(matcher.group(1), matcher.group(2), matcher.group(3)) : Optional.empty();
    }

    static Optional<LocalTime> time(String hours, String minutes, String half) {
        int hour = Integer.parseInt(hours);
        int minute = minutes == null ? 0 : Integer.parseInt(minutes);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (half.equals("pm") ? 12 : 0);
        }
        if (hour == 24 && minute == 0) {
            hour = 0;
        }
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }
}
