package app.paceline.session;

import java.time.Instant;

/** What came of a creator moving or cancelling an occurrence. Only {@link Changed} stored anything. */
public sealed interface OccurrenceChangeOutcome {

    /**
     * @param before   the occurrence as it was
     * @param after    the new start, or empty when cancelled
     * @param notified how many learners who had answered were told
     */
    record Changed(ScheduledOccurrence before, java.util.Optional<Instant> after, int notified) implements OccurrenceChangeOutcome {
    }

    /** Not their course: only its creator changes it. */
    record NotTheCreator() implements OccurrenceChangeOutcome {
    }

    /** No such (coming) occurrence. */
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
}
