package app.paceline.calendar;

import app.paceline.learner.LearnerId;
import java.util.Optional;

/**
 * The calendar feed tokens: at most one per learner, and only a learner's current token finds them. Replacing or
 * revoking a token makes the old one find nobody from that moment on, on every instance.
 */
public interface FeedTokens {

    /** The learner's current token, if their feed is on. */
    Optional<FeedToken> of(LearnerId learner);

    /** Whose current token this is; empty for an unknown, replaced or revoked token. */
    Optional<LearnerId> learnerWith(FeedToken token);

    /** Makes {@code token} the learner's only token; a previous one stops working. */
    void replace(LearnerId learner, FeedToken token);

    /** Turns the learner's feed off: their token stops working. Nothing happens when it is already off. */
    void revoke(LearnerId learner);
}
