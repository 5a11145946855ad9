package app.paceline.learner;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link Learners} in a map, for use-case and handler tests; counts writes so tests can see what was stored. */
public final class InMemoryLearners implements Learners {

    private final Map<LearnerId, Learner> learners = new ConcurrentHashMap<>();
    private int saves;

    @Override
    public Optional<Learner> find(LearnerId id) {
        return Optional.ofNullable(learners.get(id));
    }

    @Override
    public synchronized void save(Learner learner) {
        learners.put(learner.id(), learner);
        saves++;
    }

    public synchronized int saves() {
        return saves;
    }
}
