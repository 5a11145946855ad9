package app.paceline.fakebotapi;

import java.time.Duration;
import java.util.List;

/** A fake user's private chat with the bot; its id is the user's id. */
public final class FakePrivateChat {

  /** A tiny valid JPEG-like payload for photos where the content does not matter. */
  private static final byte[] SAMPLE_PHOTO = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9};
  private static final byte[] SAMPLE_STICKER = {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P'};

  private final World world;
  private final World.ChatState chat;

  FakePrivateChat(World world, World.ChatState chat) {
    this.world = world;
    this.chat = chat;
  }

  public long id() {
    return chat.id;
  }

  public FakeUser user() {
    return chat.user;
  }

  /** Whether the user has ever written to the bot, which is when Telegram lets the bot write back. */
  public boolean started() {
    synchronized (world) {
      return chat.started;
    }
  }

  /** Sends a text (or a command such as {@code /start}) to the bot. */
  public UserMessage send(String text) {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("Telegram clients do not send empty messages");
    }
    return world.userSends(chat, chat.user, false, text, "text", null);
  }

  /** Presses an inline button of a bot message and returns the callback query id. */
  public String pressButton(BotMessage message, String callbackData) {
    return world.press(chat, chat.user, message.messageId(), callbackData);
  }

  public String pressButton(int messageId, String callbackData) {
    return world.press(chat, chat.user, messageId, callbackData);
  }

  /**
   * Sends a callback query with any data for any bot message, as a modified client can: for testing that the bot
   * validates callback data instead of trusting it.
   */
  public String forgeButtonPress(BotMessage message, String callbackData) {
    return world.press(chat, chat.user, message.messageId(), callbackData, true);
  }

  /** Uploads a document with an optional caption. */
  public UserMessage sendDocument(String fileName, String mimeType, byte[] bytes, String caption) {
    World.StoredFile file = world.storeFile("document", fileName, mimeType, bytes);
    return world.userSends(chat, chat.user, false, caption, "document", file);
  }

  public UserMessage sendDocument(String fileName, String mimeType, byte[] bytes) {
    return sendDocument(fileName, mimeType, bytes, null);
  }

  public UserMessage sendPhoto(byte[] bytes) {
    World.StoredFile file = world.storeFile("photo", null, "image/jpeg", bytes);
    return world.userSends(chat, chat.user, false, null, "photo", file);
  }

  public UserMessage sendPhoto() {
    return sendPhoto(SAMPLE_PHOTO);
  }

  public UserMessage sendSticker() {
    World.StoredFile file = world.storeFile("sticker", null, "image/webp", SAMPLE_STICKER);
    return world.userSends(chat, chat.user, false, null, "sticker", file);
  }

  /** Edits one of the user's own text messages, producing an edited_message update. */
  public UserMessage editText(UserMessage message, String newText) {
    return world.userEdits(chat, message.messageId(), newText);
  }

  /** The user blocks the bot: a my_chat_member update, and every send answers 403 until unblocked. */
  public void blockBot() {
    world.setBlocked(chat, true);
  }

  public void unblockBot() {
    world.setBlocked(chat, false);
  }

  public List<BotMessage> botMessages() {
    return world.botMessages(chat.id);
  }

  public List<BotMessage> awaitBotMessages(int count, Duration timeout) {
    return world.awaitBotMessages(chat.id, count, timeout);
  }
}
