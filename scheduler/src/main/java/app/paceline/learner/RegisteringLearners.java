package app.paceline.learner;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Makes sure a learner who writes to the bot is known, and keeps their name and client language current.
 * Writes only when something changed or the last visit is older than {@link #VISIT_RESOLUTION}, so that every
 * message does not cost a store write.
 */
public final class RegisteringLearners {

    /** How stale {@link Learner#lastSeen()} may get before a new message refreshes it. */
    static final Duration VISIT_RESOLUTION = Duration.ofHours(1);

    private final Learners learners;
    private final Clock clock;

    public RegisteringLearners(Learners learners, Clock clock) {
        this.learners = Objects.requireNonNull(learners);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Returns the learner as stored after this visit. */
    public Learner register(LearnerId id, String firstName, String languageCode) {
        Instant now = clock.instant();
        var existing = learners.find(id);
        if (existing.isEmpty()) {
            Learner learner = Learner.firstSeen(id, firstName, languageCode, now);
            learners.save(learner);
            return learner;
        }
        Learner known = existing.get();
        Learner seen = known.seenAgain(firstName, languageCode, now);
        boolean changed = !seen.firstName().equals(known.firstName())
                || !seen.languageCode().equals(known.languageCode());
        boolean stale = known.lastSeen().plus(VISIT_RESOLUTION).isBefore(now);
        if (changed || stale) {
            learners.save(seen);
            return seen;
        }
        return known;
    }
}
