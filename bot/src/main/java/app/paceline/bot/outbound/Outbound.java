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
     * A picture sent as a photo (a chart), with a short caption under it.
     *
     * @param png      the image; PNG or JPEG
     * @param fileName how the upload is named, e.g. {@code stats-baker-2026.png}
     * @param caption  Telegram HTML, at most 1024 characters after parsing; empty for none
     */
    record Photo(long chatId, byte[] png, String fileName, String caption) implements Outbound {
        public Photo {
            png = png.clone();
            Objects.requireNonNull(fileName, "fileName");
            caption = caption == null ? "" : caption;
        }

        @Override
        public byte[] png() {
            return png.clone();
        }
    }

    /**
     * A file sent as a document (an export), with a short caption under it.
     *
     * @param bytes    the file's content
     * @param fileName its name as the user sees it (its extension tells Telegram the type), e.g. {@code baker-2026.csv}
     * @param caption  Telegram HTML, at most 1024 characters after parsing; empty for none
     */
    record Document(long chatId, byte[] bytes, String fileName, String caption) implements Outbound {
        public Document {
            bytes = bytes.clone();
            Objects.requireNonNull(fileName, "fileName");
            caption = caption == null ? "" : caption;
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
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
