package app.paceline.session;

import app.paceline.course.CourseCode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The creator moved or cancelled one occurrence of a session, or added an extra one. Kept apart from the course
 * file, so that a re-import does not undo it (an occurrence the file no longer has simply has no effect, and an
 * extra one whose session left the file is gone with it).
 *
 * @param movedTo the new start when moved, the start of an added occurrence; empty when cancelled
 * @param added   an extra occurrence the file does not have, named {@code <session id>@<course-local date>} like
 *                the others; moving it keeps it added. Should a later file have an occurrence of that id too, this
 *                record moves it to {@code movedTo}, so that an id still names one occurrence.
 */
public record OccurrenceChange(CourseCode course, String occurrenceId, Optional<Instant> movedTo, boolean cancelled,
                               boolean added, Instant at) {

    public OccurrenceChange {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(occurrenceId, "occurrenceId");
        Objects.requireNonNull(movedTo, "movedTo");
        Objects.requireNonNull(at, "at");
        if (cancelled == movedTo.isPresent()) {
            throw new IllegalArgumentException("an occurrence is either moved or cancelled");
        }
        if (added && cancelled) {
            throw new IllegalArgumentException("a cancelled occurrence is no longer added");
        }
        if (added && occurrenceId.indexOf('@') <= 0) {
            throw new IllegalArgumentException("an added occurrence is named <session id>@<date>, was " + occurrenceId);
        }
    }

    /** A move or a cancellation of an occurrence of the file. */
    public OccurrenceChange(CourseCode course, String occurrenceId, Optional<Instant> movedTo, boolean cancelled, Instant at) {
        this(course, occurrenceId, movedTo, cancelled, false, at);
    }

    public static OccurrenceChange moved(CourseCode course, String occurrenceId, Instant to, Instant at) {
        return new OccurrenceChange(course, occurrenceId, Optional.of(to), false, false, at);
    }

    public static OccurrenceChange cancelled(CourseCode course, String occurrenceId, Instant at) {
        return new OccurrenceChange(course, occurrenceId, Optional.empty(), true, false, at);
    }

    /** An extra occurrence starting at {@code start}. */
    public static OccurrenceChange added(CourseCode course, String occurrenceId, Instant start, Instant at) {
        return new OccurrenceChange(course, occurrenceId, Optional.of(start), false, true, at);
    }

    /** The session an occurrence id names: the part before {@code @}. */
    public String sessionId() {
        int at = occurrenceId.indexOf('@');
        return at < 0 ? occurrenceId : occurrenceId.substring(0, at);
    }
}
