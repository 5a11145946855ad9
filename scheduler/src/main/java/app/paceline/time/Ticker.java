package app.paceline.time;

/**
 * A source of elapsed nanoseconds for measuring real durations (rate limits are real seconds even when the
 * application runs on simulated time). Not a wall clock: only differences mean anything. Tests use a hand-moved
 * ticker; production uses {@link System#nanoTime()}.
 */
@FunctionalInterface
public interface Ticker {

    long nanos();

    static Ticker system() {
        return System::nanoTime;
    }
}
