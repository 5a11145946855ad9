package app.paceline.course;

import app.paceline.learner.LearnerId;
import java.util.List;
import java.util.Optional;

/** All courses, by code. Every write is a single-document write of one course. */
public interface Courses {

    Optional<Course> find(CourseCode code);

    /**
     * Stores a new course unless its code is taken, atomically, so that two creators racing for one code cannot
     * both win.
     *
     * @return false when a course with this code already exists (nothing was written)
     */
    boolean add(Course course);

    /**
     * Replaces what the course file says (title, zone, assignments, sessions, challenges, import time) of the stored
     * course with the same code; its owner and co-creators stay as stored, so that a re-import racing an accepted
     * invite loses neither.
     */
    void replace(Course course);

    /** The courses this user owns or co-creates, in no particular order. */
    List<Course> createdBy(LearnerId creator);

    /** The courses this user owns or co-creates, as lists show them: by title, then code. */
    default List<Course> runBy(LearnerId user) {
        return createdBy(user).stream()
                .sorted(java.util.Comparator.comparing(Course::title).thenComparing(course -> course.code().value()))
                .toList();
    }

    /** Adds a co-creator to a course atomically; false when the course is gone or they were in its team already. */
    boolean addCoCreator(CourseCode course, LearnerId user);

    /** Removes a co-creator from a course atomically; false when they were not one. */
    boolean removeCoCreator(CourseCode course, LearnerId user);
}
