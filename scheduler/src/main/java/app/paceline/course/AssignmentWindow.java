package app.paceline.course;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When an assignment is open, as the creator wrote it: fixed course-local date-times, the same for everyone, or
 * offsets from each learner's join (self-paced cohorts). {@link #resolve} turns either into instants.
 */
public sealed interface AssignmentWindow {

    /**
     * The window for one learner. Local times are resolved like {@link ZonedDateTime#of}: a time in a DST gap moves
     * forward by the length of the gap (02:30 on a spring-forward night becomes 03:30), a time in an overlap takes
     * the earlier offset (the first 01:30 of a fall-back night).
     *
     * @param zone     the course's time zone
     * @param joinedAt when the learner joined; fixed windows ignore it
     */
    DeadlineWindow resolve(ZoneId zone, Instant joinedAt);

    /** Course-local date-times, the same for every learner; {@code due} is after {@code opens}. */
    record Fixed(LocalDateTime opens, LocalDateTime due) implements AssignmentWindow {

        public Fixed {
            Objects.requireNonNull(opens, "opens");
            Objects.requireNonNull(due, "due");
            if (!due.isAfter(opens)) {
                throw new IllegalArgumentException("due " + due + " is not after opens " + opens);
            }
        }

        @Override
        public DeadlineWindow resolve(ZoneId zone, Instant joinedAt) {
            return new DeadlineWindow(ZonedDateTime.of(opens, zone).toInstant(), ZonedDateTime.of(due, zone).toInstant());
        }
    }

    /** Offsets from each learner's join; {@code due} is later than {@code opens}. */
    record AfterJoin(JoinOffset opens, JoinOffset due) implements AssignmentWindow {

        public AfterJoin {
            Objects.requireNonNull(opens, "opens");
            Objects.requireNonNull(due, "due");
            if (due.nominal().compareTo(opens.nominal()) <= 0) {
                throw new IllegalArgumentException("due " + due + " is not after opens " + opens);
            }
        }

        @Override
        public DeadlineWindow resolve(ZoneId zone, Instant joinedAt) {
            Instant open = opens.from(joinedAt, zone);
            Instant end = due.from(joinedAt, zone);
            // "1d" and "24h" differ by an hour across a DST change; never let such a window run backwards.
            return new DeadlineWindow(open, end.isBefore(open) ? open : end);
        }
    }
}
