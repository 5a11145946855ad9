package app.paceline.session;

import app.paceline.course.CourseCode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The creator moved or cancelled one occurrence of a session. Kept apart from the course file, so that a
 * re-import does not undo it (an occurrence the file no longer has simply has no effect).
 *
 * @param movedTo the new start, when moved; empty when cancelled
 */
public record OccurrenceChange(CourseCode course, String occurrenceId, Optional<Instant> movedTo, boolean cancelled, Instant at) {

    public OccurrenceChange {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(occurrenceId, "occurrenceId");
        Objects.requireNonNull(movedTo, "movedTo");
        Objects.requireNonNull(at, "at");
        if (cancelled == movedTo.isPresent()) {
            throw new IllegalArgumentException("an occurrence is either moved or cancelled");
        }
    }

    public static OccurrenceChange moved(CourseCode course, String occurrenceId, Instant to, Instant at) {
        return new OccurrenceChange(course, occurrenceId, Optional.of(to), false, at);
    }

    public static OccurrenceChange cancelled(CourseCode course, String occurrenceId, Instant at) {
        return new OccurrenceChange(course, occurrenceId, Optional.empty(), true, at);
    }
}
