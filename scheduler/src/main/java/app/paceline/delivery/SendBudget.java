package app.paceline.delivery;

import app.paceline.time.Ticker;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Token buckets for sending within Telegram's limits: one overall (a bigger one for paid broadcasts) and one per
 * chat, chained: a message leaves only when both its chat and the overall bucket have a token. A 429 pauses the
 * chat for exactly {@code retry_after}. Measured on a {@link Ticker} (real time), not on the application clock.
 * Thread-safe.
 */
public final class SendBudget {

    private static final long SECOND = 1_000_000_000L;
    /** Per-chat buckets idle this long are full again and can be forgotten. */
    private static final long FORGET_AFTER = 120 * SECOND;

    private final SendLimits limits;
    private final Ticker ticker;
    private final Bucket global;
    private final Bucket paid;
    private final Map<Long, Bucket> chats = new HashMap<>();
    private long globalPausedUntil;
    private long lastSweep;

    public SendBudget(SendLimits limits, Ticker ticker) {
        this.limits = limits;
        this.ticker = ticker;
        long now = ticker.nanos();
        this.global = new Bucket(limits.globalPerSecond(), limits.globalBurst(), now);
        this.paid = new Bucket(limits.paidPerSecond(), Math.max(limits.globalBurst(), (int) (limits.paidPerSecond() / 10)), now);
        this.lastSweep = now;
    }

    /**
     * Takes a token for one message to {@code recipient} if one is available now.
     *
     * @return 0 when the message may leave now (the tokens are taken), otherwise the nanoseconds to wait before
     *         asking again (nothing is taken)
     */
    public synchronized long tryAcquire(Recipient recipient, boolean paidBroadcast) {
        long now = ticker.nanos();
        sweep(now);
        Bucket chat = chats.computeIfAbsent(recipient.chatId(), id -> recipient.group()
                ? new Bucket(limits.groupPerMinute() / 60.0, limits.groupBurst(), now)
                : new Bucket(limits.privatePerSecond(), limits.privateBurst(), now));
        Bucket overall = paidBroadcast ? paid : global;
        long wait = Math.max(Math.max(chat.waitNanos(now), overall.waitNanos(now)), globalPausedUntil - now);
        if (wait > 0) {
            return wait;
        }
        chat.take(now);
        overall.take(now);
        return 0;
    }

    /** Nanoseconds until the overall bucket has a token (0 when it has one now); takes nothing. */
    public synchronized long overallWait(boolean paidBroadcast) {
        long now = ticker.nanos();
        return Math.max((paidBroadcast ? paid : global).waitNanos(now), globalPausedUntil - now);
    }

    /** Telegram answered 429 for this chat: nothing more to it for exactly {@code retryAfter}. */
    public synchronized void pause(Recipient recipient, Duration retryAfter) {
        long now = ticker.nanos();
        chats.computeIfAbsent(recipient.chatId(), id -> new Bucket(1, 1, now)).pauseUntil(now + retryAfter.toNanos());
    }

    /** Telegram's limit was hit overall (429s from several chats at once): nothing to anyone for {@code retryAfter}. */
    public synchronized void pauseAll(Duration retryAfter) {
        globalPausedUntil = Math.max(globalPausedUntil, ticker.nanos() + retryAfter.toNanos());
    }

    private void sweep(long now) {
        if (now - lastSweep < FORGET_AFTER) {
            return;
        }
        lastSweep = now;
        for (Iterator<Bucket> it = chats.values().iterator(); it.hasNext(); ) {
            if (it.next().idleSince(now) > FORGET_AFTER) {
                it.remove();
            }
        }
    }

    /** A classic token bucket in nanoseconds: {@code capacity} tokens, refilled at {@code perSecond}. */
    private static final class Bucket {
        private final double perNano;
        private final double capacity;
        private double tokens;
        private long updated;
        private long pausedUntil;

        Bucket(double perSecond, int capacity, long now) {
            this.perNano = perSecond / SECOND;
            this.capacity = capacity;
            this.tokens = capacity;
            this.updated = now;
        }

        long waitNanos(long now) {
            refill(now);
            long paused = pausedUntil - now;
            long refill = tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perNano);
            return Math.max(paused, refill);
        }

        void take(long now) {
            refill(now);
            tokens -= 1;
        }

        void pauseUntil(long until) {
            pausedUntil = Math.max(pausedUntil, until);
            tokens = Math.min(tokens, 0);
        }

        long idleSince(long now) {
            return now - Math.max(updated, pausedUntil);
        }

        private void refill(long now) {
            if (now > updated) {
                tokens = Math.min(capacity, tokens + (now - updated) * perNano);
                updated = now;
            }
        }
    }
}
