package app.paceline.session;

import app.paceline.course.CourseCode;
import app.paceline.learner.LearnerId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link WatchedReplays} in a map, for use-case and handler tests. */
public final class InMemoryWatchedReplays implements WatchedReplays {

    private final Map<String, WatchedReplay> watched = new ConcurrentHashMap<>();

    @Override
    public Optional<WatchedReplay> find(CourseCode course, String occurrenceId, LearnerId learner) {
        return Optional.ofNullable(watched.get(course.value() + "|" + occurrenceId + "|" + learner.value()));
    }

    @Override
    public boolean add(WatchedReplay mark) {
        return watched.putIfAbsent(mark.course().value() + "|" + mark.occurrenceId() + "|" + mark.learner().value(), mark) == null;
    }
}
