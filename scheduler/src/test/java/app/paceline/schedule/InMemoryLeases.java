package app.paceline.schedule;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link Leases} in memory, with the store's rules; {@link #unreachable} makes every call fail like a lost store. */
public final class InMemoryLeases implements Leases {

    private final Map<String, Holding> leases = new HashMap<>();
    public volatile boolean unreachable;

    @Override
    public synchronized Optional<Grant> take(String name, String holder, Instant now, Instant until) {
        failIfUnreachable();
        Holding current = leases.get(name);
        if (current != null && !current.holder().equals(holder) && !current.until().isBefore(now)) {
            return Optional.empty();
        }
        leases.put(name, new Holding(holder, until));
        return Optional.of(new Grant(current == null || current.holder().equals(holder)
                ? Optional.empty() : Optional.of(current.holder())));
    }

    @Override
    public synchronized void giveUp(String name, String holder) {
        failIfUnreachable();
        leases.computeIfPresent(name, (key, current) -> current.holder().equals(holder) ? null : current);
    }

    @Override
    public synchronized Optional<Holding> holding(String name) {
        failIfUnreachable();
        return Optional.ofNullable(leases.get(name));
    }

    private void failIfUnreachable() {
        if (unreachable) {
            throw new IllegalStateException("the store is unreachable");
        }
    }
}
