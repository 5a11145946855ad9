package app.paceline.calendar;

import app.paceline.course.CourseCode;
import app.paceline.learner.LearnerId;
import java.util.Objects;

/** One learner's copy of one assignment of one course: what bookings and progress belong to. */
public record AssignmentRef(LearnerId learner, CourseCode course, String assignmentId) {

    public AssignmentRef {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(assignmentId, "assignmentId");
    }

    /** {@code <learner>:<course>:<assignment>}, unique and stable. */
    public String key() {
        return learner.value() + ":" + course.value() + ":" + assignmentId;
    }
}
