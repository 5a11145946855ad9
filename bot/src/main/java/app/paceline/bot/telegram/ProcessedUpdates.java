package app.paceline.bot.telegram;

import java.time.Instant;

/**
 * Which updates some instance of Paceline has taken on, so that an update Telegram delivers twice (a webhook retry,
 * a duplicate sent to another instance, a batch polled again after a crash) is handled once. Shared by every
 * instance through the store.
 */
public interface ProcessedUpdates {

    /** What a claim found. */
    enum Claim {
        /** Never seen: this caller handles it. */
        NEW,
        /** Claimed earlier, but not finished by the given deadline (the claimer died?): this caller handles it now. */
        TAKEN_OVER,
        /** Claimed recently and not finished: someone is handling it right now. */
        IN_PROGRESS,
        /** Handled already. */
        DONE
    }

    /**
     * Claims an update for handling.
     *
     * @param updateId        Telegram's update id
     * @param now             when
     * @param unfinishedSince an earlier claim that is still unfinished and was made before this instant is taken
     *                        over; null takes over any unfinished claim
     */
    Claim claim(long updateId, Instant now, Instant unfinishedSince);

    /** Marks a claimed update handled. */
    void finished(long updateId, Instant now);

    /** Forgets updates claimed before {@code cutoff}; returns how many. */
    long forgetClaimedBefore(Instant cutoff);
}
