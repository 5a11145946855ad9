package app.paceline.calendar;

import app.paceline.learner.LearnerId;
import java.util.List;
import java.util.Optional;

/** Every learner's progress on every assignment, one record per learner and assignment. */
public interface AssignmentProgresses {

    Optional<AssignmentProgress> find(AssignmentRef ref);

    void save(AssignmentProgress progress);

    /** All of one learner's progress records, in every course. */
    List<AssignmentProgress> ofLearner(LearnerId learner);
}
