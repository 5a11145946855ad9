package app.paceline.delivery;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link Recipients} in a map. */
public final class InMemoryRecipients implements Recipients {

    private final Map<Long, String> unreachable = new ConcurrentHashMap<>();

    @Override
    public void markUnreachable(long chatId, String reason, Instant since) {
        unreachable.put(chatId, reason);
    }

    @Override
    public void markReachable(long chatId) {
        unreachable.remove(chatId);
    }

    @Override
    public boolean isUnreachable(long chatId) {
        return unreachable.containsKey(chatId);
    }
}
