package app.paceline.course;

import app.paceline.learner.LearnerId;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** Lets a learner leave a course; leaving twice is harmless. */
public final class LeavingCourse {

    private final Courses courses;
    private final Enrollments enrollments;
    private final Clock clock;

    public LeavingCourse(Courses courses, Enrollments enrollments, Clock clock) {
        this.courses = Objects.requireNonNull(courses);
        this.enrollments = Objects.requireNonNull(enrollments);
        this.clock = Objects.requireNonNull(clock);
    }

    public LeaveOutcome leave(LearnerId learner, CourseCode code) {
        Optional<Enrollment> enrollment = enrollments.find(learner, code).filter(Enrollment::isActive);
        Optional<Course> course = courses.find(code);
        if (enrollment.isEmpty() || course.isEmpty()) {
            return new LeaveOutcome.NotEnrolled(code);
        }
        enrollments.save(enrollment.get().left(clock.instant()));
        return new LeaveOutcome.Left(course.get());
    }
}
