package app.paceline.calendar;

import app.paceline.learner.LearnerId;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * A learner's side of their calendar feed: get its token (issued on first use and kept after that), get a new one
 * (the old address stops working at once, e.g. after sharing it by mistake), or turn the feed off. A token is
 * {@value #TOKEN_BYTES} random bytes (192 bits) in URL-safe base64, so it cannot be guessed; a turned-off feed
 * comes back under a new token, never the old one.
 */
public final class SubscribingToFeed {

    static final int TOKEN_BYTES = 24;

    private final FeedTokens tokens;
    private final Random random;

    /**
     * @param random where token bytes come from: a {@link java.security.SecureRandom} in the application, a
     *               seeded one in tests
     */
    public SubscribingToFeed(FeedTokens tokens, Random random) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** The learner's token, issued now if their feed is off. */
    public FeedToken link(LearnerId learner) {
        return tokens.of(learner).orElseGet(() -> newLink(learner));
    }

    /** A new token for the learner; the previous one, if any, stops working. */
    public FeedToken newLink(LearnerId learner) {
        FeedToken token = fresh();
        tokens.replace(learner, token);
        return token;
    }

    /** Turns the learner's feed off; returns false when it was already off. */
    public boolean turnOff(LearnerId learner) {
        if (tokens.of(learner).isEmpty()) {
            return false;
        }
        tokens.revoke(learner);
        return true;
    }

    /** The learner's current token, without issuing one. */
    public Optional<FeedToken> current(LearnerId learner) {
        return tokens.of(learner);
    }

    private FeedToken fresh() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return new FeedToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }
}
