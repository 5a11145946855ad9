package app.paceline.calendar.input;

import java.util.List;
import java.util.Locale;

/**
 * Why a typed time was not taken, as a code rather than words (prompt key {@code time.problem.<key>}), with the names
 * of the prompt's arguments in a fixed order. Argument types: {@code input}, {@code value}: the text as typed
 * (shortened to {@value TimeInput#ECHO_LENGTH} characters); {@code at}, {@code now}, {@code opens}, {@code due},
 * {@code suggestion}, {@code startOfDay}, {@code endOfDay}: {@link java.time.ZonedDateTime}s in the learner's zone;
 * {@code date}, {@code dayFirst}, {@code monthFirst}: {@link java.time.LocalDate}s; {@code time}, {@code am},
 * {@code pm}: {@link java.time.LocalTime}s; {@code requested}: a {@link java.time.LocalDateTime};
 * {@code weekday}: a {@link java.time.DayOfWeek}; {@code limit}, {@code days}: {@link Integer}s.
 */
public enum TimeProblem {
    /** Nothing but blanks. */
    EMPTY(),
    /** Longer than {@code limit} characters; not read at all. */
    TOO_LONG("limit"),
    /** Not a time in English or Russian (another language, a typo, emoji, a sentence). */
    NONSENSE("input"),
    /** A slashed date like {@code 5/6} that reads as two different days; day-first and month-first readings given. */
    AMBIGUOUS_DATE("input", "dayFirst", "monthFirst"),
    /** A bare hour 1–12 like {@code Fri 8}: morning or evening? Both readings given. */
    AMBIGUOUS_HOUR("input", "am", "pm"),
    /** {@code midnight} or {@code 24:00} with a day: its start or its end? */
    AMBIGUOUS_MIDNIGHT("startOfDay", "endOfDay"),
    /** A lone dotted pair like {@code 3.12} that is both a date (3 December) and a time (03:12). */
    DATE_OR_TIME("input", "date", "time"),
    /** A day without a time, like {@code tomorrow} or {@code 2026-12-03}: which time on {@code date}? */
    MISSING_TIME("date"),
    /** A day that does not exist, like {@code 30.02} or {@code 2026-13-01}. */
    NO_SUCH_DATE("value"),
    /** A time that does not exist, like {@code 25:00}, {@code 19:60} or {@code 13pm}. */
    NO_SUCH_TIME("value"),
    /** A weekday and a date that disagree, like {@code Mon 3 Dec 2026} (a Thursday): the weekday typed, the date. */
    WEEKDAY_MISMATCH("weekday", "date"),
    /** Before {@code now}. */
    IN_THE_PAST("at", "now"),
    /** Before the bounds open. */
    BEFORE_WINDOW("at", "opens"),
    /** At or after the deadline. */
    AFTER_DEADLINE("at", "due"),
    /** More than {@code days} days ahead. */
    TOO_FAR("days"),
    /**
     * The local time does not exist that day (clocks jump forward over it); {@code suggestion} is the same moment
     * the clocks show after the jump (02:30 → 03:30), itself inside the bounds. Refused rather than moved silently.
     */
    DST_GAP("requested", "suggestion");

    private final List<String> arguments;

    TimeProblem(String... arguments) {
        this.arguments = List.of(arguments);
    }

    /** The names of this problem's prompt arguments, in a fixed order. */
    public List<String> arguments() {
        return arguments;
    }

    /** The stable snake_case name, e.g. {@code dst_gap}; the bot's prompt key is {@code time.problem.<key>}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
