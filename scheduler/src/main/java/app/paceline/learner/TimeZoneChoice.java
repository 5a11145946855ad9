package app.paceline.learner;

import java.time.ZoneId;
import java.time.ZonedDateTime;

/** What came of a learner naming their time zone. */
public sealed interface TimeZoneChoice {

    /**
     * The zone was understood and stored.
     *
     * @param localNow   the learner's local time at the moment of choosing, to confirm with them
     * @param fixedOffset true when they gave a bare UTC offset, which does not follow daylight saving
     */
    record Chosen(ZoneId zone, ZonedDateTime localNow, boolean fixedOffset) implements TimeZoneChoice {
    }

    /** Nothing was stored: the input names no time zone we know. */
    record NotUnderstood(String input) implements TimeZoneChoice {
    }
}
