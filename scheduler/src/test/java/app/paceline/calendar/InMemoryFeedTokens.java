package app.paceline.calendar;

import app.paceline.learner.LearnerId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link FeedTokens} in a map, for use-case and handler tests. */
public final class InMemoryFeedTokens implements FeedTokens {

    private final Map<LearnerId, FeedToken> tokens = new HashMap<>();

    @Override
    public synchronized Optional<FeedToken> of(LearnerId learner) {
        return Optional.ofNullable(tokens.get(learner));
    }

    @Override
    public synchronized Optional<LearnerId> learnerWith(FeedToken token) {
        return tokens.entrySet().stream().filter(entry -> entry.getValue().equals(token)).map(Map.Entry::getKey).findFirst();
    }

    @Override
    public synchronized void replace(LearnerId learner, FeedToken token) {
        tokens.put(learner, token);
    }

    @Override
    public synchronized void revoke(LearnerId learner) {
        tokens.remove(learner);
    }
}
