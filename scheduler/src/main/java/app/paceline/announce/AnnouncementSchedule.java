package app.paceline.announce;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;

/** When an announcement is posted: once at an instant, or every week at a local time in a zone. */
public sealed interface AnnouncementSchedule {

    /** The first post at or after {@code notBefore}, if any is left. */
    Optional<Instant> firstAtOrAfter(Instant notBefore);

    /** The first post strictly after {@code after}, if any is left. */
    default Optional<Instant> firstAfter(Instant after) {
        return firstAtOrAfter(after.plusNanos(1));
    }

    /** Once, at {@code at} (UTC). */
    record Once(Instant at) implements AnnouncementSchedule {
        public Once {
            Objects.requireNonNull(at, "at");
        }

        @Override
        public Optional<Instant> firstAtOrAfter(Instant notBefore) {
            return at.isBefore(notBefore) ? Optional.empty() : Optional.of(at);
        }
    }

    /**
     * Every {@code day} at {@code time} on the clocks of {@code zone}: 09:00 stays 09:00 local across daylight-saving
     * changes (each post is computed from the wall-clock rule, never by adding 7 × 24 h). A time that does not exist
     * that day (clocks jump over it) is posted when the clocks show it after the jump (02:30 → 03:30); a time that
     * happens twice is posted the first time.
     */
    record Weekly(DayOfWeek day, LocalTime time, ZoneId zone) implements AnnouncementSchedule {
        public Weekly {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(zone, "zone");
            time = Objects.requireNonNull(time, "time").withSecond(0).withNano(0);
        }

        @Override
        public Optional<Instant> firstAtOrAfter(Instant notBefore) {
            LocalDate date = notBefore.atZone(zone).toLocalDate().with(TemporalAdjusters.nextOrSame(day));
            Instant candidate = on(date);
            if (candidate.isBefore(notBefore)) {
                candidate = on(date.plusWeeks(1));
            }
            return Optional.of(candidate);
        }

        private Instant on(LocalDate date) {
            return ZonedDateTime.of(date, time, zone).toInstant();
        }
    }
}
