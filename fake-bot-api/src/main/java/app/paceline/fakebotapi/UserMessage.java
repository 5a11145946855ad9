package app.paceline.fakebotapi;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A message a fake user sent (or edited) to the bot, with the Message JSON the bot receives in its update.
 *
 * @param chatId the chat it was sent in
 * @param messageId its id within the chat
 * @param fromId the sender's user id
 * @param text its text or caption, or null
 * @param json the Bot API Message object
 */
public record UserMessage(long chatId, int messageId, long fromId, String text, JsonNode json) {
}
