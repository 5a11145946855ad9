package app.paceline.session;

import app.paceline.course.CourseCode;
import app.paceline.learner.LearnerId;
import java.time.Instant;
import java.util.Objects;

/** What one learner answered for one occurrence, and when. */
public record RsvpRecord(CourseCode course, String occurrenceId, LearnerId learner, Rsvp answer, Instant at) {

    public RsvpRecord {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(occurrenceId, "occurrenceId");
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(at, "at");
    }
}
