package app.paceline.session;

import app.paceline.course.Course;

/**
 * What other parts of live sessions follow about a creator's change to one occurrence: it was moved, cancelled or
 * added.
 * Called after the change is stored, so {@link CourseOccurrences} already shows the occurrence as it is now.
 */
public interface OccurrenceEvents {

    /** Nobody follows. */
    OccurrenceEvents NONE = (course, before) -> {
    };

    /** {@code before} (as it was) was moved or cancelled. */
    void occurrenceChanged(Course course, ScheduledOccurrence before);

    /** The creator added {@code added}, an occurrence the course file does not have. */
    default void occurrenceAdded(Course course, ScheduledOccurrence added) {
    }

    /** All of {@code followers}, in order. */
    static OccurrenceEvents all(java.util.List<OccurrenceEvents> followers) {
        return new OccurrenceEvents() {
            @Override
            public void occurrenceChanged(Course course, ScheduledOccurrence before) {
                followers.forEach(follower -> follower.occurrenceChanged(course, before));
            }

            @Override
            public void occurrenceAdded(Course course, ScheduledOccurrence added) {
                followers.forEach(follower -> follower.occurrenceAdded(course, added));
            }
        };
    }
}
