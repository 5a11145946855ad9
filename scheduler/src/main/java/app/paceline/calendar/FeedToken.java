package app.paceline.calendar;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret part of a learner's calendar feed address ({@code /calendar/<token>.ics}): URL-safe base64 of random
 * bytes. Whoever has it can read that learner's calendar, so it is never printed: {@link #toString()} hides it.
 */
public record FeedToken(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{22,86}");

    public FeedToken {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a feed token is 22-86 URL-safe base64 characters");
        }
    }

    /** The token the text is, or empty when it cannot be one (so a lookup is not even tried); never throws. */
    public static Optional<FeedToken> parse(String text) {
        return text != null && SHAPE.matcher(text).matches() ? Optional.of(new FeedToken(text)) : Optional.empty();
    }

    @Override
    public String toString() {
        return "FeedToken[hidden]";
    }
}
