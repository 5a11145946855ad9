package app.paceline.learner;

/**
 * A learner's Telegram user id. A learner's private chat with the bot has the same id, so it is also where the
 * bot writes to them.
 */
public record LearnerId(long value) {

    public LearnerId {
        if (value <= 0) {
            throw new IllegalArgumentException("a Telegram user id is positive, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
