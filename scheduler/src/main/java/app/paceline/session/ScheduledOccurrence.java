package app.paceline.session;

import app.paceline.course.Course;
import app.paceline.course.Occurrence;
import app.paceline.course.Session;

/** An occurrence as it stands, with its session and course; {@code moved} when its creator moved it. */
public record ScheduledOccurrence(Course course, Session session, Occurrence occurrence, boolean moved) {
}
