package app.paceline.bot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles each update once across retries, duplicates and instances, through {@link ProcessedUpdates}.
 *
 * <p>An update is claimed before it is handled and marked finished after. A claim that was never finished means
 * the instance handling it died (or hangs): a delivery of the same update after {@link #TAKE_OVER_AFTER} handles
 * it again, so an update is not lost to a crash; a delivery before that is told the update is in progress (the
 * webhook then answers 503, and Telegram tries again later). Two minutes is far longer than handling takes (well
 * under a second), so a slow but living handler is not doubled, and short enough that Telegram's retries of an
 * update (it keeps one up to 24 hours) reach a takeover.
 * The price of a crash is the rare double answer for an update whose handler had already replied.
 *
 * <p>Claims are forgotten after {@link #KEEP} (Telegram keeps an undelivered update for 24 hours, so it cannot
 * come again later), checked against the injected clock at most every {@link #PRUNE_EVERY}.
 */
public final class HandlingOnce {

    private static final Logger LOG = LoggerFactory.getLogger(HandlingOnce.class);

    static final Duration TAKE_OVER_AFTER = Duration.ofMinutes(2);
    static final Duration KEEP = Duration.ofDays(1);
    static final Duration PRUNE_EVERY = Duration.ofMinutes(10);

    /** What became of an update. */
    public enum Outcome {
        /** Handled now, by this call. */
        HANDLED,
        /** Handled before: skipped. */
        DUPLICATE,
        /** Someone else is handling it right now: skipped, ask again later. */
        IN_PROGRESS
    }

    private final ProcessedUpdates processed;
    private final Clock clock;
    private final AtomicReference<Instant> lastPrune = new AtomicReference<>();

    public HandlingOnce(ProcessedUpdates processed, Clock clock) {
        this.processed = processed;
        this.clock = clock;
    }

    /**
     * Runs {@code handler} unless the update was claimed already.
     *
     * @param takeOverAfter how long an unfinished claim of another caller is respected; zero takes over any
     *                      unfinished claim, for a single long poller, where no other caller can exist and an
     *                      unfinished claim is one its previous run did not finish
     * @throws RuntimeException when the store cannot be reached to claim the update (nothing was handled then)
     */
    public Outcome handle(long updateId, Duration takeOverAfter, Runnable handler) {
        Instant now = clock.instant();
        pruneNowAndThen(now);
        ProcessedUpdates.Claim claim = processed.claim(updateId, now, takeOverAfter.isZero() ? null : now.minus(takeOverAfter));
        switch (claim) {
            case DONE:
                LOG.info("Update {} was handled before; skipped", updateId);
                return Outcome.DUPLICATE;
            case IN_PROGRESS:
                LOG.info("Update {} is being handled elsewhere; skipped for now", updateId);
                return Outcome.IN_PROGRESS;
            case TAKEN_OVER:
                LOG.warn("Update {} was claimed before but never finished (did an instance stop while handling it?); handling it now", updateId);
                break;
            default:
                break;
        }
        handler.run();
        try {
            processed.finished(updateId, clock.instant());
        } catch (RuntimeException e) {
            // Handled all the same; a later delivery of it takes over the unfinished claim and handles it again.
            LOG.warn("Could not mark update {} handled ({})", updateId, e.toString());
        }
        return Outcome.HANDLED;
    }

    /** Forgets old claims, at most every {@link #PRUNE_EVERY} and by one caller at a time. */
    private void pruneNowAndThen(Instant now) {
        Instant last = lastPrune.get();
        if (last != null && now.isBefore(last.plus(PRUNE_EVERY)) && !now.isBefore(last)) {
            return;
        }
        if (!lastPrune.compareAndSet(last, now)) {
            return;
        }
        try {
            long forgotten = processed.forgetClaimedBefore(now.minus(KEEP));
            if (forgotten > 0) {
                LOG.debug("Forgot {} updates handled more than {} ago", forgotten, KEEP);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not forget old handled updates ({}); trying again later", e.toString());
        }
    }
}
