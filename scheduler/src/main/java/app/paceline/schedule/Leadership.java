package app.paceline.schedule;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which instance runs the metronome's work. Every instance handles updates, but only the one holding the
 * {@value #LEASE} lease runs the due work (planning and the delivery engine), so that the bot's Telegram rate
 * budget has one spender and nothing timed runs twice. The holder renews the lease at every tick; when it stops
 * (crash, lost store), another instance takes over once the lease ran out, at most {@code lease} plus a tick later.
 *
 * <p>A holder that could not renew stops acting ({@link #mayAct}) a third of the lease before the lease can run out,
 * so that a stalled instance coming back (a long GC pause, a network partition) has stopped sending before anyone
 * else may start: what both may send is at most the calls it already had in flight. One instance alone always
 * gets the lease at its first tick, and gives it up when it stops, so that a restart takes over at once.
 */
public final class Leadership {

    /** The lease's name in the store. */
    public static final String LEASE = "metronome";

    private static final System.Logger LOG = System.getLogger(Leadership.class.getName());

    private final Leases leases;
    private final String holder;
    private final Duration lease;
    private volatile Instant actUntil = Instant.MIN;
    private boolean leading;

    /** What a tick learnt about this instance's part. */
    public sealed interface Turn permits Leading, SteppedUp, SteppedDown, Following {
    }

    /** Held before and renewed: run the work. */
    public record Leading() implements Turn {
    }

    /** Just taken; {@code takenFrom} is the previous holder whose lease ran out (it crashed), if any. */
    public record SteppedUp(Optional<String> takenFrom) implements Turn {
    }

    /** Lost: stop acting and give back what is held. */
    public record SteppedDown() implements Turn {
    }

    /** Someone else leads (or the store cannot be reached and we did not lead). */
    public record Following() implements Turn {
    }

    /**
     * @param holder this instance's name, unique per running process (the delivery engine's owner name)
     * @param lease  how long the lease holds without renewal; another instance takes over this long after a crash
     */
    public Leadership(Leases leases, String holder, Duration lease) {
        if (lease.compareTo(Duration.ofSeconds(3)) < 0) {
            throw new IllegalArgumentException("the leader lease must be at least 3 s, was " + lease);
        }
        this.leases = Objects.requireNonNull(leases);
        this.holder = Objects.requireNonNull(holder);
        this.lease = lease;
    }

    /** Takes or renews the lease for the tick at {@code now}. Called by the metronome only, one tick at a time. */
    public synchronized Turn tick(Instant now) {
        Optional<Leases.Grant> grant;
        try {
            grant = leases.take(LEASE, holder, now, now.plus(lease));
        } catch (RuntimeException e) {
            // The store is unreachable: nothing can be done this tick. Keep leading until we must stop acting, so that a
            // hiccup of a second does not give back everything in hand.
            if (leading && !mayAct(now)) {
                leading = false;
                LOG.log(Level.WARNING, "could not renew the metronome lease for " + lease.toSeconds()
                        + " s (" + e + "); this instance stops running timed work until it can");
                return new SteppedDown();
            }
            return new Following();
        }
        if (grant.isEmpty()) {
            actUntil = Instant.MIN;
            if (leading) {
                leading = false;
                LOG.log(Level.WARNING, "another instance took the metronome lease; this one stops running timed work");
                return new SteppedDown();
            }
            return new Following();
        }
        actUntil = now.plus(lease.minus(lease.dividedBy(3)));
        if (leading) {
            return new Leading();
        }
        leading = true;
        LOG.log(Level.INFO, "this instance (" + holder + ") now runs the timed work"
                + grant.get().takenFrom().map(previous -> ", taking over from " + previous + " whose lease ran out").orElse(""));
        return new SteppedUp(grant.get().takenFrom());
    }

    /** Whether this instance may still act (send) at {@code now}: it renewed the lease recently enough. */
    public boolean mayAct(Instant now) {
        return now.isBefore(actUntil);
    }

    /** Whether this instance led at its last tick. */
    public synchronized boolean leading() {
        return leading;
    }

    /** This instance's name on the lease. */
    public String holder() {
        return holder;
    }

    /** Gives the lease up (on shutdown), so that another instance takes over at its next tick. */
    public synchronized void resign() {
        actUntil = Instant.MIN;
        if (!leading) {
            return;
        }
        leading = false;
        try {
            leases.giveUp(LEASE, holder);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not give up the metronome lease; another instance takes over when it runs out", e);
        }
    }
}
