package app.paceline.session;

import app.paceline.course.CourseCode;
import app.paceline.learner.LearnerId;
import java.util.Optional;

/** Which learners marked which recordings watched; one record per learner and occurrence, the first one stays. */
public interface WatchedReplays {

    Optional<WatchedReplay> find(CourseCode course, String occurrenceId, LearnerId learner);

    /** Records it unless the learner had marked it already; returns whether it was new. */
    boolean add(WatchedReplay watched);
}
