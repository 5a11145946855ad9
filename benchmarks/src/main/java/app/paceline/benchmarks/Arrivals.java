package app.paceline.benchmarks;

import app.paceline.fakebotapi.BotMessage;
import app.paceline.fakebotapi.FakeBotApi;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Watches every message the bot sends to the fake and keeps, per delivery key, when its first copy arrived
 * (the fake's {@code sent_at}) and how many copies did. A copy is a distinct Telegram message, so edits are not
 * counted twice.
 */
final class Arrivals implements AutoCloseable {

    private final FakeBotApi api;
    private final Thread reader;
    private final Map<String, Instant> firstArrival = new HashMap<>();
    private final Set<String> seenMessages = new HashSet<>();
    private long copies;
    private volatile boolean running = true;

    Arrivals(FakeBotApi api) {
        this.api = api;
        reader = new Thread(this::read, "arrivals");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        long seq = 0;
        while (running) {
            List<BotMessage> batch = api.messagesAfter(seq, Duration.ofMillis(500));
            for (BotMessage message : batch) {
                seq = Math.max(seq, message.seq());
                String key = Broadcast.keyIn(message.text());
                if (key != null) {
                    record(key, message);
                }
            }
        }
    }

    private synchronized void record(String key, BotMessage message) {
        if (!seenMessages.add(message.chatId() + "/" + message.messageId())) {
            return;
        }
        copies++;
        firstArrival.merge(key, message.sentAt(), (earlier, later) -> earlier.isBefore(later) ? earlier : later);
        notifyAll();
    }

    synchronized int delivered() {
        return firstArrival.size();
    }

    /** Copies beyond the first, over all keys. */
    synchronized long duplicates() {
        return copies - firstArrival.size();
    }

    synchronized Map<String, Instant> firstArrivals() {
        return Map.copyOf(firstArrival);
    }

    /** Waits until at least {@code count} keys arrived; returns whether they did within the timeout. */
    synchronized boolean awaitDelivered(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (firstArrival.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, Math.min(1000, left / 1_000_000)));
        }
        return true;
    }

    @Override
    public void close() {
        running = false;
        try {
            reader.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
