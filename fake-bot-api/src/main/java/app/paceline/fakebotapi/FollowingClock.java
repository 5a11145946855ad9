package app.paceline.fakebotapi;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock for the fake that reads another one, which can be swapped while the fake runs: the fake starts before
 * the application whose (simulated) clock should stamp its messages, so it follows the real clock until then.
 */
public final class FollowingClock extends Clock {

    private volatile Clock source = Clock.systemUTC();

    /** From now on, reads {@code clock}. */
    public void follow(Clock clock) {
        source = clock;
    }

    @Override
    public Instant instant() {
        return source.instant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the fake reads instants only");
    }
}
