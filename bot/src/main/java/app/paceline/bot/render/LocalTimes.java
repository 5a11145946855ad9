package app.paceline.bot.render;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** How times and zones appear in messages: 24-hour clock times and zone names a learner recognises. */
public final class LocalTimes {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private LocalTimes() {
    }

    /** {@code 14:05}. */
    public static String clock(ZonedDateTime time) {
        return CLOCK.format(time);
    }

    /** A moment in the reader's zone and language, e.g. {@code Sun 7 Dec 23:59} or {@code вс 7 дек. 23:59}. */
    public static String moment(java.time.Instant instant, ZoneId zone, java.util.Locale locale) {
        return DateTimeFormatter.ofPattern("EEE d MMM HH:mm", locale).format(instant.atZone(zone));
    }

    /**
     * Formats a value for a prompt about time: instants and local date-times as {@link #moment}, dates as
     * {@code Thu 3 Dec}, times as {@code 19:30}, offsets as {@code +05:30}; anything else as text.
     */
    public static Object value(Object value, ZoneId zone, java.util.Locale locale) {
        if (value instanceof java.time.Instant instant) {
            return moment(instant, zone, locale);
        }
        if (value instanceof java.time.ZonedDateTime zoned) {
            return DateTimeFormatter.ofPattern("EEE d MMM HH:mm", locale).format(zoned);
        }
        if (value instanceof java.time.LocalDateTime local) {
            return DateTimeFormatter.ofPattern("EEE d MMM HH:mm", locale).format(local);
        }
        if (value instanceof java.time.LocalDate date) {
            return DateTimeFormatter.ofPattern("EEE d MMM", locale).format(date);
        }
        if (value instanceof java.time.LocalTime time) {
            return CLOCK.format(time);
        }
        if (value instanceof java.time.DayOfWeek day) {
            return day.getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, locale);
        }
        if (value instanceof Number) {
            return value;
        }
        return String.valueOf(value);
    }

    /** Every value of a prompt's arguments formatted with {@link #value}. */
    public static java.util.Map<String, Object> values(java.util.Map<String, Object> arguments, ZoneId zone, java.util.Locale locale) {
        var formatted = new java.util.LinkedHashMap<String, Object>();
        arguments.forEach((name, value) -> formatted.put(name, value(value, zone, locale)));
        return formatted;
    }

    /** {@code Europe/Berlin}, or {@code UTC+05:30} for a fixed offset, {@code UTC} for UTC itself. */
    public static String zone(ZoneId zone) {
        if (zone instanceof ZoneOffset offset) {
            return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
        }
        return zone.getId();
    }
}
