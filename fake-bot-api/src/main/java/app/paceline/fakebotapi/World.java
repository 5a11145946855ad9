package app.paceline.fakebotapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything the fake Telegram knows: users, chats, messages, files, pending updates and the bot's settings.
 *
 * <p>One monitor (this object) guards all of it. Telegram's semantics are sequential per bot anyway, a single lock
 * keeps every cross-object invariant trivially consistent, and waiting for updates, messages or answers is plain
 * {@code wait}/{@code notifyAll} on the same monitor.
 */
final class World {

  /** Update types Telegram sends when allowed_updates is empty or was never set. */
  private static final Set<String> OPT_IN_UPDATES = Set.of("chat_member", "message_reaction",
      "message_reaction_count");

  static final class ChatState {
    final long id;
    final String type;
    final String title;
    final FakeUser user;
    boolean started;
    boolean botBlocked;
    String botStatus = "member";
    final Map<Long, String> members = new LinkedHashMap<>();
    final TreeMap<Integer, MessageState> messages = new TreeMap<>();
    int nextMessageId = 1;

    ChatState(long id, String type, String title, FakeUser user) {
      this.id = id;
      this.type = type;
      this.title = title;
      this.user = user;
    }

    boolean isPrivate() {
      return type.equals("private");
    }
  }

  static final class MessageState {
    final long chatId;
    final int id;
    final boolean fromBot;
    final FakeUser from;
    final boolean anonymousAdmin;
    final Instant sentAt;
    final long date;
    String kind = "text";
    String rawText;
    String text;
    String parseMode;
    ArrayNode entities = Json.array();
    JsonNode replyMarkup;
    Integer replyTo;
    StoredFile file;
    Instant editedAt;
    boolean deleted;
    boolean pinned;
    long seq;

    MessageState(long chatId, int id, boolean fromBot, FakeUser from, boolean anonymousAdmin, Instant sentAt) {
      this.chatId = chatId;
      this.id = id;
      this.fromBot = fromBot;
      this.from = from;
      this.anonymousAdmin = anonymousAdmin;
      this.sentAt = sentAt;
      this.date = sentAt.getEpochSecond();
    }
  }

  record StoredFile(String fileId, String uniqueId, String path, String fileName, String mimeType, byte[] bytes) {
  }

  record PendingUpdate(long id, String type, ObjectNode json) {
  }

  record Webhook(String url, String secretToken, int maxConnections) {
  }

  final FakeBotApi.Options options;
  final FakeUser bot;
  final Map<Long, FakeUser> users = new HashMap<>();
  final Map<Long, ChatState> chats = new HashMap<>();
  final Deque<PendingUpdate> updates = new ArrayDeque<>();
  final Map<String, StoredFile> filesById = new HashMap<>();
  final Map<String, StoredFile> filesByPath = new HashMap<>();
  final Map<String, JsonNode> commands = new HashMap<>();
  final Map<String, CallbackAnswer> callbackAnswers = new HashMap<>();
  final Deque<RecordedCall> calls = new ArrayDeque<>();
  /** Webhook delivery attempts, oldest first, as many as recorded calls at most. */
  final Deque<WebhookDelivery> webhookDeliveries = new ArrayDeque<>();
  /** Bot messages by their current sequence number, so that readers polling by sequence need not scan them all. */
  private final TreeMap<Long, MessageState> botMessagesBySeq = new TreeMap<>();
  Set<String> allowedUpdates;
  Webhook webhook;
  String lastWebhookError;
  long lastWebhookErrorDate;
  long pollGeneration;
  boolean closed;
  private long nextUpdateId = 1;
  private long nextFile = 1;
  private long nextCallback = 1;
  private long seq;

  World(FakeBotApi.Options options) {
    this.options = options;
    this.bot = new FakeUser(options.botId(), options.botFirstName(), options.botUsername(), null);
  }

  Instant now() {
    return options.clock().instant();
  }

  // ---- registration ---------------------------------------------------------------------------------------------

  synchronized FakeUser register(FakeUser user) {
    users.put(user.id(), user);
    return user;
  }

  synchronized ChatState privateChat(FakeUser user) {
    register(user);
    return chats.computeIfAbsent(user.id(), id -> new ChatState(id, "private", null, user));
  }

  synchronized ChatState startedChat(FakeUser user) {
    ChatState chat = privateChat(user);
    chat.started = true;
    return chat;
  }

