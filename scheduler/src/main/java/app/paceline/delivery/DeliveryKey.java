package app.paceline.delivery;

import java.util.regex.Pattern;

/**
 * The identity of one planned message, derived from what it is about, e.g. {@code drip:<enrollment>:<day>} or
 * {@code nudge:<session>:<learner>:PT15M}. Planning the same key again updates the pending message instead of
 * adding one; a key that was delivered is never delivered again, so a planner that wants a new message (a session
 * moved to another day) must use a new key (include the occurrence's start in it).
 */
public record DeliveryKey(String value) {

    private static final Pattern SHAPE = Pattern.compile("[\\x21-\\x7e]{1,200}");

    public DeliveryKey {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a delivery key is 1-200 printable ASCII characters without spaces: " + value);
        }
    }

    public static DeliveryKey of(String... parts) {
        return new DeliveryKey(String.join(":", parts));
    }

    @Override
    public String toString() {
        return value;
    }
}
