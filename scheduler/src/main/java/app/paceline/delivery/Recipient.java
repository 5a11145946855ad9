package app.paceline.delivery;

/**
 * Where a delivery goes: a learner's private chat (its id is the learner's user id) or a group.
 *
 * @param group true for a group or supergroup, whose limit is 20 messages a minute instead of one a second
 */
public record Recipient(long chatId, boolean group) {

    public static Recipient learner(long userId) {
        return new Recipient(userId, false);
    }

    public static Recipient group(long chatId) {
        return new Recipient(chatId, true);
    }
}
