package app.paceline.stats;

/** Where one learner stands with one day of a challenge; see {@link CohortMember} for the exact rules. */
public enum DayState {
    /** Not released to the learner yet. */
    NOT_RELEASED,
    /** Released on the learner's local today and not done yet: nobody is behind on today's day. */
    TODAY,
    /** Done on the local date it was released to the learner. */
    DONE,
    /** Done after the local date it was released on: caught up. */
    LATE,
    /** Released on an earlier local date and not done. */
    BEHIND
}
