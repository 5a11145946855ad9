package app.paceline.delivery;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * A {@link Notifier} that records what it was asked to send and answers with scripted outcomes ({@link Sent} by
 * default). Tests wait for sends with {@link #awaitSends}, which blocks instead of sleeping.
 */
public final class RecordingNotifier implements Notifier {

    private final List<Outgoing> sent = new ArrayList<>();
    private final Deque<DeliveryOutcome> script = new ArrayDeque<>();
    private Function<Outgoing, DeliveryOutcome> otherwise = outgoing -> new DeliveryOutcome.Sent();

    /** The next calls answer these outcomes, in order; then {@link #otherwise} applies. */
    public synchronized RecordingNotifier thenAnswer(DeliveryOutcome... outcomes) {
        script.addAll(List.of(outcomes));
        return this;
    }

    public synchronized RecordingNotifier otherwise(Function<Outgoing, DeliveryOutcome> answer) {
        this.otherwise = answer;
        return this;
    }

    @Override
    public DeliveryOutcome send(Outgoing outgoing) {
        DeliveryOutcome outcome;
        synchronized (this) {
            sent.add(outgoing);
            outcome = script.isEmpty() ? null : script.removeFirst();
            notifyAll();
        }
        return outcome != null ? outcome : otherwise.apply(outgoing);
    }

    public synchronized List<Outgoing> sent() {
        return List.copyOf(sent);
    }

    /** Blocks until at least {@code count} send calls happened; fails after {@code timeout}. */
    public synchronized List<Outgoing> awaitSends(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (sent.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + count + " sends within " + timeout + ", got " + sent.size() + ": " + sent);
            }
            java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return List.copyOf(sent);
    }
}