  synchronized ChatState group(long id, String title) {
    if (id >= 0) {
      throw new IllegalArgumentException("group chat ids are negative, got " + id);
    }
    // Telegram's supergroup ids are "-100" followed by the channel id; basic groups have other negative ids.
    String type = Long.toString(id).startsWith("-100") ? "supergroup" : "group";
    return chats.computeIfAbsent(id, ignored -> new ChatState(id, type, title, null));
  }

  // ---- JSON rendering -------------------------------------------------------------------------------------------

  ObjectNode userJson(FakeUser user) {
    ObjectNode node = Json.object();
    node.put("id", user.id());
    node.put("is_bot", user == bot || user.equals(FakeUser.GROUP_ANONYMOUS_BOT));
    node.put("first_name", user.firstName());
    if (user.username() != null) {
      node.put("username", user.username());
    }
    if (user.languageCode() != null) {
      node.put("language_code", user.languageCode());
    }
    return node;
  }

  ObjectNode chatJson(ChatState chat) {
    ObjectNode node = Json.object();
    node.put("id", chat.id);
    node.put("type", chat.type);
    if (chat.isPrivate()) {
      node.put("first_name", chat.user.firstName());
      if (chat.user.username() != null) {
        node.put("username", chat.user.username());
      }
    } else {
      node.put("title", chat.title);
    }
    return node;
  }

  ObjectNode messageJson(MessageState message) {
    return messageJson(message, true);
  }

  private ObjectNode messageJson(MessageState message, boolean withReply) {
    ChatState chat = chats.get(message.chatId);
    ObjectNode node = Json.object();
    node.put("message_id", message.id);
    if (message.anonymousAdmin) {
      node.set("from", userJson(FakeUser.GROUP_ANONYMOUS_BOT));
      node.set("sender_chat", chatJson(chat));
    } else {
      node.set("from", userJson(message.fromBot ? bot : message.from));
    }
    node.set("chat", chatJson(chat));
    node.put("date", message.date);
    if (message.editedAt != null) {
      node.put("edit_date", message.editedAt.getEpochSecond());
    }
    if (withReply && message.replyTo != null) {
      MessageState replied = chat.messages.get(message.replyTo);
      if (replied != null && !replied.deleted) {
        node.set("reply_to_message", messageJson(replied, false));
      }
    }
    switch (message.kind) {
      case "document" -> node.set("document", documentJson(message.file));
      case "photo" -> node.putArray("photo").add(photoJson(message.file));
      case "sticker" -> node.set("sticker", stickerJson(message.file));
      default -> {
      }
    }
    if (message.text != null) {
      boolean caption = !message.kind.equals("text");
      node.put(caption ? "caption" : "text", message.text);
      if (!message.entities.isEmpty()) {
        node.set(caption ? "caption_entities" : "entities", message.entities);
      }
    }
    // Telegram echoes only inline keyboards; TelegramBots types Message.reply_markup as InlineKeyboardMarkup.
    if (message.replyMarkup != null && message.replyMarkup.has("inline_keyboard")) {
      node.set("reply_markup", message.replyMarkup);
    }
    return node;
  }

  ObjectNode documentJson(StoredFile file) {
    ObjectNode node = fileJson(file, false);
    if (file.fileName() != null) {
      node.put("file_name", file.fileName());
    }
    if (file.mimeType() != null) {
      node.put("mime_type", file.mimeType());
    }
    return node;
  }

  private ObjectNode photoJson(StoredFile file) {
    ObjectNode node = fileJson(file, false);
    node.put("width", 1280);
    node.put("height", 720);
    return node;
  }

  private ObjectNode stickerJson(StoredFile file) {
    ObjectNode node = fileJson(file, false);
    node.put("type", "regular");
    node.put("width", 512);
    node.put("height", 512);
    node.put("is_animated", false);
    node.put("is_video", false);
    node.put("emoji", "👍");
    return node;
  }

  ObjectNode fileJson(StoredFile file, boolean withPath) {
    ObjectNode node = Json.object();
    node.put("file_id", file.fileId());
    node.put("file_unique_id", file.uniqueId());
    node.put("file_size", file.bytes().length);
    if (withPath) {
      node.put("file_path", file.path());
    }
    return node;
  }

