package app.paceline.course;

/** What came of a learner leaving a course. */
public sealed interface LeaveOutcome {

    /** The learner left; the enrollment is kept, marked as left, so that joining again keeps its id. */
    record Left(Course course) implements LeaveOutcome {
    }

    /** The learner was not enrolled (or had left already); nothing changed. */
    record NotEnrolled(CourseCode code) implements LeaveOutcome {
    }
}
