package app.paceline.stats;

/** What one learner answered for one occurrence of a live session. */
public enum SessionAnswer {
    LIVE,
    REPLAY,
    CANT,
    NONE
}
