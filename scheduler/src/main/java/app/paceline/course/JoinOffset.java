package app.paceline.course;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A moment relative to a learner's join, as written in a course file ({@code 7d}, {@code 36h}, {@code 1d12h}):
 * {@code days} are calendar days in the course's zone, so {@code 7d} lands at the same local wall time a week
 * later even across a daylight-saving change; {@code exact} (hours and minutes) is added as elapsed time.
 */
public record JoinOffset(int days, Duration exact) {

    /** The join moment itself ({@code 0d}). */
    public static final JoinOffset AT_JOIN = new JoinOffset(0, Duration.ZERO);

    public JoinOffset {
        Objects.requireNonNull(exact, "exact");
        if (days < 0 || exact.isNegative()) {
            throw new IllegalArgumentException("a join offset is never negative: " + days + "d " + exact);
        }
    }

    /** The instant this offset names for a learner who joined at {@code joinedAt}. */
    public Instant from(Instant joinedAt, ZoneId zone) {
        // plusDays on the zoned time keeps the local wall time (and the earlier offset in an overlap).
        return joinedAt.atZone(zone).plusDays(days).toInstant().plus(exact);
    }

    /** Days counted as 24 hours; only for comparing two offsets of one file, never for resolving. */
    public Duration nominal() {
        return Duration.ofDays(days).plus(exact);
    }

    /** As written in a course file: {@code 7d}, {@code 36h}, {@code 1d12h30m}, {@code 0d}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (days > 0) {
            text.append(days).append('d');
        }
        if (exact.toHours() > 0) {
            text.append(exact.toHours()).append('h');
        }
        if (exact.toMinutesPart() > 0) {
            text.append(exact.toMinutesPart()).append('m');
        }
        return text.isEmpty() ? "0d" : text.toString();
    }
}
