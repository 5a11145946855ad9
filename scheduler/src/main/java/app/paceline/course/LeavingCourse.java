package app.paceline.course;

import app.paceline.learner.LearnerId;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** Lets a learner leave a course; leaving twice is harmless. What was planned for them in it is withdrawn. */
public final class LeavingCourse {

    private final Courses courses;
    private final Enrollments enrollments;
    private final Clock clock;
    private final CourseEvents events;

    public LeavingCourse(Courses courses, Enrollments enrollments, Clock clock) {
        this(courses, enrollments, clock, CourseEvents.NONE);
    }

    public LeavingCourse(Courses courses, Enrollments enrollments, Clock clock, CourseEvents events) {
        this.courses = Objects.requireNonNull(courses);
        this.enrollments = Objects.requireNonNull(enrollments);
        this.clock = Objects.requireNonNull(clock);
        this.events = Objects.requireNonNull(events);
    }

    public LeaveOutcome leave(LearnerId learner, CourseCode code) {
        Optional<Enrollment> enrollment = enrollments.find(learner, code).filter(Enrollment::isActive);
        Optional<Course> course = courses.find(code);
        if (enrollment.isEmpty() || course.isEmpty()) {
            return new LeaveOutcome.NotEnrolled(code);
        }
        enrollments.save(enrollment.get().left(clock.instant()));
        events.learnerLeft(learner, course.get());
        return new LeaveOutcome.Left(course.get());
    }
}
