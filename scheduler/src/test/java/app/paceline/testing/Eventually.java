package app.paceline.testing;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for state that another thread changes (the engine's workers, the application's poller) when there is no
 * event to wait on from outside. Checks every 10 ms; fails with a description of what was awaited.
 */
public final class Eventually {

    private Eventually() {
    }

    public static void await(Duration timeout, BooleanSupplier condition) {
        await(timeout, condition, () -> "condition");
    }

    public static void await(Duration timeout, BooleanSupplier condition, Supplier<String> what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what.get() + " not reached within " + timeout);
            }
            LockSupport.parkNanos(10_000_000);
        }
    }
}
