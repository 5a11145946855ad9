package app.paceline.session;

/** A learner's answer for one occurrence of a live session; changeable until it starts. */
public enum Rsvp {
    /** Joining live: nudged before it. */
    LIVE,
    /** Watching the recording instead: no nudges before it, the recording after. */
    REPLAY,
    /** Can't make it: no nudges before it, the recording after. */
    CANT
}
