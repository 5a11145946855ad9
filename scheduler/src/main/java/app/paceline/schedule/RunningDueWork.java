package app.paceline.schedule;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One tick of the metronome: reads the clock once and hands that instant to every {@link DueWork}. A failing work
 * is logged and does not stop the others; it runs again on the next tick.
 */
public final class RunningDueWork {

    private static final System.Logger LOG = System.getLogger(RunningDueWork.class.getName());

    private final Clock clock;
    private final List<DueWork> works;
    private final AtomicReference<Instant> lastTick = new AtomicReference<>();

    public RunningDueWork(Clock clock, List<DueWork> works) {
        this.clock = Objects.requireNonNull(clock);
        this.works = List.copyOf(works);
    }

    /** Runs every due work for the current instant; returns that instant. */
    public Instant runDue() {
        Instant now = clock.instant();
        for (DueWork work : works) {
            try {
                work.runDue(now);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "due work '" + work.name() + "' failed at " + now + "; it runs again on the next tick", e);
            }
        }
        lastTick.set(now);
        return now;
    }

    /** The simulated or real instant of the last completed tick, for health checks. */
    public Optional<Instant> lastTick() {
        return Optional.ofNullable(lastTick.get());
    }
}
