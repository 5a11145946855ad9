package app.paceline.session;

import app.paceline.course.CourseCode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link OccurrenceChanges} in a map, for use-case and handler tests. */
public final class InMemoryOccurrenceChanges implements OccurrenceChanges {

    private final Map<String, OccurrenceChange> changes = new ConcurrentHashMap<>();

    @Override
    public List<OccurrenceChange> ofCourse(CourseCode course) {
        return changes.values().stream().filter(change -> change.course().equals(course)).toList();
    }

    @Override
    public void save(OccurrenceChange change) {
        changes.put(change.course().value() + "|" + change.occurrenceId(), change);
    }
}
