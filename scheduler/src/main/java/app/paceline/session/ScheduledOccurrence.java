package app.paceline.session;

import app.paceline.course.Course;
import app.paceline.course.Occurrence;
import app.paceline.course.Session;

/**
 * An occurrence as it stands, with its session and course; {@code moved} when its creator moved it, {@code added}
 * when the creator added it (an extra one the file does not have).
 */
public record ScheduledOccurrence(Course course, Session session, Occurrence occurrence, boolean moved, boolean added) {

    /** An occurrence of the course file. */
    public ScheduledOccurrence(Course course, Session session, Occurrence occurrence, boolean moved) {
        this(course, session, occurrence, moved, false);
    }
}
