package app.paceline.broadcast;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** {@link Broadcasts} in a map, with the same semantics as the MongoDB one, for use-case tests. */
public final class InMemoryBroadcasts implements Broadcasts {

    private final Map<String, Broadcast> broadcasts = new ConcurrentHashMap<>();

    @Override
    public synchronized void add(Broadcast broadcast) {
        if (broadcasts.putIfAbsent(broadcast.id(), broadcast) != null) {
            throw new IllegalStateException("duplicate broadcast id " + broadcast.id());
        }
    }

    @Override
    public Optional<Broadcast> find(String id) {
        return Optional.ofNullable(broadcasts.get(id));
    }

    @Override
    public List<Broadcast> running() {
        return broadcasts.values().stream().filter(Broadcast::isRunning).sorted(Comparator.comparing(Broadcast::createdAt)).toList();
    }

    @Override
    public void edited(String id, String digest, int edits, Instant at) {
        change(id, b -> new Broadcast(b.id(), b.course(), b.courseTitle(), b.sender(), b.text(), b.createdAt(), b.recipients(),
                b.stoppedAt(), b.withdrawn(), b.doneAt(), b.messageId(), Math.max(b.edits(), edits), b.shown(), digest, at));
    }

    @Override
    public synchronized boolean stop(String id, Instant at) {
        Broadcast b = broadcasts.get(id);
        if (b == null || !b.isRunning() || b.isStopped()) {
            return false;
        }
        change(id, x -> new Broadcast(x.id(), x.course(), x.courseTitle(), x.sender(), x.text(), x.createdAt(), x.recipients(),
                Optional.of(at), -1, x.doneAt(), x.messageId(), x.edits(), x.shown(), x.digest(), x.plannedAt()));
        return true;
    }

    @Override
    public void withdrew(String id, int withdrawn) {
        change(id, b -> new Broadcast(b.id(), b.course(), b.courseTitle(), b.sender(), b.text(), b.createdAt(), b.recipients(),
                b.stoppedAt(), withdrawn, b.doneAt(), b.messageId(), b.edits(), b.shown(), b.digest(), b.plannedAt()));
    }

    @Override
    public void done(String id, Instant at) {
        change(id, b -> new Broadcast(b.id(), b.course(), b.courseTitle(), b.sender(), b.text(), b.createdAt(), b.recipients(),
                b.stoppedAt(), b.withdrawn(), Optional.of(at), b.messageId(), b.edits(), b.shown(), b.digest(), b.plannedAt()));
    }

    @Override
    public void shown(String id, long messageId, int edit) {
        change(id, b -> new Broadcast(b.id(), b.course(), b.courseTitle(), b.sender(), b.text(), b.createdAt(), b.recipients(),
                b.stoppedAt(), b.withdrawn(), b.doneAt(), Optional.of(messageId), b.edits(), Math.max(b.shown(), edit), b.digest(),
                b.plannedAt()));
    }

    private synchronized void change(String id, UnaryOperator<Broadcast> change) {
        broadcasts.computeIfPresent(id, (key, b) -> change.apply(b));
    }
}
