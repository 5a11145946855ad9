package app.paceline.stats;

/** Where one learner stands with one assignment; see {@link CohortMember} for the exact rules. */
public enum AssignmentState {
    /** Marked done. */
    DONE,
    /** Not done, and time is booked for it ahead of now. */
    PLANNED,
    /** Not open yet for this learner. */
    UPCOMING,
    /** Open, not done, nothing booked ahead, and not at risk yet. */
    OPEN,
    /** Not done, nothing booked ahead, and the time left has come down to its effort plus a day (the at-risk nudge's rule). */
    AT_RISK,
    /** Not done, and its deadline has passed. */
    OVERDUE
}
