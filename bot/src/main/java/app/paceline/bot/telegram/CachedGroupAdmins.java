package app.paceline.bot.telegram;

import app.paceline.bot.command.GroupAdmins;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers that someone is an admin for a short while (at most a minute, issue 7), so that a burst of admin
 * commands or button presses does not cost one {@code getChatMember} each. Only "is an admin" is remembered: a
 * refusal, or Telegram not answering ({@link Answering#ask} returns null), is asked again at the next action, so
 * someone just promoted is not turned away for a minute. A demotion takes effect within the minute.
 */
public final class CachedGroupAdmins implements GroupAdmins {

    /** Asks Telegram; null when it cannot be asked right now. */
    @FunctionalInterface
    public interface Answering {
        Boolean ask(long groupChatId, long userId);
    }

    public static final Duration MAX_AGE = Duration.ofMinutes(1);
    private static final int MAX_ENTRIES = 10_000;

    private record Key(long group, long user) {
    }

    private record Answer(Instant at) {
    }

    private final Answering telegram;
    private final Clock clock;
    private final Duration maxAge;
    private final Map<Key, Answer> answers = new ConcurrentHashMap<>();

    public CachedGroupAdmins(Answering telegram, Clock clock, Duration maxAge) {
        if (maxAge.isNegative() || maxAge.compareTo(MAX_AGE) > 0) {
            throw new IllegalArgumentException("an admin check may be remembered for at most " + MAX_AGE + ", not " + maxAge);
        }
        this.telegram = telegram;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    @Override
    public boolean isAdmin(long groupChatId, long userId) {
        Key key = new Key(groupChatId, userId);
        Instant now = clock.instant();
        Answer known = answers.get(key);
        if (known != null && !now.isBefore(known.at()) && now.isBefore(known.at().plus(maxAge))) {
            return true;
        }
        Boolean admin = telegram.ask(groupChatId, userId);
        if (!Boolean.TRUE.equals(admin)) {
            answers.remove(key);
            return false;
        }
        if (answers.size() >= MAX_ENTRIES) {
            answers.clear(); // a crude bound; every entry is at most a minute old anyway
        }
        answers.put(key, new Answer(now));
        return true;
    }
}
