package app.paceline.course.yaml;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as creators write them: days, hours and minutes in that order, each optional, at least one given
 * ({@code 45m}, {@code 1h30m}, {@code 2h}, {@code 7d}, {@code 1d12h}, {@code 0d}); blanks between parts and upper
 * case are fine. Days stay apart from hours because they are calendar days when resolved.
 */
record DurationText(int days, int hours, int minutes) {

    private static final Pattern FORM = Pattern.compile("(?:(\\d{1,4})d)?(?:(\\d{1,5})h)?(?:(\\d{1,6})m)?");

    static Optional<DurationText> parse(String text) {
        String compact = text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        Matcher matcher = FORM.matcher(compact);
        if (compact.isEmpty() || !matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new DurationText(part(matcher, 1), part(matcher, 2), part(matcher, 3)));
    }

    private static int part(Matcher matcher, int group) {
        return matcher.group(group) == null ? 0 : Integer.parseInt(matcher.group(group));
    }

    /** Hours and minutes as elapsed time, without the days. */
    Duration exact() {
        return Duration.ofHours(hours).plusMinutes(minutes);
    }
}
