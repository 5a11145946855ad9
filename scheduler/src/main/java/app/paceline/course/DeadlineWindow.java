package app.paceline.course;

import java.time.Instant;
import java.util.Objects;

/** When one learner may work on an assignment: from {@code opens} until {@code due} (UTC instants, due not before opens). */
public record DeadlineWindow(Instant opens, Instant due) {

    public DeadlineWindow {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(due, "due");
        if (due.isBefore(opens)) {
            throw new IllegalArgumentException("due " + due + " is before opens " + opens);
        }
    }

    /** True from the moment it opens until (not including) the due instant. */
    public boolean isOpenAt(Instant instant) {
        return !instant.isBefore(opens) && instant.isBefore(due);
    }
}
