package app.paceline.course;

import app.paceline.learner.LearnerId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link Enrollments} in a map keyed like the real store, for use-case and handler tests; counts writes. */
public final class InMemoryEnrollments implements Enrollments {

    private final Map<String, Enrollment> enrollments = new ConcurrentHashMap<>();
    private int writes;

    @Override
    public Optional<Enrollment> find(LearnerId learner, CourseCode course) {
        return Optional.ofNullable(enrollments.get(Enrollment.idOf(learner, course)));
    }

    @Override
    public synchronized void save(Enrollment enrollment) {
        enrollments.put(enrollment.id(), enrollment);
        writes++;
    }

    @Override
    public List<Enrollment> ofLearner(LearnerId learner) {
        return enrollments.values().stream().filter(e -> e.learner().equals(learner)).toList();
    }

    @Override
    public List<Enrollment> ofCourse(CourseCode course) {
        return enrollments.values().stream().filter(e -> e.course().equals(course)).toList();
    }

    @Override
    public int countActive(CourseCode course) {
        return (int) ofCourse(course).stream().filter(Enrollment::isActive).count();
    }

    /** How many times an enrollment was saved. */
    public synchronized int writes() {
        return writes;
    }
}
