package app.paceline.calendar;

import app.paceline.learner.LearnerId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link AssignmentProgresses} in a map, for use-case tests. */
public final class InMemoryAssignmentProgresses implements AssignmentProgresses {

    private final Map<String, AssignmentProgress> progress = new ConcurrentHashMap<>();

    @Override
    public Optional<AssignmentProgress> find(AssignmentRef ref) {
        return Optional.ofNullable(progress.get(ref.key()));
    }

    @Override
    public void save(AssignmentProgress value) {
        progress.put(value.ref().key(), value);
    }

    @Override
    public List<AssignmentProgress> ofLearner(LearnerId learner) {
        return progress.values().stream().filter(p -> p.ref().learner().equals(learner)).toList();
    }
}
