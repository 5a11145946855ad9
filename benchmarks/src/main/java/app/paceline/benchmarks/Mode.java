package app.paceline.benchmarks;

import java.util.Locale;

/** The benchmark variants, with the size each runs at unless {@code --n} says otherwise. */
enum Mode {
    /** A broadcast to learners and groups at Telegram's normal limits (30/s). */
    NORMAL(100_000),
    /** A paid broadcast to learners (1000/s). */
    PAID(100_000),
    /** Like normal, with the application killed (SIGKILL) after a third arrived, then restarted on the same data. */
    CRASH(10_000),
    /** Like normal, with the Bot API answering 502 to everything for 60 s after a third arrived. */
    OUTAGE(10_000),
    /** One reminder at a time, sequentially: how late does a reminder leave an idle engine? */
    LONE(30),
    /** Button presses at 200/s from 1,000 learners: how fast does the bot answer? */
    UPDATES(6_000);

    private final int defaultSize;

    Mode(int defaultSize) {
        this.defaultSize = defaultSize;
    }

    int defaultSize() {
        return defaultSize;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Mode parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
