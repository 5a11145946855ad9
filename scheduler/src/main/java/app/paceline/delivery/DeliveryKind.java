package app.paceline.delivery;

/**
 * What a delivery is, which decides how the time policies treat it. Timed kinds are sent at their moment even
 * inside quiet hours (the learner chose that moment, or it is tied to an event); the others wait for quiet hours
 * to end. Group kinds ignore quiet hours (a group has no single local night).
 */
public enum DeliveryKind {
    /** At a time the learner booked for self-paced work. */
    SLOT_REMINDER(true),
    /** Before an assignment's deadline; dropped after it. */
    DEADLINE_REMINDER(true),
    /** Work neither done nor booked while the time left reaches the effort needed. */
    AT_RISK_NUDGE(false),
    /** A course creator's one-tap nudge to a learner from the course statistics; at most one a learner and local day. */
    CREATOR_NUDGE(false),
    /** An assignment to prepare for a live session is not done yet; dropped when too late to do it before. */
    PREP_NUDGE(false),
    /** Before a live session; dropped once it started. */
    SESSION_NUDGE(true),
    /** An occurrence a learner answered for was moved or cancelled by the creator. */
    SESSION_CHANGED(false, true),
    /** After a session: how many learners answered live, replay or can't, for its creator. */
    SESSION_SUMMARY(false),
    /** In a course's group, shortly before a live session starts. */
    SESSION_STARTING(true),
    /** A session's recording is available, to watch by a date; dropped once that date passed. */
    REPLAY(false),
    /** A day before a recording's watch-by date, unless the learner marked it watched; dropped after that date. */
    REPLAY_REMINDER(false),
    /** One day of a challenge, at the learner's chosen release time; several missed ones are bundled. */
    DRIP_DAY(true),
    /** To a learner who fell behind in a challenge: the days still open, once until they catch up; waits out quiet hours. */
    CATCH_UP(false),
    /**
     * In a course's group: the day's challenge board (counts, names of those who chose to be named), posted and
     * pinned once a day, then edited in place as the counts change.
     */
    CHALLENGE_BOARD(true),
    /** A post in a course group. */
    ANNOUNCEMENT(true),
    /** A creator's message to every learner of a course. */
    BROADCAST(false),
    /**
     * To the creator who sent a broadcast: its progress message (posted when it starts, then edited in place as it
     * goes) and its final summary. Timed: the creator just asked for it.
     */
    BROADCAST_PROGRESS(true);

    private final boolean timed;
    private final boolean mustArrive;

    DeliveryKind(boolean timed) {
        this(timed, false);
    }

    DeliveryKind(boolean timed, boolean mustArrive) {
        this.timed = timed;
        this.mustArrive = mustArrive;
    }

    /** Sent at its moment even inside quiet hours. */
    public boolean timed() {
        return timed;
    }

    /**
     * Waits out quiet hours like any other, but when waiting would miss its deadline it is sent inside them instead
     * of dropped (a session cancelled for the early morning).
     */
    public boolean mustArrive() {
        return mustArrive;
    }
}
