package app.paceline.schedule;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One tick of the metronome: reads the clock once and hands that instant to every {@link DueWork}, on the one
 * instance that holds the {@link Leadership} lease (the others only keep asking for it). A failing work is logged
 * and does not stop the others; it runs again on the next tick.
 */
public final class RunningDueWork {

    private static final System.Logger LOG = System.getLogger(RunningDueWork.class.getName());

    private final Clock clock;
    private final List<DueWork> works;
    private final Leadership leadership;
    private final AtomicReference<Instant> lastTick = new AtomicReference<>();

    public RunningDueWork(Clock clock, List<DueWork> works, Leadership leadership) {
        this.clock = Objects.requireNonNull(clock);
        this.works = List.copyOf(works);
        this.leadership = Objects.requireNonNull(leadership);
    }

    /** Runs every due work for the current instant when this instance leads; returns that instant. */
    public Instant runDue() {
        Instant now = clock.instant();
        Leadership.Turn turn = leadership.tick(now);
        if (turn instanceof Leadership.SteppedDown) {
            each(now, "stepping down", work -> work.standDown(now));
            return now;
        }
        if (turn instanceof Leadership.Following) {
            return now;
        }
        if (turn instanceof Leadership.SteppedUp up && up.takenFrom().isPresent()) {
            each(now, "taking over", work -> work.takeOver(up.takenFrom().get(), now));
        }
        each(now, "running", work -> work.runDue(now));
        lastTick.set(now);
        return now;
    }

    private void each(Instant now, String doing, java.util.function.Consumer<DueWork> action) {
        for (DueWork work : works) {
            try {
                action.accept(work);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, doing + " due work '" + work.name() + "' failed at " + now + "; it runs again on the next tick", e);
            }
        }
    }

    /** The simulated or real instant of the last tick that ran the work here (never, on a follower), for health checks. */
    public Optional<Instant> lastTick() {
        return Optional.ofNullable(lastTick.get());
    }
}