  ObjectNode chatMemberJson(FakeUser user, String status) {
    ObjectNode node = Json.object();
    node.put("status", status);
    node.set("user", userJson(user));
    switch (status) {
      case "creator" -> node.put("is_anonymous", false);
      case "administrator" -> {
        node.put("can_be_edited", false);
        node.put("is_anonymous", false);
        for (String right : List.of("can_manage_chat", "can_delete_messages", "can_manage_video_chats",
            "can_restrict_members", "can_change_info", "can_invite_users", "can_pin_messages")) {
          node.put(right, true);
        }
        for (String right : List.of("can_promote_members", "can_post_stories", "can_edit_stories",
            "can_delete_stories")) {
          node.put(right, false);
        }
      }
      case "restricted" -> {
        node.put("is_member", true);
        for (String right : List.of("can_send_messages", "can_send_audios", "can_send_documents",
            "can_send_photos", "can_send_videos", "can_send_video_notes", "can_send_voice_notes", "can_send_polls",
            "can_send_other_messages", "can_add_web_page_previews", "can_change_info", "can_invite_users",
            "can_pin_messages", "can_manage_topics")) {
          node.put(right, false);
        }
        node.put("until_date", 0);
      }
      case "kicked" -> node.put("until_date", 0);
      default -> {
      }
    }
    return node;
  }

  // ---- updates --------------------------------------------------------------------------------------------------

  boolean allowed(String type) {
    return allowedUpdates == null ? !OPT_IN_UPDATES.contains(type) : allowedUpdates.contains(type);
  }

  /** Queues an update unless the bot's allowed_updates excludes its type (Telegram never creates those). */
  synchronized void enqueue(String type, JsonNode payload) {
    if (!allowed(type)) {
      return;
    }
    ObjectNode update = Json.object();
    long id = nextUpdateId++;
    update.put("update_id", id);
    update.set(type, payload);
    updates.addLast(new PendingUpdate(id, type, update));
    notifyAll();
  }

  synchronized void setAllowedUpdates(Set<String> allowed) {
    allowedUpdates = allowed;
    updates.removeIf(update -> !allowed(update.type()));
  }

  // ---- user actions ---------------------------------------------------------------------------------------------

  synchronized UserMessage userSends(ChatState chat, FakeUser from, boolean anonymousAdmin, String text,
      String kind, StoredFile file) {
    if (chat.isPrivate()) {
      if (chat.botBlocked) {
        // Pressing "Restart" in a chat with a blocked bot unblocks it before the message goes out.
        chat.botBlocked = false;
        myChatMember(chat, from, "kicked", "member");
      }
      chat.started = true;
    } else if (from != null && !chat.members.containsKey(from.id())) {
      chat.members.put(from.id(), "member");
    }
    MessageState message = new MessageState(chat.id, chat.nextMessageId++, false, from, anonymousAdmin, now());
    message.kind = kind;
    message.file = file;
    message.text = text;
    if (text != null && kind.equals("text")) {
      message.entities = commandEntity(text);
    }
    chat.messages.put(message.id, message);
    ObjectNode json = messageJson(message);
    if (!chat.isPrivate() && ("left".equals(chat.botStatus) || "kicked".equals(chat.botStatus))) {
      // A bot that is not in the group sees nothing of it.
      return new UserMessage(chat.id, message.id, senderId(message), text, json);
    }
    enqueue("message", json);
    return new UserMessage(chat.id, message.id, senderId(message), text, json);
  }

  private long senderId(MessageState message) {
    return message.anonymousAdmin ? FakeUser.GROUP_ANONYMOUS_BOT.id() : message.from.id();
  }

  private static ArrayNode commandEntity(String text) {
    ArrayNode entities = Json.array();
    if (text.startsWith("/") && text.length() > 1) {
      int end = 1;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      ObjectNode entity = entities.addObject();
      entity.put("type", "bot_command");
      entity.put("offset", 0);
      entity.put("length", end);
    }
    return entities;
  }

  synchronized UserMessage userEdits(ChatState chat, int messageId, String newText) {
    MessageState message = chat.messages.get(messageId);
    if (message == null || message.fromBot || message.deleted || !message.kind.equals("text")) {
      throw new IllegalArgumentException("no user text message " + messageId + " in chat " + chat.id);
    }
    message.text = newText;
    message.entities = commandEntity(newText);
    message.editedAt = now();
    ObjectNode json = messageJson(message);
    enqueue("edited_message", json);
    return new UserMessage(chat.id, message.id, senderId(message), newText, json);
  }

