package app.paceline.fakebotapi;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Token buckets approximating Telegram's flood limits: per private chat, per group and for the whole bot, with
 * a separate overall bucket for paid broadcasts.
 *
 * <p>Time comes from a monotonic nanosecond source rather than the options' clock, because tests often pin the
 * clock, and a pinned clock would never refill a bucket.
 */
final class RateLimiter {

  private static final class Bucket {
    private final double capacity;
    private final double perSecond;
    private double tokens;
    private long updatedNanos;

    Bucket(double capacity, double perSecond, long nowNanos) {
      this.capacity = capacity;
      this.perSecond = perSecond;
      this.tokens = capacity;
      this.updatedNanos = nowNanos;
    }

    void refill(long nowNanos) {
      double elapsed = (nowNanos - updatedNanos) / 1e9;
      tokens = Math.min(capacity, tokens + elapsed * perSecond);
      updatedNanos = nowNanos;
    }

    /** Whole seconds until one token is available; at least 1, like Telegram's retry_after. */
    int retryAfter() {
      return (int) Math.max(1, Math.ceil((1 - tokens) / perSecond));
    }
  }

  private final FakeBotApi.RateLimits limits;
  private final LongSupplier nanoTime;
  private final Map<Long, Bucket> chats = new HashMap<>();
  private final AtomicLong limited = new AtomicLong();
  private Bucket global;
  private Bucket paid;

  RateLimiter(FakeBotApi.RateLimits limits, LongSupplier nanoTime) {
    this.limits = limits;
    this.nanoTime = nanoTime;
  }

  /** Takes one message slot for the chat, or throws the 429 Telegram would answer. */
  synchronized void acquire(long chatId, boolean group) {
    acquire(chatId, group, false);
  }

  /**
   * Takes one message slot for the chat, or throws the 429 Telegram would answer. A paid broadcast counts against
   * the paid overall limit instead of the normal one; the chat's own limit applies either way.
   */
  synchronized void acquire(long chatId, boolean group, boolean paidBroadcast) {
    if (!limits.enabled()) {
      return;
    }
    long now = nanoTime.getAsLong();
    if (global == null) {
      global = new Bucket(limits.globalPerSecond(), limits.globalPerSecond(), now);
      paid = new Bucket(limits.paidPerSecond(), limits.paidPerSecond(), now);
    }
    Bucket overall = paidBroadcast ? paid : global;
    Bucket chat = chats.computeIfAbsent(chatId, id -> group
        ? new Bucket(limits.groupBurst(), limits.groupPerMinute() / 60.0, now)
        : new Bucket(limits.privateBurst(), limits.privatePerSecond(), now));
    overall.refill(now);
    chat.refill(now);
    if (overall.tokens < 1 || chat.tokens < 1) {
      limited.incrementAndGet();
      int retry = Math.max(overall.tokens < 1 ? overall.retryAfter() : 1, chat.tokens < 1 ? chat.retryAfter() : 1);
      throw ApiError.tooManyRequests(retry);
    }
    overall.tokens -= 1;
    chat.tokens -= 1;
  }

  synchronized void reset() {
    chats.clear();
    global = null;
    paid = null;
  }

  long limitedCount() {
    return limited.get();
  }
}
