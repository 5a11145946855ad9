package app.paceline.session;

import app.paceline.course.CourseCode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link SessionHorizons} in a map, for use-case tests. */
public final class InMemorySessionHorizons implements SessionHorizons {

    private final Map<CourseCode, Instant> horizons = new ConcurrentHashMap<>();

    @Override
    public List<CourseCode> plannedBefore(Instant until) {
        return horizons.entrySet().stream().filter(e -> e.getValue().isBefore(until)).map(Map.Entry::getKey).toList();
    }

    @Override
    public void set(CourseCode course, Instant plannedUntil) {
        horizons.put(course, plannedUntil);
    }

    @Override
    public void track(CourseCode course, Instant plannedUntil) {
        horizons.putIfAbsent(course, plannedUntil);
    }

    @Override
    public void forget(CourseCode course) {
        horizons.remove(course);
    }
}
