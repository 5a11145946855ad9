package app.paceline.schedule;

import java.time.Instant;

/**
 * Work that the metronome runs on every tick: each feature that acts on its own initiative (sending due
 * deliveries, releasing drip days) implements it. Implementations must be quick and idempotent: a tick may be
 * skipped or repeated, and {@code now} is the only time they may use.
 */
public interface DueWork {

    /** A short stable name, for logs and metrics. */
    String name();

    void runDue(Instant now);

    /**
     * This instance stopped leading (see {@link Leadership}): give back whatever is held for later, because another
     * instance now runs the work. Nothing by default.
     */
    default void standDown(Instant now) {
    }

    /**
     * This instance took over from {@code previousHolder}, whose lease ran out (it crashed or lost the store): free
     * what that instance was holding, so it is not left waiting for its own leases. Nothing by default.
     */
    default void takeOver(String previousHolder, Instant now) {
    }
}
