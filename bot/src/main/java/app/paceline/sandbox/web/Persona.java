package app.paceline.sandbox.web;

/**
 * Someone the sandbox's visitor can chat as: a fake Telegram user and the chat they talk to the bot in (their
 * private chat, or the course's group).
 *
 * @param key        short stable name used in URLs, e.g. {@code tokyo}
 * @param userId     the fake Telegram user id
 * @param firstName  the name Telegram shows
 * @param language   the Telegram language code the bot answers in
 * @param role       one line saying who this is, shown on the page
 * @param chatId     the chat they write in: their own id in private, the group's (negative) id in the group
 * @param chatTitle  what the chat is called on the page
 */
public record Persona(String key, long userId, String firstName, String language, String role, long chatId,
                      String chatTitle) {

    public boolean inGroup() {
        return chatId < 0;
    }
}
