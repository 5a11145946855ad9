package app.paceline.bot.inbound;

/**
 * What a user did, in our own terms: the Telegram edge maps each update to one of these (or ignores it), and
 * commands and conversations only ever see these records.
 */
public sealed interface Inbound {

    long chatId();

    ChatKind chatKind();

    Sender sender();

    /**
     * A command such as {@code /timezone Berlin}.
     *
     * @param name      lower-case command name without the slash or {@code @bot} suffix
     * @param argument  the rest of the message, stripped; empty when none
     * @param addressed true when written as {@code /name@ourbot}, i.e. certainly meant for us
     */
    record Command(long chatId, ChatKind chatKind, Sender sender, int messageId, String name, String argument,
                   boolean addressed) implements Inbound {
    }

    /** Plain text, not a command. */
    record Text(long chatId, ChatKind chatKind, Sender sender, int messageId, String text) implements Inbound {
    }

    /** A press on one of our inline buttons; {@code data} is untrusted and must be validated again. */
    record ButtonPress(long chatId, ChatKind chatKind, Sender sender, String callbackId, int messageId, String data)
            implements Inbound {
    }

    /**
     * The bot's own membership in a chat changed: a learner blocked or restarted it, or it was added to or removed
     * from a group.
     *
     * @param present whether the bot can write to the chat now
     */
    record Membership(long chatId, ChatKind chatKind, Sender sender, boolean present, String status) implements Inbound {
    }

    /**
     * A file sent to the bot, such as a course file. Only its description: the content is fetched on demand, and
     * only by handlers that want it, within a size limit.
     *
     * @param fileId   Telegram's handle for downloading it
     * @param fileName as the sender named it (may be empty)
     * @param mimeType as the sender's client declared it (may be empty; not to be trusted)
     * @param size     in bytes, 0 when Telegram did not say
     */
    record Document(long chatId, ChatKind chatKind, Sender sender, int messageId, String fileId, String fileName,
                    String mimeType, long size) implements Inbound {
    }

    /** Anything we do not read (yet): a sticker, a photo, a voice note... {@code kind} names it for logs. */
    record Unsupported(long chatId, ChatKind chatKind, Sender sender, String kind) implements Inbound {
    }
}
