package app.paceline.fakebotapi;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Injected failures and outages, consulted before each bot request is dispatched. */
final class FailureRules {

  private record Rule(String method, Long chatId, Failure failure, AtomicInteger remaining) {

    boolean matches(String calledMethod, Long calledChat) {
      return (method.equals("*") || method.equalsIgnoreCase(calledMethod))
          && (chatId == null || chatId.equals(calledChat));
    }

    /** Claims one use; a negative count means until cleared. */
    boolean claim() {
      while (true) {
        int left = remaining.get();
        if (left < 0) {
          return true;
        }
        if (left == 0) {
          return false;
        }
        if (remaining.compareAndSet(left, left - 1)) {
          return true;
        }
      }
    }
  }

  private final List<Rule> rules = new CopyOnWriteArrayList<>();
  private volatile Outage outage;
  private volatile long outageUntilNanos;

  void add(String method, Long chatId, int times, Failure failure) {
    if (times == 0 || failure == null || method == null) {
      throw new IllegalArgumentException("a failure needs a method (or \"*\"), a failure and a non-zero count");
    }
    rules.add(new Rule(method, chatId, failure, new AtomicInteger(times)));
  }

  void clear() {
    rules.clear();
  }

  /** The failure for this call, consuming one use of the first matching rule, or null. */
  Failure take(String method, Long chatId) {
    for (Rule rule : rules) {
      if (rule.matches(method, chatId) && rule.claim()) {
        if (rule.remaining().get() == 0) {
          rules.remove(rule);
        }
        return rule.failure();
      }
    }
    return null;
  }

  void startOutage(Outage mode, long untilNanos) {
    outageUntilNanos = untilNanos;
    outage = mode;
  }

  void endOutage() {
    outage = null;
  }

  Outage outage() {
    Outage current = outage;
    if (current != null && System.nanoTime() - outageUntilNanos > 0) {
      outage = null;
      return null;
    }
    return current;
  }
}
