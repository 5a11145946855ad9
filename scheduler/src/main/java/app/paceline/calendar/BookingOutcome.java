package app.paceline.calendar;

import app.paceline.course.Assignment;
import app.paceline.course.Course;
import app.paceline.course.DeadlineWindow;
import java.time.Instant;

/** What came of a learner booking time for an assignment. Only {@link Booked} stored anything. */
public sealed interface BookingOutcome {

    /**
     * The slot is booked and its reminder planned.
     *
     * @param tight the slot starts less than the assignment's effort before the deadline: worth a warning
     */
    record Booked(Course course, Assignment assignment, BookedSlot slot, DeadlineWindow window, boolean tight)
            implements BookingOutcome {
    }

    /** The learner is not (or no longer) in this course. */
    record NotEnrolled() implements BookingOutcome {
    }

    /** No such assignment in the course (any more). */
    record UnknownAssignment() implements BookingOutcome {
    }

    /** The assignment is already done; nothing to book. */
    record AlreadyDone(Assignment assignment) implements BookingOutcome {
    }

    /** The time has passed. */
    record InThePast(Instant start) implements BookingOutcome {
    }

    /** The assignment opens later than that. */
    record BeforeOpening(Assignment assignment, Instant opens) implements BookingOutcome {
    }

    /** The slot would start at or after the deadline. */
    record AfterDeadline(Assignment assignment, Instant due) implements BookingOutcome {
    }

    /** The slot to move or snooze is no longer booked (an outdated button); nothing changed. */
    record NoSuchSlot() implements BookingOutcome {
    }

    /** It overlaps another slot the learner booked (any assignment). */
    record Overlaps(BookedSlot other) implements BookingOutcome {
    }
}