  synchronized String press(ChatState chat, FakeUser from, int messageId, String data) {
    return press(chat, from, messageId, data, false);
  }

  /**
   * A callback query for a bot message. {@code forged} skips the check that the message has such a button: a
   * modified client can send any callback data for any message, and the bot must cope.
   */
  synchronized String press(ChatState chat, FakeUser from, int messageId, String data, boolean forged) {
    MessageState message = chat.messages.get(messageId);
    if (message == null || !message.fromBot || message.deleted) {
      throw new IllegalArgumentException("no bot message " + messageId + " in chat " + chat.id);
    }
    List<String> buttons = snapshot(message).callbackData();
    if (!forged && !buttons.contains(data)) {
      throw new IllegalArgumentException("message " + messageId + " has no button with callback_data '" + data
          + "'; it has " + buttons);
    }
    String id = Long.toString(4_000_000_000_000_000L + nextCallback++);
    ObjectNode query = Json.object();
    query.put("id", id);
    query.set("from", userJson(from));
    query.set("message", messageJson(message));
    query.put("chat_instance", Long.toString(Math.abs(chat.id * 7919L + 104729L)));
    query.put("data", data);
    callbackAnswers.put(id, null);
    enqueue("callback_query", query);
    return id;
  }

  synchronized void setBotStatus(ChatState chat, FakeUser by, String status) {
    String old = chat.botStatus;
    chat.botStatus = status;
    myChatMember(chat, by, old, status);
  }

  synchronized void setBlocked(ChatState chat, boolean blocked) {
    if (chat.botBlocked == blocked) {
      return;
    }
    chat.botBlocked = blocked;
    myChatMember(chat, chat.user, blocked ? "member" : "kicked", blocked ? "kicked" : "member");
  }

  synchronized void setMember(ChatState chat, FakeUser user, String status) {
    register(user);
    String old = chat.members.getOrDefault(user.id(), "left");
    chat.members.put(user.id(), status);
    if (!old.equals(status)) {
      ObjectNode change = memberChange(chat, user, user, old, status);
      enqueue("chat_member", change);
    }
  }

  private void myChatMember(ChatState chat, FakeUser by, String oldStatus, String newStatus) {
    enqueue("my_chat_member", memberChange(chat, by, bot, oldStatus, newStatus));
  }

  private ObjectNode memberChange(ChatState chat, FakeUser by, FakeUser member, String oldStatus,
      String newStatus) {
    ObjectNode change = Json.object();
    change.set("chat", chatJson(chat));
    change.set("from", userJson(by));
    change.put("date", now().getEpochSecond());
    change.set("old_chat_member", chatMemberJson(member, oldStatus));
    change.set("new_chat_member", chatMemberJson(member, newStatus));
    return change;
  }

  // ---- bot messages ---------------------------------------------------------------------------------------------

  /** Someone (an admin, in a group) deletes a message: it is gone for the bot too, and no longer pinned. */
  synchronized void deleteMessage(ChatState chat, int messageId) {
    MessageState message = chat.messages.get(messageId);
    if (message == null || message.deleted) {
      throw new IllegalArgumentException("no message " + messageId + " in chat " + chat.id);
    }
    message.deleted = true;
    message.pinned = false;
    if (message.fromBot) {
      touch(message);
    }
  }

  synchronized MessageState newBotMessage(ChatState chat) {
    MessageState message = new MessageState(chat.id, chat.nextMessageId++, true, bot, false, now());
    chat.messages.put(message.id, message);
    return message;
  }

  /** Marks a bot message as changed so sequence-based readers see it again, and wakes waiters. */
  synchronized void touch(MessageState message) {
    if (message.seq > 0) {
      botMessagesBySeq.remove(message.seq);
    }
    message.seq = ++seq;
    if (message.fromBot) {
      botMessagesBySeq.put(message.seq, message);
    }
    notifyAll();
  }

  BotMessage snapshot(MessageState m) {
    StoredFile file = m.file;
    return new BotMessage(m.seq, m.chatId, m.id, m.kind, m.text, m.rawText, m.parseMode, m.entities.deepCopy(),
        m.replyMarkup == null ? null : m.replyMarkup.deepCopy(), m.replyTo, m.sentAt, m.editedAt, m.deleted,
        m.pinned, file == null ? null : file.fileName(), file == null ? null : file.mimeType(),
        file == null ? null : file.bytes().clone());
  }

