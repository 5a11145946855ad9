package app.paceline.calendar.input;

import java.time.Instant;
import java.util.Objects;

/**
 * The instants a booked time must fall between: from {@code notBefore} (inclusive, e.g. when the assignment opens)
 * until {@code notAfter} (exclusive, e.g. its due instant: work that starts at the deadline is late).
 */
public record BookingBounds(Instant notBefore, Instant notAfter) {

    public BookingBounds {
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        if (notAfter.isBefore(notBefore)) {
            throw new IllegalArgumentException("notAfter " + notAfter + " is before notBefore " + notBefore);
        }
    }

    /** No bounds at all: only the past and the horizon of {@link TimeInput} limit a time. */
    public static BookingBounds none() {
        return new BookingBounds(Instant.MIN, Instant.MAX);
    }
}
