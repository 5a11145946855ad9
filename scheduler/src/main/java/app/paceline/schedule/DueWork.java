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
}
