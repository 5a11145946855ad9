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

    /** {@code Europe/Berlin}, or {@code UTC+05:30} for a fixed offset, {@code UTC} for UTC itself. */
    public static String zone(ZoneId zone) {
        if (zone instanceof ZoneOffset offset) {
            return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
        }
        return zone.getId();
    }
}
