package app.paceline.delivery;

import java.time.Duration;

/**
 * What happened when a message was handed to Telegram, in the engine's terms. The Telegram adapter maps every
 * error to one of these; no Telegram exception reaches the engine.
 */
public sealed interface DeliveryOutcome {

    /** Accepted by Telegram. */
    record Sent() implements DeliveryOutcome {
    }

    /** 429: wait exactly this long before sending to this chat again. */
    record RetryAfter(Duration retryAfter) implements DeliveryOutcome {
    }

    /** 5xx, a timeout or a network error: worth trying again later. */
    record Transient(String reason) implements DeliveryOutcome {
    }

    /** 403 blocked / deactivated / kicked, 400 chat not found: stop writing to this chat until it comes back. */
    record Unreachable(String reason) implements DeliveryOutcome {
    }

    /**
     * Not sent: what the message shows is not in the store yet. The action that planned it writes it a moment later
     * (a broadcast's text is recorded right after its messages are planned); try again shortly, without pausing
     * anything else.
     */
    record NotReady(String reason) implements DeliveryOutcome {
    }

    /** Will never succeed as it is (too long, bad markup, nothing to render it with). */
    record Rejected(String reason) implements DeliveryOutcome {
    }
}
