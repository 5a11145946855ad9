package app.paceline.stats;

/** What came of a creator's nudge to a learner. */
public enum NudgeOutcome {
    /** Planned: the learner gets it now, or when their quiet hours end. */
    NUDGED,
    /** The learner was nudged about this course on their local today already; nothing more is sent. */
    ALREADY_TODAY,
    /** The learner is not in the course (any more). */
    NOT_IN_COURSE,
    /** No such course, or the presser is not its creator or a co-creator. */
    NOT_ALLOWED
}
