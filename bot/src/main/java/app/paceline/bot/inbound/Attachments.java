package app.paceline.bot.inbound;

/** Fetches the content of a file a user sent, within a size limit; implemented by the Telegram edge. */
public interface Attachments {

    Fetched fetch(String fileId, int maxBytes);

    /** What came of fetching a file. */
    sealed interface Fetched {
    }

    /** The file's bytes. */
    record Content(byte[] bytes) implements Fetched {
    }

    /** Larger than the limit; nothing was kept. */
    record TooLarge(int limit) implements Fetched {
    }

    /** Telegram or the network failed; the user may send it again. */
    record Failed(String reason) implements Fetched {
    }
}
