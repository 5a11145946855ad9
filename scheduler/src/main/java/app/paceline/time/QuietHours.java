package app.paceline.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A daily span of local wall-clock time in which someone does not want to be disturbed, e.g. 22:00 to 07:00.
 * It may wrap past midnight; start equal to end means no quiet hours. Evaluated in the person's zone, so it stays
 * 22:00 local across daylight-saving changes.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    /** 22:00 to 07:00, the default for learners. */
    public static final QuietHours NIGHT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));
    public static final QuietHours NONE = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** Whether {@code at}, seen in {@code zone}, falls in the quiet span. */
    public boolean contains(Instant at, ZoneId zone) {
        return endOfQuietAround(at, zone).isPresent();
    }

    /**
     * When the quiet span that {@code at} falls in ends, or empty when {@code at} is not in one. If the end time
     * does not exist that day (a DST gap), it resolves forward as {@link ZonedDateTime#of} does.
     */
    public Optional<Instant> endOfQuietAround(Instant at, ZoneId zone) {
        if (start.equals(end)) {
            return Optional.empty();
        }
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        LocalDate day = local.toLocalDate();
        boolean wraps = start.isAfter(end);
        if (!wraps) {
            return !time.isBefore(start) && time.isBefore(end)
                    ? Optional.of(ZonedDateTime.of(day, end, zone).toInstant()) : Optional.empty();
        }
        if (!time.isBefore(start)) {
            return Optional.of(ZonedDateTime.of(day.plusDays(1), end, zone).toInstant());
        }
        if (time.isBefore(end)) {
            return Optional.of(ZonedDateTime.of(day, end, zone).toInstant());
        }
        return Optional.empty();
    }
}
