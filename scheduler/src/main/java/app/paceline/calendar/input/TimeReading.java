package app.paceline.calendar.input;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What {@link TimeInput} made of a typed time: an exact instant, or a problem to show the learner. */
public sealed interface TimeReading {

    /**
     * The text names {@code at}, which is {@code local} in the learner's zone; never before {@code now}, inside the
     * bounds and the horizon it was read with.
     */
    record Understood(Instant at, ZonedDateTime local, List<TimeNote> notes) implements TimeReading {

        public Understood {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(local, "local");
            if (!local.toInstant().equals(at)) {
                throw new IllegalArgumentException(local + " is not " + at);
            }
            notes = List.copyOf(notes);
        }
    }

    /** The text names no time that can be booked; {@code arguments} are exactly {@link TimeProblem#arguments()}. */
    record NotUnderstood(TimeProblem problem, Map<String, Object> arguments) implements TimeReading {

        public NotUnderstood {
            Objects.requireNonNull(problem, "problem");
            arguments = Arguments.exactly(problem.name(), problem.arguments(), arguments);
        }
    }
}
