package app.paceline.course;

import app.paceline.learner.LearnerId;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Enrolls a learner in the course a join-link payload names. Enrolling twice is harmless (nothing is written);
 * enrolling again after leaving is a fresh start: relative deadline windows count from the new join.
 */
public final class EnrollingLearner {

    private final Courses courses;
    private final Enrollments enrollments;
    private final Clock clock;
    private final CourseEvents events;

    public EnrollingLearner(Courses courses, Enrollments enrollments, Clock clock) {
        this(courses, enrollments, clock, CourseEvents.NONE);
    }

    /** @param events told when a learner joined, so that their reminders and nudges for the course are planned */
    public EnrollingLearner(Courses courses, Enrollments enrollments, Clock clock, CourseEvents events) {
        this.courses = Objects.requireNonNull(courses);
        this.enrollments = Objects.requireNonNull(enrollments);
        this.clock = Objects.requireNonNull(clock);
        this.events = Objects.requireNonNull(events);
    }

    /** @param payload the {@code start} payload or typed code, as received (surrounding blanks are ignored) */
    public EnrollOutcome enroll(LearnerId learner, String payload) {
        Optional<CourseCode> code = CourseCode.parse(payload == null ? null : payload.strip());
        if (code.isEmpty()) {
            return new EnrollOutcome.BadCode();
        }
        Optional<Course> course = courses.find(code.get());
        if (course.isEmpty()) {
            return new EnrollOutcome.UnknownCourse(code.get());
        }
        Optional<Enrollment> existing = enrollments.find(learner, code.get());
        if (existing.isPresent() && existing.get().isActive()) {
            return new EnrollOutcome.AlreadyEnrolled(course.get(), existing.get());
        }
        Enrollment enrollment = Enrollment.joined(learner, code.get(), clock.instant());
        enrollments.save(enrollment);
        events.learnerJoined(learner, course.get());
        return new EnrollOutcome.Enrolled(course.get(), enrollment);
    }
}
