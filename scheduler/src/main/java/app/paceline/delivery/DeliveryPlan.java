package app.paceline.delivery;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a planner asks for: send this, to them, at that instant. The engine knows nothing of words: the payload
 * holds the values the bot needs to render the message in the recipient's language.
 *
 * @param due     when the message should go out (UTC)
 * @param sendBy  never send at or after this instant (a session's start, a deadline): a late message is dropped
 * @param bundle  messages with the same bundle for the same recipient that are due together are sent as one
 *                catch-up message instead of a flood, e.g. {@code drip:<enrollment>}
 * @param payload values for rendering; small (a few short strings)
 * @param paid    may use Telegram's paid broadcast limit (up to 1000 messages a second, charged in Stars)
 */
public record DeliveryPlan(DeliveryKey key, Recipient recipient, DeliveryKind kind, Instant due,
                           Optional<Instant> sendBy, Optional<String> bundle, Map<String, String> payload, boolean paid) {

    public DeliveryPlan {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(sendBy, "sendBy");
        Objects.requireNonNull(bundle, "bundle");
        payload = Map.copyOf(payload);
    }

    /** A plain message due at {@code due}, with no deadline, no bundling and normal limits. */
    public static DeliveryPlan of(DeliveryKey key, Recipient recipient, DeliveryKind kind, Instant due, Map<String, String> payload) {
        return new DeliveryPlan(key, recipient, kind, due, Optional.empty(), Optional.empty(), payload, false);
    }

    public DeliveryPlan sendBy(Instant latest) {
        return new DeliveryPlan(key, recipient, kind, due, Optional.of(latest), bundle, payload, paid);
    }

    /** The same plan under another key. */
    public DeliveryPlan withKey(DeliveryKey other) {
        return new DeliveryPlan(other, recipient, kind, due, sendBy, bundle, payload, paid);
    }

    public DeliveryPlan bundledAs(String group) {
        return new DeliveryPlan(key, recipient, kind, due, sendBy, Optional.of(group), payload, paid);
    }

    public DeliveryPlan asPaidBroadcast() {
        return new DeliveryPlan(key, recipient, kind, due, sendBy, bundle, payload, true);
    }
}
