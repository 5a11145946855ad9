package app.paceline.course;

import app.paceline.learner.LearnerId;

/**
 * What other parts of the engine follow about courses: one was created, a learner joined or left one, a re-import
 * changed one.
 * Called after the change is stored; features that plan work for learners (reminders, nudges) plan it again.
 */
public interface CourseEvents {

    /** Nobody follows. */
    CourseEvents NONE = new CourseEvents() {
    };

    /** A new course was imported (it has no learners yet). */
    default void courseCreated(Course course) {
    }

    default void learnerJoined(LearnerId learner, Course course) {
    }

    default void courseUpdated(Course before, Course after) {
    }

    default void learnerLeft(LearnerId learner, Course course) {
    }

    /** The course's group is now {@code groupChatId}. */
    default void groupLinked(Course course, long groupChatId) {
    }

    /** All of {@code followers}, in order. */
    static CourseEvents all(java.util.List<CourseEvents> followers) {
        return new CourseEvents() {
            @Override
            public void courseCreated(Course course) {
                followers.forEach(follower -> follower.courseCreated(course));
            }

            @Override
            public void learnerJoined(LearnerId learner, Course course) {
                followers.forEach(follower -> follower.learnerJoined(learner, course));
            }

            @Override
            public void courseUpdated(Course before, Course after) {
                followers.forEach(follower -> follower.courseUpdated(before, after));
            }

            @Override
            public void learnerLeft(LearnerId learner, Course course) {
                followers.forEach(follower -> follower.learnerLeft(learner, course));
            }

            @Override
            public void groupLinked(Course course, long groupChatId) {
                followers.forEach(follower -> follower.groupLinked(course, groupChatId));
            }
        };
    }
}
