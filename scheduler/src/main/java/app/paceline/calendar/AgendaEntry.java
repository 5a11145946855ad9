package app.paceline.calendar;

import java.time.Duration;
import java.time.Instant;

/** Something in a learner's calendar at an instant: time they booked for an assignment, a deadline, a live session. */
public sealed interface AgendaEntry {

    Instant at();

    String title();

    /** Time booked for an assignment, for its effort. */
    record Slot(Instant at, String title, Duration effort) implements AgendaEntry {
    }

    /** An unfinished assignment is due. */
    record Due(Instant at, String title) implements AgendaEntry {
    }

    /** An occurrence of a live session, with the learner's answer if they gave one. */
    record Session(Instant at, String title, Duration duration, java.util.Optional<app.paceline.session.Rsvp> answer)
            implements AgendaEntry {
    }
}
