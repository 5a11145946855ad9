package app.paceline.fakebotapi;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A fake group or supergroup with its members and the bot's membership. */
public final class FakeGroup {

  private static final FakeUser SOMEONE = new FakeUser(777000L, "Telegram", null, null);

  private final World world;
  private final World.ChatState chat;

  FakeGroup(World world, World.ChatState chat) {
    this.world = world;
    this.chat = chat;
  }

  public long id() {
    return chat.id;
  }

  public String title() {
    return chat.title;
  }

  /** Sets a member's status (creator, administrator, member, restricted, left, kicked); emits chat_member. */
  public FakeGroup member(FakeUser user, String status) {
    world.setMember(chat, user, status);
    return this;
  }

  public Map<Long, String> members() {
    synchronized (world) {
      return Map.copyOf(chat.members);
    }
  }

  /** A member writes to the group (joining it as a plain member if they were not in it). */
  public UserMessage send(FakeUser from, String text) {
    world.register(from);
    return world.userSends(chat, from, false, text, "text", null);
  }

  /** An anonymous admin writes: sender_chat is the group and from is GroupAnonymousBot. */
  public UserMessage sendAsGroup(String text) {
    return world.userSends(chat, null, true, text, "text", null);
  }

  public UserMessage sendDocument(FakeUser from, String fileName, String mimeType, byte[] bytes) {
    world.register(from);
    World.StoredFile file = world.storeFile("document", fileName, mimeType, bytes);
    return world.userSends(chat, from, false, null, "document", file);
  }

  /** A member presses an inline button of a bot message; returns the callback query id. */
  public String pressButton(FakeUser from, BotMessage message, String callbackData) {
    world.register(from);
    return world.press(chat, from, message.messageId(), callbackData);
  }

  /**
   * A member sends a callback query with any data for any bot message, as a modified client can (or a learner
   * replaying an admin's button): for testing that the bot validates and authorizes callback data again.
   */
  public String forgeButtonPress(FakeUser from, BotMessage message, String callbackData) {
    world.register(from);
    return world.press(chat, from, message.messageId(), callbackData, true);
  }

  /** An admin deletes a message, e.g. one the bot sent: the bot can no longer edit or pin it. */
  public void deleteMessage(BotMessage message) {
    world.deleteMessage(chat, message.messageId());
  }

  /** Changes the bot's status (member, administrator, left, kicked...), done by the first admin; my_chat_member. */
  public void addBot(String status) {
    world.setBotStatus(chat, admin(), status);
  }

  public void addBot(FakeUser by, String status) {
    world.setBotStatus(chat, by, status);
  }

  /** An admin removes the bot: my_chat_member with status kicked, and sends answer 403. */
  public void kickBot() {
    world.setBotStatus(chat, admin(), "kicked");
  }

  public String botStatus() {
    synchronized (world) {
      return chat.botStatus;
    }
  }

  public List<BotMessage> botMessages() {
    return world.botMessages(chat.id);
  }

  public List<BotMessage> awaitBotMessages(int count, Duration timeout) {
    return world.awaitBotMessages(chat.id, count, timeout);
  }

  private FakeUser admin() {
    synchronized (world) {
      Long fallback = null;
      for (Map.Entry<Long, String> member : chat.members.entrySet()) {
        if (member.getValue().equals("creator") || member.getValue().equals("administrator")) {
          return world.users.get(member.getKey());
        }
        if (fallback == null) {
          fallback = member.getKey();
        }
      }
      return fallback == null ? SOMEONE : world.users.get(fallback);
    }
  }
}
