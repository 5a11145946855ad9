package app.paceline.course;

import app.paceline.learner.LearnerId;
import java.util.List;
import java.util.Optional;

/** Who is enrolled where, keyed by {@link Enrollment#id()}; saving replaces one whole enrollment (single-document write). */
public interface Enrollments {

    Optional<Enrollment> find(LearnerId learner, CourseCode course);

    void save(Enrollment enrollment);

    /** The learner's enrollments, active and left. */
    List<Enrollment> ofLearner(LearnerId learner);

    /** The course's enrollments, active and left. */
    List<Enrollment> ofCourse(CourseCode course);

    /** How many learners are enrolled in the course and have not left. */
    int countActive(CourseCode course);
}
