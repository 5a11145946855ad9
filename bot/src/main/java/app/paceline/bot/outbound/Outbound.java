package app.paceline.bot.outbound;

import java.util.Objects;

/**
 * What the bot does in answer, as values: commands and conversations return these, and the Telegram edge carries
 * them out in order. Texts are already rendered from prompts (Telegram HTML).
 */
public sealed interface Outbound {

    /** A new message in a chat. */
    record Reply(long chatId, String html, Keyboard keyboard) implements Outbound {
        public Reply {
            Objects.requireNonNull(html, "html");
            Objects.requireNonNull(keyboard, "keyboard");
        }

        public static Reply of(long chatId, String html) {
            return new Reply(chatId, html, Keyboard.none());
        }
    }

    /** Replaces the buttons under one of our messages; an empty keyboard removes them. */
    record EditButtons(long chatId, int messageId, Keyboard.Inline keyboard) implements Outbound {
    }

    /**
     * Acknowledges a button press (Telegram shows a spinner until we do).
     *
     * @param toast a short plain-text notice shown to the user, or empty for none
     */
    record AnswerPress(String callbackId, String toast) implements Outbound {
        public AnswerPress {
            toast = toast == null ? "" : toast;
        }
    }
}
