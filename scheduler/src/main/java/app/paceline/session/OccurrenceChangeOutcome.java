package app.paceline.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** What came of a creator moving, cancelling or adding an occurrence. Only {@link Changed} and {@link Added} stored anything. */
public sealed interface OccurrenceChangeOutcome {

    /**
     * @param before   the occurrence as it was
     * @param after    the new start, or empty when cancelled
     * @param notified how many learners who had answered were told
     */
    record Changed(ScheduledOccurrence before, Optional<Instant> after, int notified) implements OccurrenceChangeOutcome {
    }

    /**
     * An extra occurrence was added; the nudges before it are planned for every learner of the course.
     *
     * @param occurrence the new occurrence as it stands
     */
    record Added(ScheduledOccurrence occurrence) implements OccurrenceChangeOutcome {
    }

    /** Not their course: only its creator changes it. */
    record NotTheCreator() implements OccurrenceChangeOutcome {
    }

    /** No such (coming) occurrence, or no such session to add one to. */
    record Unknown() implements OccurrenceChangeOutcome {
    }

    /** It started already; it can't be moved or cancelled any more. */
    record AlreadyStarted(ScheduledOccurrence occurrence) implements OccurrenceChangeOutcome {
    }

    /** The new time is in the past. */
    record InThePast(Instant start) implements OccurrenceChangeOutcome {
    }

    /** The new time overlaps another occurrence of the course. */
    record Overlaps(ScheduledOccurrence other) implements OccurrenceChangeOutcome {
    }

    /**
     * An extra occurrence on a course-local day that already has one of this session (one per session and day, since
     * the day names it).
     *
     * @param standing that day's occurrence as it stands now (maybe moved to another day); empty when it was cancelled
     */
    record DayTaken(String occurrenceId, LocalDate day, Optional<ScheduledOccurrence> standing) implements OccurrenceChangeOutcome {
    }
}
