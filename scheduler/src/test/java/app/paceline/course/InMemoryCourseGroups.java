package app.paceline.course;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link CourseGroups} in a map, for use-case and handler tests. */
public final class InMemoryCourseGroups implements CourseGroups {

    private final Map<CourseCode, Long> groups = new ConcurrentHashMap<>();

    @Override
    public Optional<Long> groupOf(CourseCode course) {
        return Optional.ofNullable(groups.get(course));
    }

    @Override
    public Optional<CourseCode> courseOf(long groupChatId) {
        return groups.entrySet().stream().filter(e -> e.getValue() == groupChatId).map(Map.Entry::getKey).findFirst();
    }

    @Override
    public Map<CourseCode, Long> linked() {
        return Map.copyOf(groups);
    }

    @Override
    public synchronized void link(CourseCode course, long groupChatId) {
        groups.values().removeIf(chat -> chat == groupChatId);
        groups.put(course, groupChatId);
    }
}
