package app.paceline.broadcast;

/** What came of stopping a broadcast. */
public sealed interface StopOutcome {

    /** Stopped: {@code withdrawn} messages that were still waiting will not go out. */
    record Stopped(Broadcast broadcast, int withdrawn) implements StopOutcome {
    }

    /** No such broadcast, or the user may not stop it (not the course's creator or co-creator). */
    record NotAllowed() implements StopOutcome {
    }

    /** It was over or stopped already. */
    record AlreadyOver(Broadcast broadcast) implements StopOutcome {
    }
}
