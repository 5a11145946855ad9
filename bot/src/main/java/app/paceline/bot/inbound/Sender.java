package app.paceline.bot.inbound;

/**
 * Who wrote: a Telegram user, or a group's anonymous admin writing as the group itself.
 *
 * @param languageCode the user's Telegram client language (IETF tag, may be empty)
 * @param asGroup      true for an anonymous group admin: {@code userId} is then unknown (0) and the sender can only
 *                     be trusted as "some admin of this group"
 */
public record Sender(long userId, String firstName, String languageCode, boolean asGroup) {

    public Sender {
        firstName = firstName == null ? "" : firstName;
        languageCode = languageCode == null ? "" : languageCode;
    }

    public static Sender user(long userId, String firstName, String languageCode) {
        return new Sender(userId, firstName, languageCode, false);
    }

    public static Sender anonymousAdmin() {
        return new Sender(0, "", "", true);
    }
}
