package app.paceline.course;

import app.paceline.learner.LearnerId;

/**
 * What other parts of the engine follow about courses: a re-import changed a course, a learner left one. Called
 * after the change is stored; features that plan work for learners (reminders, nudges) plan it again.
 */
public interface CourseEvents {

    /** Nobody follows. */
    CourseEvents NONE = new CourseEvents() {
        @Override
        public void courseUpdated(Course before, Course after) {
        }

        @Override
        public void learnerLeft(LearnerId learner, Course course) {
        }
    };

    void courseUpdated(Course before, Course after);

    void learnerLeft(LearnerId learner, Course course);
}
