package app.paceline.session;

import app.paceline.course.CourseCode;
import app.paceline.learner.LearnerId;
import java.time.Instant;
import java.util.Objects;

/** A learner marked the recording of one occurrence as watched, at {@code at} (UTC). */
public record WatchedReplay(CourseCode course, String occurrenceId, LearnerId learner, Instant at) {

    public WatchedReplay {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(occurrenceId, "occurrenceId");
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(at, "at");
    }
}
