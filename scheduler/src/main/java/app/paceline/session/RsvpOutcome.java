package app.paceline.session;

/** What came of an RSVP. Only {@link Saved} stored anything. */
public sealed interface RsvpOutcome {

    /**
     * @param night the occurrence falls in the learner's quiet hours or at night for them (00:00-06:00 local)
     */
    record Saved(ScheduledOccurrence occurrence, Rsvp answer, boolean night) implements RsvpOutcome {
    }

    /** The occurrence started already (or ended); answers are closed. */
    record AlreadyStarted(ScheduledOccurrence occurrence) implements RsvpOutcome {
    }

    /** No such occurrence for this learner any more: not enrolled, moved out of the course, or cancelled. */
    record Unknown() implements RsvpOutcome {
    }
}
