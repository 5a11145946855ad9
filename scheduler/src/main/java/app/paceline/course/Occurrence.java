package app.paceline.course;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One occurrence of a live session: its id ({@code <session id>@<local date>} of its planned day, kept when it is
 * moved), its session, and when it starts (UTC) and for how long.
 */
public record Occurrence(String id, String sessionId, Instant start, Duration duration) {

    public Occurrence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(duration, "duration");
    }

    public Instant end() {
        return start.plus(duration);
    }

    public Occurrence movedTo(Instant newStart) {
        return new Occurrence(id, sessionId, newStart, duration);
    }
}
