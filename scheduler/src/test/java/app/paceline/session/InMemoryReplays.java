package app.paceline.session;

import app.paceline.course.CourseCode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link Replays} in a map, for use-case and handler tests. */
public final class InMemoryReplays implements Replays {

    private final Map<String, Replay> replays = new ConcurrentHashMap<>();

    @Override
    public Optional<Replay> find(CourseCode course, String occurrenceId) {
        return Optional.ofNullable(replays.get(course.value() + "|" + occurrenceId));
    }

    @Override
    public void save(Replay replay) {
        replays.put(replay.course().value() + "|" + replay.occurrenceId(), replay);
    }

    @Override
    public List<Replay> ofCourse(CourseCode course) {
        return replays.values().stream().filter(replay -> replay.course().equals(course)).toList();
    }
}
