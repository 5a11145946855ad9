package app.paceline.benchmarks;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The fault drills of {@code docs/reliability.md}, each injected once a third of the burst arrived. */
enum Drill {
    /** SIGKILL of the instance that is sending; the other takes over. */
    KILL("kill", "kill -9 of the sending instance"),
    /** The store process stopped (SIGSTOP) for 30 s: unreachable, connections hang, then it is back. */
    STORE("store", "the store unreachable for 30 s"),
    /** Every Bot API call answers 502 for 60 s. */
    API_5XX("api-5xx", "the Bot API answers 502 for 60 s"),
    /** Every Bot API call hangs for 40 s (longer than the client's 30 s read timeout) for 60 s. */
    API_TIMEOUT("api-timeout", "the Bot API times out for 60 s"),
    /** Every sendMessage answers 429 with retry_after 5 for 20 s. */
    RATE_LIMIT("429", "a 429 storm (retry_after 5 s) for 20 s"),
    /** Both instances frozen (SIGSTOP) for 120 s: when they resume, their clocks jumped two minutes. */
    CLOCK("clock", "the clock jumps 2 minutes ahead under both instances");

    private final String label;
    private final String description;

    Drill(String label, String description) {
        this.label = label;
        this.description = description;
    }

    String label() {
        return label;
    }

    String description() {
        return description;
    }

    static Optional<Drill> of(String label) {
        return Arrays.stream(values()).filter(d -> d.label.equals(label.toLowerCase(Locale.ROOT))).findFirst();
    }
}
