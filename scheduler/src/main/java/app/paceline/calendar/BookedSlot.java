package app.paceline.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Time a learner booked for an assignment: from {@code start}, for {@code effort}. Its id is derived from the
 * start, so booking the same start twice is one slot.
 */
public record BookedSlot(Instant start, Duration effort) {

    public BookedSlot {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(effort, "effort");
    }

    public String id() {
        return Long.toString(start.getEpochSecond());
    }

    public Instant end() {
        return start.plus(effort);
    }

    public boolean overlaps(Instant otherStart, Duration otherEffort) {
        return otherStart.isBefore(end()) && start.isBefore(otherStart.plus(otherEffort));
    }
}
