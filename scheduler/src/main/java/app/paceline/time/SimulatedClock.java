package app.paceline.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock that starts at a chosen instant and runs {@code speed} times faster than its base clock; it can also be
 * moved by hand. Speed 0 gives a clock that only moves when told to, which is what tests use.
 *
 * <p>Previews, demos and acceptance runs use it so that a ten-day challenge can be watched in minutes. Nothing in
 * Paceline reads system time directly, so everything scheduled follows this clock. Thread-safe.
 */
public final class SimulatedClock extends Clock {

    private final Clock base;
    private double speed;
    private Instant anchorSimulated;
    private Instant anchorBase;

    /**
     * @param base  the real clock that drives it (usually {@code Clock.systemUTC()})
     * @param start the simulated instant at the moment of construction
     * @param speed simulated seconds per real second; 0 stops it, 1 runs in real time; never negative
     */
    public SimulatedClock(Clock base, Instant start, double speed) {
        checkSpeed(speed);
        this.base = Objects.requireNonNull(base, "base");
        this.speed = speed;
        this.anchorSimulated = Objects.requireNonNull(start, "start");
        this.anchorBase = base.instant();
    }

    /** A clock that stands still at {@code start} until moved with {@link #advance} or {@link #set}. */
    public static SimulatedClock stoppedAt(Instant start) {
        return new SimulatedClock(Clock.fixed(start, ZoneOffset.UTC), start, 0);
    }

    /** Simulated seconds per real second. */
    public synchronized double speed() {
        return speed;
    }

    /**
     * Runs on at another speed from the current simulated instant on (time already passed is kept): 0 stops the
     * clock, 1 is real time, 3600 an hour per second. For the sandbox's time bar.
     */
    public synchronized void setSpeed(double newSpeed) {
        checkSpeed(newSpeed);
        Instant now = instant();
        anchorSimulated = now;
        anchorBase = base.instant();
        speed = newSpeed;
    }

    private static void checkSpeed(double speed) {
        if (speed < 0 || Double.isNaN(speed) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a finite number ≥ 0, was " + speed);
        }
    }

    @Override
    public synchronized Instant instant() {
        if (speed == 0) {
            return anchorSimulated;
        }
        Duration real = Duration.between(anchorBase, base.instant());
        long simulatedNanos = (long) (real.toNanos() * speed);
        return anchorSimulated.plusNanos(simulatedNanos);
    }

    /** Moves simulated time forward; a negative amount is refused because deliveries never run backwards. */
    public synchronized void advance(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("time only moves forward, was asked to move by " + amount);
        }
        set(instant().plus(amount));
    }

    /** Jumps to {@code instant} (forward or backward; tests of clock jumps need both). */
    public synchronized void set(Instant instant) {
        anchorSimulated = Objects.requireNonNull(instant, "instant");
        anchorBase = base.instant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (ZoneOffset.UTC.equals(zone)) {
            return this;
        }
        throw new UnsupportedOperationException("Paceline keeps instants in UTC; convert with a learner's ZoneId instead");
    }
}
