package app.paceline.course;

import app.paceline.learner.LearnerId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A learner's membership in a course: when they (last) joined, which is what relative deadline windows count from,
 * and when they left, if they did. Its {@link #id()} {@code <learner>:<code>} is stable across leaving and joining
 * again, so that what other features key by it (plans, progress) follows the learner.
 */
public record Enrollment(LearnerId learner, CourseCode course, Instant joinedAt, Optional<Instant> leftAt) {

    public Enrollment {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(joinedAt, "joinedAt");
        Objects.requireNonNull(leftAt, "leftAt");
    }

    public static Enrollment joined(LearnerId learner, CourseCode course, Instant now) {
        return new Enrollment(learner, course, now, Optional.empty());
    }

    /** {@code <learner>:<code>}, e.g. {@code 1001:baker-2026}. */
    public String id() {
        return idOf(learner, course);
    }

    public static String idOf(LearnerId learner, CourseCode course) {
        return learner.value() + ":" + course.value();
    }

    public boolean isActive() {
        return leftAt.isEmpty();
    }

    public Enrollment left(Instant now) {
        return new Enrollment(learner, course, joinedAt, Optional.of(now));
    }
}
