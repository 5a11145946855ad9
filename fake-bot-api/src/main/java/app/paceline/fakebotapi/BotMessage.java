package app.paceline.fakebotapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A snapshot of a message the bot sent, as the fake currently knows it (edits, deletion and pinning included).
 *
 * @param seq a server-wide sequence number that grows whenever any bot message is sent or changed
 * @param chatId the chat the message is in
 * @param messageId the message id within the chat
 * @param kind {@code text}, {@code document} or {@code photo}
 * @param text the plain text (or caption) after entity parsing
 * @param rawText the text exactly as the bot sent it, markup included
 * @param parseMode the parse_mode the bot used, or null
 * @param entities the parsed entities, an empty array when none
 * @param replyMarkup the reply_markup the bot sent (inline, reply keyboard, remove or force reply), or null
 * @param replyToMessageId the message this one replies to, or null
 * @param sentAt when it was sent, by the options' clock
 * @param editedAt when it was last edited, or null
 * @param deleted whether the bot deleted it
 * @param pinned whether it is pinned
 * @param fileName the document's file name, or null
 * @param mimeType the document's MIME type, or null
 * @param fileBytes the document or photo bytes, or null
 */
public record BotMessage(long seq, long chatId, int messageId, String kind, String text, String rawText,
    String parseMode, JsonNode entities, JsonNode replyMarkup, Integer replyToMessageId, Instant sentAt,
    Instant editedAt, boolean deleted, boolean pinned, String fileName, String mimeType, byte[] fileBytes) {

  /** Returns the callback_data of every inline button, row by row. */
  public List<String> callbackData() {
    return inlineButtons("callback_data");
  }

  /** Returns the text of every inline button, row by row. */
  public List<String> buttonTexts() {
    return inlineButtons("text");
  }

  private List<String> inlineButtons(String field) {
    List<String> values = new ArrayList<>();
    if (replyMarkup != null && replyMarkup.path("inline_keyboard").isArray()) {
      for (JsonNode row : replyMarkup.get("inline_keyboard")) {
        for (JsonNode button : row) {
          if (button.hasNonNull(field)) {
            values.add(button.get(field).asText());
          }
        }
      }
    }
    return values;
  }
}
