package app.paceline.delivery;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing the engine decided about a delivery and why, kept with it (and in its history) so that "why did I
 * get this at 07:00" or "why did I never get it" has an answer.
 */
public record DeliveryDecision(Instant at, Verdict verdict, String reason) {

    public DeliveryDecision {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(verdict, "verdict");
        reason = reason == null ? "" : reason;
    }

    /** The kinds of decision; the final ones end a delivery. */
    public enum Verdict {
        /** Sent to Telegram and accepted. Final. */
        SENT(true),
        /** Sent as part of one catch-up message with others. Final. */
        BUNDLED(true),
        /** Not sent because it would have been too late to matter. Final. */
        DROPPED(true),
        /** Can never be sent (too long, bad markup, nothing to render it with). Final, counted. */
        DEAD_LETTERED(true),
        /** The recipient blocked the bot, left, or the chat is gone. Final. */
        UNREACHABLE(true),
        /** Withdrawn before it was sent (re-planned away, recipient unreachable). Final. */
        CANCELLED(true),
        /** Held back to the end of the recipient's quiet hours. */
        DEFERRED(false),
        /** Telegram or the network failed; tried again later. */
        RETRIED(false);

        private final boolean terminal;

        Verdict(boolean terminal) {
            this.terminal = terminal;
        }

        public boolean terminal() {
            return terminal;
        }
    }
}
