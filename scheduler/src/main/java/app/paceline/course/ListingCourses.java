package app.paceline.course;

import app.paceline.learner.LearnerId;
import java.util.Comparator;
import java.util.Objects;

/** Lists a user's courses: enrolled ones for learners, created ones with learner counts for creators. */
public final class ListingCourses {

    private final Courses courses;
    private final Enrollments enrollments;

    public ListingCourses(Courses courses, Enrollments enrollments) {
        this.courses = Objects.requireNonNull(courses);
        this.enrollments = Objects.requireNonNull(enrollments);
    }

    public CourseList of(LearnerId user) {
        var enrolled = enrollments.ofLearner(user).stream()
                .filter(Enrollment::isActive)
                .sorted(Comparator.comparing(Enrollment::joinedAt).thenComparing(e -> e.course().value()))
                .flatMap(e -> courses.find(e.course()).map(c -> new CourseList.EnrolledCourse(c, e)).stream())
                .toList();
        var created = courses.createdBy(user).stream()
                .sorted(Comparator.comparing(Course::title).thenComparing(c -> c.code().value()))
                .map(c -> new CourseList.CreatedCourse(c, enrollments.countActive(c.code())))
                .toList();
        return new CourseList(enrolled, created);
    }
}
