package app.paceline.fakebotapi;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Token buckets approximating Telegram's flood limits: per private chat, per group and for the whole bot.
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

  RateLimiter(FakeBotApi.RateLimits limits, LongSupplier nanoTime) {
    this.limits = limits;
    this.nanoTime = nanoTime;
  }

  /** Takes one message slot for the chat, or throws the 429 Telegram would answer. */
  synchronized void acquire(long chatId, boolean group) {
    if (!limits.enabled()) {
      return;
    }
    long now = nanoTime.getAsLong();
    if (global == null) {
      global = new Bucket(limits.globalPerSecond(), limits.globalPerSecond(), now);
    }
    Bucket chat = chats.computeIfAbsent(chatId, id -> group
        ? new Bucket(limits.groupBurst(), limits.groupPerMinute() / 60.0, now)
        : new Bucket(limits.privateBurst(), limits.privatePerSecond(), now));
    global.refill(now);
    chat.refill(now);
    if (global.tokens < 1 || chat.tokens < 1) {
      limited.incrementAndGet();
      int retry = Math.max(global.tokens < 1 ? global.retryAfter() : 1, chat.tokens < 1 ? chat.retryAfter() : 1);
      throw ApiError.tooManyRequests(retry);
    }
    global.tokens -= 1;
    chat.tokens -= 1;
  }

  synchronized void reset() {
    chats.clear();
    global = null;
  }

  long limitedCount() {
    return limited.get();
  }
}
