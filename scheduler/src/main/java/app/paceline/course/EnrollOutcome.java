package app.paceline.course;

/** What came of a learner following a join link or typing a course code. */
public sealed interface EnrollOutcome {

    /** Newly enrolled (or enrolled again after leaving, counting from now). */
    record Enrolled(Course course, Enrollment enrollment) implements EnrollOutcome {
    }

    /** Was enrolled already; nothing changed. */
    record AlreadyEnrolled(Course course, Enrollment enrollment) implements EnrollOutcome {
    }

    /** A well-formed code of no course. */
    record UnknownCourse(CourseCode code) implements EnrollOutcome {
    }

    /** The payload is not a course code at all (empty, too long, other characters); nothing was looked up. */
    record BadCode() implements EnrollOutcome {
    }
}
