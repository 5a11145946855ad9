package app.paceline.course;

import java.util.List;

/**
 * One user's courses: those they are enrolled in (active enrollments, earliest join first) and those they created,
 * with how many learners are enrolled (by title).
 */
public record CourseList(List<EnrolledCourse> enrolled, List<CreatedCourse> created) {

    public CourseList {
        enrolled = List.copyOf(enrolled);
        created = List.copyOf(created);
    }

    public boolean isEmpty() {
        return enrolled.isEmpty() && created.isEmpty();
    }

    /** A course the user is enrolled in. */
    public record EnrolledCourse(Course course, Enrollment enrollment) {
    }

    /** A course the user created, and how many learners are enrolled and have not left. */
    public record CreatedCourse(Course course, int activeLearners) {
    }
}
