package app.paceline.time;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads quiet hours a learner types: a span of two clock times such as {@code 23:00-07:30}, {@code 23-7},
 * {@code 22.30 – 6.45}, {@code 11pm-7am}, {@code с 23 до 7}, or a word for none ({@code off}, {@code none},
 * {@code выкл}, {@code нет}). A span that starts where it ends, or anything else, is not understood.
 */
public final class QuietHoursInput {

    /** The words that turn quiet hours off, in every language we read. */
    static final Set<String> OFF = Set.of("off", "none", "no", "never", "0", "выкл", "выключить", "нет", "никогда", "отключить");

    private static final Pattern SPAN = Pattern.compile(
            "^(?:from\\s+|с\\s+)?" + ClockTimeInput.TIME + "\\s*(?:-|–|—|to|till|until|до)\\s*" + ClockTimeInput.TIME + "$");

    private QuietHoursInput() {
    }

    public static Optional<QuietHours> parse(String text) {
        if (text == null || text.length() > 40) {
            return Optional.empty();
        }
        String input = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (OFF.contains(input)) {
            return Optional.of(QuietHours.NONE);
        }
        Matcher span = SPAN.matcher(input);
        if (!span.matches()) {
            return Optional.empty();
        }
        Optional<LocalTime> start = ClockTimeInput.time(span.group(1), span.group(2), span.group(3));
        Optional<LocalTime> end = ClockTimeInput.time(span.group(4), span.group(5), span.group(6));
        if (start.isEmpty() || end.isEmpty() || start.get().equals(end.get())) {
            return Optional.empty();
        }
        return Optional.of(new QuietHours(start.get(), end.get()));
    }
}
