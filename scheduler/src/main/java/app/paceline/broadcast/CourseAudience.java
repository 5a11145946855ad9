package app.paceline.broadcast;

import app.paceline.course.Course;

/** A course a user may broadcast to, and how many learners are enrolled in it now. */
public record CourseAudience(Course course, int learners) {
}