  synchronized List<BotMessage> botMessages(long chatId) {
    ChatState chat = chats.get(chatId);
    List<BotMessage> result = new ArrayList<>();
    if (chat != null) {
      for (MessageState message : chat.messages.values()) {
        if (message.fromBot) {
          result.add(snapshot(message));
        }
      }
    }
    return result;
  }

  synchronized List<BotMessage> awaitBotMessages(long chatId, int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<BotMessage> messages = botMessages(chatId);
      if (messages.size() >= count) {
        return messages;
      }
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0 || closed) {
        throw new AssertionError("expected the bot to send at least " + count + " message(s) to chat " + chatId
            + " within " + timeout + " but it sent " + messages.size() + ": " + describe(messages));
      }
      waitNanos(remaining);
    }
  }

  /** Bot messages (in any chat when chatId is null) sent or changed after the sequence number. */
  synchronized List<BotMessage> botMessagesAfter(Long chatId, long after, Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      List<BotMessage> result = new ArrayList<>();
      for (MessageState message : botMessagesBySeq.tailMap(after, false).values()) {
        if (chatId == null || message.chatId == chatId) {
          result.add(snapshot(message));
        }
      }
      long remaining = deadline - System.nanoTime();
      if (!result.isEmpty() || remaining <= 0 || closed) {
        result.sort((a, b) -> Long.compare(a.seq(), b.seq()));
        return result;
      }
      waitNanos(remaining);
    }
  }

  synchronized CallbackAnswer awaitCallbackAnswer(String id, Duration timeout) {
    if (!callbackAnswers.containsKey(id)) {
      throw new IllegalArgumentException("unknown callback query " + id);
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    while (callbackAnswers.get(id) == null) {
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0 || closed) {
        throw new AssertionError("the bot did not answer callback query " + id + " within " + timeout);
      }
      waitNanos(remaining);
    }
    return callbackAnswers.get(id);
  }

  void waitNanos(long nanos) {
    try {
      long millis = Math.max(1, nanos / 1_000_000);
      wait(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting", e);
    }
  }

  private static String describe(List<BotMessage> messages) {
    List<String> texts = new ArrayList<>();
    for (BotMessage message : messages) {
      texts.add("#" + message.messageId() + " " + message.kind() + " \"" + message.text() + "\""
          + (message.deleted() ? " (deleted)" : ""));
    }
    return texts.toString();
  }

  // ---- files and calls ------------------------------------------------------------------------------------------

  synchronized StoredFile storeFile(String kind, String fileName, String mimeType, byte[] bytes) {
    long number = nextFile++;
    String prefix = switch (kind) {
      case "photo" -> "AgAC";
      case "sticker" -> "CAAC";
      default -> "BQAC";
    };
    String fileId = prefix + "AgFake" + number;
    String folder = switch (kind) {
      case "photo" -> "photos";
      case "sticker" -> "stickers";
      default -> "documents";
    };
    String extension = "";
    if (fileName != null && fileName.lastIndexOf('.') > 0) {
      extension = fileName.substring(fileName.lastIndexOf('.'));
    } else if (kind.equals("photo")) {
      extension = ".jpg";
    } else if (kind.equals("sticker")) {
      extension = ".webp";
    }
    StoredFile file = new StoredFile(fileId, "AQAD" + number, folder + "/file_" + number + extension, fileName,
        mimeType, bytes.clone());
    filesById.put(fileId, file);
    filesByPath.put(file.path(), file);
    return file;
  }

  synchronized void record(RecordedCall call) {
    calls.addLast(call);
    while (calls.size() > options.maxRecordedCalls()) {
      calls.removeFirst();
    }
    notifyAll();
  }

  synchronized void recordDelivery(WebhookDelivery delivery) {
    webhookDeliveries.addLast(delivery);
    while (webhookDeliveries.size() > options.maxRecordedCalls()) {
      webhookDeliveries.removeFirst();
    }
  }

  synchronized List<RecordedCall> calls(String method) {
    List<RecordedCall> result = new ArrayList<>();
    for (RecordedCall call : calls) {
      if (method == null || call.method().equalsIgnoreCase(method)) {
        result.add(call);
      }
    }
    return result;
  }

  synchronized void close() {
    closed = true;
    notifyAll();
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
