package app.paceline.announce;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link Announcements} in memory, with the same compare-and-set as the MongoDB one. */
public final class InMemoryAnnouncements implements Announcements {

    private final Map<String, Announcement> byId = new LinkedHashMap<>();

    @Override
    public synchronized void add(Announcement announcement) {
        if (byId.putIfAbsent(announcement.id(), announcement) != null) {
            throw new IllegalStateException("duplicate id " + announcement.id());
        }
    }

    @Override
    public synchronized Optional<Announcement> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized List<Announcement> scheduledIn(long groupChatId) {
        return scheduled().filter(a -> a.groupChatId() == groupChatId).toList();
    }

    @Override
    public synchronized long countScheduledIn(long groupChatId) {
        return scheduledIn(groupChatId).size();
    }

    @Override
    public synchronized List<Announcement> dueBy(Instant instant, int limit) {
        return scheduled().filter(a -> !a.nextAt().orElseThrow().isAfter(instant)).limit(limit).toList();
    }

    @Override
    public synchronized Optional<Instant> earliestNext() {
        return scheduled().findFirst().flatMap(Announcement::nextAt);
    }

    @Override
    public synchronized boolean replaceIfUnchanged(Announcement expected, Announcement changed) {
        Announcement current = byId.get(expected.id());
        if (current == null || current.state() != expected.state() || !current.nextAt().equals(expected.nextAt())) {
            return false;
        }
        byId.put(changed.id(), changed);
        return true;
    }

    private java.util.stream.Stream<Announcement> scheduled() {
        return byId.values().stream().filter(a -> a.state() == AnnouncementState.SCHEDULED)
                .sorted(Comparator.comparing(a -> a.nextAt().orElseThrow()));
    }
}
