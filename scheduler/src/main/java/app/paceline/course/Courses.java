package app.paceline.course;

import app.paceline.learner.LearnerId;
import java.util.List;
import java.util.Optional;

/** All courses, by code. Every write is a single-document write of one whole course. */
public interface Courses {

    Optional<Course> find(CourseCode code);

    /**
     * Stores a new course unless its code is taken, atomically, so that two creators racing for one code cannot
     * both win.
     *
     * @return false when a course with this code already exists (nothing was written)
     */
    boolean add(Course course);

    /** Replaces the stored course with the same code. */
    void replace(Course course);

    /** The courses this user created, in no particular order. */
    List<Course> createdBy(LearnerId creator);
}
