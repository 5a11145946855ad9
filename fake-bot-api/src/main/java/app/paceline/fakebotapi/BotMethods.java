package app.paceline.fakebotapi;

import app.paceline.fakebotapi.World.ChatState;
import app.paceline.fakebotapi.World.MessageState;
import app.paceline.fakebotapi.World.StoredFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** The Bot API methods: validation like the real API, then the change to the {@link World}. */
final class BotMethods {

  static final Set<String> KNOWN = Set.of("getme", "logout", "close", "deletewebhook", "setwebhook",
      "getwebhookinfo", "getupdates", "sendmessage", "editmessagetext", "editmessagereplymarkup", "deletemessage",
      "answercallbackquery", "getchatmember", "getchat", "pinchatmessage", "unpinchatmessage",
      "unpinallchatmessages", "setmycommands", "getmycommands", "deletemycommands", "senddocument", "sendphoto",
      "getfile", "sendchataction");

  static final Set<String> SENDING = Set.of("sendmessage", "senddocument", "sendphoto");

  private static final int MAX_TEXT = 4096;
  private static final int MAX_CAPTION = 1024;
  private static final Pattern COMMAND = Pattern.compile("[a-z0-9_]{1,32}");
  private static final Set<String> BUTTON_ACTIONS = Set.of("callback_data", "url", "web_app", "login_url",
      "switch_inline_query", "switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "callback_game",
      "pay", "copy_text");
  private static final Map<String, String> MIME_TYPES = Map.of("yaml", "application/x-yaml", "yml",
      "application/x-yaml", "txt", "text/plain", "pdf", "application/pdf", "json", "application/json", "csv",
      "text/csv", "ics", "text/calendar", "png", "image/png", "jpg", "image/jpeg", "zip", "application/zip");

  private final World world;
  private final RateLimiter rateLimiter;

  BotMethods(World world, RateLimiter rateLimiter) {
    this.world = world;
    this.rateLimiter = rateLimiter;
  }

  /** Runs a method (name already lower-cased and known) and returns its result. */
  JsonNode call(String method, Params p) {
    if (method.equals("getupdates")) {
      return getUpdates(p);
    }
    synchronized (world) {
      return switch (method) {
        case "getme" -> getMe();
        case "logout", "close", "sendchataction" -> BooleanNode.TRUE;
        case "deletewebhook" -> deleteWebhook(p);
        case "setwebhook" -> setWebhook(p);
        case "getwebhookinfo" -> webhookInfo();
        case "sendmessage" -> sendMessage(p);
        case "editmessagetext" -> editMessageText(p);
        case "editmessagereplymarkup" -> editMessageReplyMarkup(p);
        case "deletemessage" -> deleteMessage(p);
        case "answercallbackquery" -> answerCallbackQuery(p);
        case "getchatmember" -> getChatMember(p);
        case "getchat" -> getChat(p);
        case "pinchatmessage" -> pin(p);
        case "unpinchatmessage" -> unpin(p);
        case "unpinallchatmessages" -> unpinAll(p);
        case "setmycommands" -> setMyCommands(p);
        case "getmycommands" -> getMyCommands(p);
        case "deletemycommands" -> deleteMyCommands(p);
        case "senddocument" -> sendFile(p, "document");
        case "sendphoto" -> sendFile(p, "photo");
        case "getfile" -> getFile(p);
        default -> throw new ApiError(404, "Not Found", null);
      };
    }
  }

  private JsonNode getMe() {
    ObjectNode me = world.userJson(world.bot);
    me.put("can_join_groups", true);
    me.put("can_read_all_group_messages", false);
    me.put("supports_inline_queries", false);
    return me;
  }

  // ---- updates and webhooks -------------------------------------------------------------------------------------

  private JsonNode getUpdates(Params p) {
    Long offset = p.longValue("offset");
    int limit = Math.max(1, Math.min(100, p.intValue("limit", 100)));
    int timeout = Math.max(0, p.intValue("timeout", 0));
    Set<String> allowed = allowedUpdates(p.json("allowed_updates"));
    synchronized (world) {
      if (world.webhook != null) {
        throw new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook"
            + " to delete the webhook first", null);
      }
      if (p.has("allowed_updates")) {
        world.setAllowedUpdates(allowed);
      }
      if (offset != null && offset > 0) {
        while (!world.updates.isEmpty() && world.updates.peekFirst().id() < offset) {
          world.updates.removeFirst();
        }
      }
      long generation = ++world.pollGeneration;
      // A newer getUpdates ends older waiting ones, as on the real server.
      world.notifyAll();
      long deadline = System.nanoTime() + timeout * 1_000_000_000L;
      while (true) {
        ArrayNode result = Json.array();
        List<World.PendingUpdate> pending = List.copyOf(world.updates);
        int from = offset != null && offset < 0 ? Math.max(0, pending.size() + offset.intValue()) : 0;
        for (int i = from; i < pending.size() && result.size() < limit; i++) {
          result.add(pending.get(i).json());
        }
        long remaining = deadline - System.nanoTime();
        if (!result.isEmpty() || remaining <= 0 || world.closed) {
          return result;
        }
        if (world.pollGeneration != generation) {
          throw new ApiError(409, "Conflict: terminated by other getUpdates request; make sure that only one bot"
              + " instance is running", null);
        }
        if (world.webhook != null) {
          return result;
        }
        world.waitNanos(remaining);
      }
    }
  }

  private static Set<String> allowedUpdates(JsonNode node) {
    if (node == null || !node.isArray() || node.isEmpty()) {
      return null;
    }
    Set<String> allowed = new HashSet<>();
    node.forEach(type -> allowed.add(type.asText()));
    return allowed;
  }

  private JsonNode deleteWebhook(Params p) {
    world.webhook = null;
    if (p.bool("drop_pending_updates")) {
      world.updates.clear();
    }
    world.notifyAll();
    return BooleanNode.TRUE;
  }

  private JsonNode setWebhook(Params p) {
    String url = p.text("url");
    if (url == null || url.isEmpty()) {
      return deleteWebhook(p);
    }
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      throw ApiError.badRequest("bad webhook: An HTTPS URL must be provided for webhook");
    }
    String secret = p.text("secret_token");
    if (secret != null && !secret.matches("[A-Za-z0-9_-]{1,256}")) {
      throw ApiError.badRequest("secret token contains unallowed characters");
    }
    if (p.bool("drop_pending_updates")) {
      world.updates.clear();
    }
    if (p.has("allowed_updates")) {
      world.setAllowedUpdates(allowedUpdates(p.json("allowed_updates")));
    }
    world.webhook = new World.Webhook(url, secret, p.intValue("max_connections", 40));
    world.lastWebhookError = null;
    world.notifyAll();
    return BooleanNode.TRUE;
  }

  private JsonNode webhookInfo() {
    ObjectNode info = Json.object();
    World.Webhook webhook = world.webhook;
    info.put("url", webhook == null ? "" : webhook.url());
    info.put("has_custom_certificate", false);
    info.put("pending_update_count", world.updates.size());
    if (webhook != null) {
      info.put("max_connections", webhook.maxConnections());
      if (world.lastWebhookError != null) {
        info.put("last_error_date", world.lastWebhookErrorDate);
        info.put("last_error_message", world.lastWebhookError);
      }
    }
    if (world.allowedUpdates != null) {
      ArrayNode allowed = info.putArray("allowed_updates");
      world.allowedUpdates.stream().sorted().forEach(allowed::add);
    }
    return info;
  }

  // ---- sending --------------------------------------------------------------------------------------------------

  private ChatState chat(Params p) {
    String raw = p.text("chat_id");
    if (raw == null || raw.isEmpty()) {
      throw ApiError.badRequest("chat_id is empty");
    }
    Long id = p.longValue("chat_id");
    ChatState chat = id == null ? null : world.chats.get(id);
    if (chat == null || (chat.isPrivate() && !chat.started)) {
      throw ApiError.badRequest("chat not found");
    }
    return chat;
  }

  /** The chat to write to, with the 403s Telegram answers when the bot may not write there. */
  private ChatState writableChat(Params p) {
    ChatState chat = chat(p);
    if (chat.isPrivate() && chat.botBlocked) {
      throw ApiError.forbidden("bot was blocked by the user");
    }
    if (!chat.isPrivate()) {
      switch (chat.botStatus) {
        case "kicked" -> throw ApiError.forbidden("bot was kicked from the " + chat.type + " chat");
        case "left" -> throw ApiError.forbidden("bot is not a member of the " + chat.type + " chat");
        case "restricted" -> throw ApiError.badRequest("not enough rights to send text messages to the chat");
        default -> {
        }
      }
    }
    return chat;
  }

  private JsonNode sendMessage(Params p) {
    ChatState chat = writableChat(p);
    String raw = p.text("text");
    String parseMode = p.text("parse_mode");
    TelegramHtml.Parsed parsed = parse(raw == null ? "" : raw, parseMode);
    if (parsed.text().isBlank()) {
      throw ApiError.badRequest("message text is empty");
    }
    if (parsed.text().codePointCount(0, parsed.text().length()) > MAX_TEXT) {
      throw ApiError.badRequest("message is too long");
    }
    JsonNode markup = markup(p);
    Integer replyTo = replyTo(chat, p);
    rateLimiter.acquire(chat.id, !chat.isPrivate(), p.bool("allow_paid_broadcast"));
    MessageState message = world.newBotMessage(chat);
    message.rawText = raw;
    message.text = parsed.text();
    message.parseMode = parseMode;
    message.entities = parsed.entities();
    message.replyMarkup = markup;
    message.replyTo = replyTo;
    world.touch(message);
    return world.messageJson(message);
  }

  private JsonNode sendFile(Params p, String kind) {
    ChatState chat = writableChat(p);
    StoredFile file = inputFile(p, kind);
    String caption = p.text("caption");
    String parseMode = p.text("parse_mode");
    TelegramHtml.Parsed parsed = caption == null ? null : parse(caption, parseMode);
    if (parsed != null && parsed.text().codePointCount(0, parsed.text().length()) > MAX_CAPTION) {
      throw ApiError.badRequest("message caption is too long");
    }
    JsonNode markup = markup(p);
    Integer replyTo = replyTo(chat, p);
    rateLimiter.acquire(chat.id, !chat.isPrivate(), p.bool("allow_paid_broadcast"));
    MessageState message = world.newBotMessage(chat);
    message.kind = kind;
    message.file = file;
    if (parsed != null && !parsed.text().isEmpty()) {
      message.rawText = caption;
      message.text = parsed.text();
      message.parseMode = parseMode;
      message.entities = parsed.entities();
    }
    message.replyMarkup = markup;
    message.replyTo = replyTo;
    world.touch(message);
    return world.messageJson(message);
  }

  private StoredFile inputFile(Params p, String kind) {
    Params.Upload upload = p.upload(kind);
    if (upload != null) {
      if (upload.bytes().length == 0) {
        throw ApiError.badRequest("file must be non-empty");
      }
      String mime = kind.equals("photo") ? "image/jpeg" : mimeType(upload.fileName(), upload.contentType());
      return world.storeFile(kind, kind.equals("photo") ? null : upload.fileName(), mime, upload.bytes());
    }
    String reference = p.text(kind);
    if (reference == null || reference.isEmpty()) {
      throw ApiError.badRequest("there is no " + kind + " in the request");
    }
    if (reference.startsWith("attach://")) {
      Params.Upload attached = p.upload(reference.substring("attach://".length()));
      if (attached != null) {
        return world.storeFile(kind, attached.fileName(), mimeType(attached.fileName(), attached.contentType()),
            attached.bytes());
      }
    }
    StoredFile existing = world.filesById.get(reference);
    if (existing == null) {
      throw ApiError.badRequest("wrong file identifier/HTTP URL specified");
    }
    return existing;
  }

  private static String mimeType(String fileName, String contentType) {
    if (fileName != null && fileName.lastIndexOf('.') > 0) {
      String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      String known = MIME_TYPES.get(extension);
      if (known != null) {
        return known;
      }
    }
    return contentType == null ? "application/octet-stream" : contentType;
  }

  private static TelegramHtml.Parsed parse(String text, String parseMode) {
    if (parseMode != null && parseMode.equalsIgnoreCase("HTML")) {
      return TelegramHtml.parse(text);
    }
    if (parseMode != null && !parseMode.isEmpty() && !parseMode.equalsIgnoreCase("Markdown")
        && !parseMode.equalsIgnoreCase("MarkdownV2")) {
      throw ApiError.badRequest("unsupported parse_mode");
    }
    // Markdown is accepted but kept verbatim: the bot uses HTML, and a Markdown parser is not worth faking yet.
    return new TelegramHtml.Parsed(text, Json.array());
  }

  private Integer replyTo(ChatState chat, Params p) {
    JsonNode parameters = p.json("reply_parameters");
    Integer id = null;
    boolean allowMissing = p.bool("allow_sending_without_reply");
    if (parameters != null && parameters.isObject()) {
      id = parameters.path("message_id").isMissingNode() ? null : parameters.path("message_id").asInt();
      allowMissing = parameters.path("allow_sending_without_reply").asBoolean(false);
    } else if (p.has("reply_to_message_id")) {
      id = p.intValue("reply_to_message_id", 0);
    }
    if (id == null) {
      return null;
    }
    MessageState replied = chat.messages.get(id);
    if (replied == null || replied.deleted) {
      if (allowMissing) {
        return null;
      }
      throw ApiError.badRequest("message to be replied not found");
    }
    return id;
  }

  /** Validates reply_markup the way Telegram does and returns it, or null when absent. */
  private static JsonNode markup(Params p) {
    JsonNode markup = p.json("reply_markup");
    if (markup == null) {
      return null;
    }
    if (!markup.isObject()) {
      throw ApiError.badRequest("can't parse reply keyboard markup JSON object");
    }
    if (markup.has("inline_keyboard")) {
      JsonNode rows = markup.get("inline_keyboard");
      if (!rows.isArray()) {
        throw ApiError.badRequest("can't parse inline keyboard: field \"inline_keyboard\" must be an Array");
      }
      for (JsonNode row : rows) {
        if (!row.isArray()) {
          throw ApiError.badRequest("can't parse inline keyboard: inline keyboard row must be an Array");
        }
        for (JsonNode button : row) {
          inlineButton(button);
        }
      }
    } else if (markup.has("keyboard")) {
      JsonNode rows = markup.get("keyboard");
      if (!rows.isArray()) {
        throw ApiError.badRequest("can't parse reply keyboard markup: field \"keyboard\" must be an Array");
      }
      for (JsonNode row : rows) {
        if (!row.isArray()) {
          throw ApiError.badRequest("can't parse reply keyboard markup: keyboard row must be an Array");
        }
        for (JsonNode button : row) {
          String text = button.isTextual() ? button.asText() : button.path("text").asText("");
          if (text.isEmpty()) {
            throw ApiError.badRequest("can't parse keyboard button: Text must be non-empty");
          }
        }
      }
    } else if (!markup.has("remove_keyboard") && !markup.has("force_reply")) {
      throw ApiError.badRequest("can't parse reply keyboard markup JSON object");
    }
    return markup;
  }

  private static void inlineButton(JsonNode button) {
    if (!button.isObject() || button.path("text").asText("").isEmpty()) {
      throw ApiError.badRequest("can't parse inline keyboard button: Text must be non-empty");
    }
    long actions = BUTTON_ACTIONS.stream().filter(button::has).count();
    if (actions == 0) {
      throw ApiError.badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline"
          + " keyboard");
    }
    if (button.has("callback_data")) {
      int bytes = World.utf8(button.get("callback_data").asText()).length;
      if (bytes < 1 || bytes > 64) {
        throw ApiError.badRequest("BUTTON_DATA_INVALID");
      }
    }
    if (button.has("url")) {
      String url = button.get("url").asText();
      if (!url.startsWith("http://") && !url.startsWith("https://") && !url.startsWith("tg://")) {
        throw ApiError.badRequest("BUTTON_URL_INVALID");
      }
    }
  }

  // ---- editing --------------------------------------------------------------------------------------------------

  private MessageState messageToEdit(ChatState chat, Params p, String missing) {
    if (p.has("inline_message_id")) {
      throw ApiError.badRequest("MESSAGE_ID_INVALID");
    }
    Long id = p.longValue("message_id");
    MessageState message = id == null ? null : chat.messages.get(id.intValue());
    if (message == null || message.deleted) {
      throw ApiError.badRequest(missing);
    }
    return message;
  }

  private JsonNode editMessageText(Params p) {
    ChatState chat = writableChat(p);
    MessageState message = messageToEdit(chat, p, "message to edit not found");
    if (!message.fromBot) {
      throw ApiError.badRequest("message can't be edited");
    }
    if (!message.kind.equals("text")) {
      throw ApiError.badRequest("there is no text in the message to edit");
    }
    String raw = p.text("text");
    String parseMode = p.text("parse_mode");
    TelegramHtml.Parsed parsed = parse(raw == null ? "" : raw, parseMode);
    if (parsed.text().isBlank()) {
      throw ApiError.badRequest("message text is empty");
    }
    if (parsed.text().codePointCount(0, parsed.text().length()) > MAX_TEXT) {
      throw ApiError.badRequest("message is too long");
    }
    // Like Telegram, an edit without reply_markup removes the inline keyboard.
    JsonNode markup = markup(p);
    JsonNode oldInline = inlineOnly(message.replyMarkup);
    if (parsed.text().equals(message.text) && parsed.entities().equals(message.entities)
        && Objects.equals(inlineOnly(markup), oldInline)) {
      throw notModified();
    }
    message.rawText = raw;
    message.text = parsed.text();
    message.parseMode = parseMode;
    message.entities = parsed.entities();
    message.replyMarkup = markup;
    message.editedAt = world.now();
    world.touch(message);
    return world.messageJson(message);
  }

  private JsonNode editMessageReplyMarkup(Params p) {
    ChatState chat = writableChat(p);
    MessageState message = messageToEdit(chat, p, "message to edit not found");
    if (!message.fromBot) {
      throw ApiError.badRequest("message can't be edited");
    }
    JsonNode markup = markup(p);
    if (markup != null && !markup.has("inline_keyboard")) {
      throw ApiError.badRequest("inline keyboard expected");
    }
    if (Objects.equals(markup, inlineOnly(message.replyMarkup))) {
      throw notModified();
    }
    message.replyMarkup = markup;
    message.editedAt = world.now();
    world.touch(message);
    return world.messageJson(message);
  }

  private static JsonNode inlineOnly(JsonNode markup) {
    return markup != null && markup.has("inline_keyboard") ? markup : null;
  }

  private static ApiError notModified() {
    return ApiError.badRequest("message is not modified: specified new message content and reply markup are"
        + " exactly the same as a current content and reply markup of the message");
  }

  private JsonNode deleteMessage(Params p) {
    ChatState chat = chat(p);
    MessageState message = messageToEdit(chat, p, "message to delete not found");
    message.deleted = true;
    message.pinned = false;
    if (message.fromBot) {
      world.touch(message);
    }
    return BooleanNode.TRUE;
  }

  /** In a group, only an admin may pin and unpin (a bot that is a plain member may not). */
  private ChatState pinnableChat(Params p) {
    ChatState chat = writableChat(p);
    if (!chat.isPrivate() && !chat.botStatus.equals("administrator") && !chat.botStatus.equals("creator")) {
      throw ApiError.badRequest("not enough rights to manage pinned messages in the chat");
    }
    return chat;
  }

  private JsonNode pin(Params p) {
    ChatState chat = pinnableChat(p);
    MessageState message = messageToEdit(chat, p, "message to pin not found");
    message.pinned = true;
    world.touch(message);
    return BooleanNode.TRUE;
  }

  private JsonNode unpin(Params p) {
    ChatState chat = pinnableChat(p);
    MessageState message;
    if (p.has("message_id")) {
      message = messageToEdit(chat, p, "message to unpin not found");
    } else {
      message = chat.messages.descendingMap().values().stream().filter(m -> m.pinned).findFirst().orElse(null);
    }
    if (message != null && message.pinned) {
      message.pinned = false;
      world.touch(message);
    }
    return BooleanNode.TRUE;
  }

  private JsonNode unpinAll(Params p) {
    ChatState chat = pinnableChat(p);
    for (MessageState message : chat.messages.values()) {
      if (message.pinned) {
        message.pinned = false;
        world.touch(message);
      }
    }
    return BooleanNode.TRUE;
  }

  // ---- callbacks, chats, commands, files ------------------------------------------------------------------------

  private JsonNode answerCallbackQuery(Params p) {
    String id = p.requiredText("callback_query_id");
    if (!world.callbackAnswers.containsKey(id) || world.callbackAnswers.get(id) != null) {
      throw ApiError.badRequest("query is too old and response timeout expired or query ID is invalid");
    }
    String text = p.text("text");
    if (text != null && text.codePointCount(0, text.length()) > 200) {
      throw ApiError.badRequest("MESSAGE_TOO_LONG");
    }
    world.callbackAnswers.put(id, new CallbackAnswer(id, text, p.bool("show_alert"), p.text("url"),
        world.now()));
    world.notifyAll();
    return BooleanNode.TRUE;
  }

  private JsonNode getChatMember(Params p) {
    ChatState chat = chat(p);
    Long userId = p.longValue("user_id");
    if (userId == null) {
      throw ApiError.badRequest("user not found");
    }
    if (userId == world.bot.id()) {
      return world.chatMemberJson(world.bot, chat.isPrivate() ? "member" : chat.botStatus);
    }
    FakeUser user = world.users.get(userId);
    if (user == null) {
      throw ApiError.badRequest("user not found");
    }
    if (chat.isPrivate()) {
      if (chat.user.id() != userId) {
        throw ApiError.badRequest("user not found");
      }
      return world.chatMemberJson(user, "member");
    }
    return world.chatMemberJson(user, chat.members.getOrDefault(userId, "left"));
  }

  private JsonNode getChat(Params p) {
    ChatState chat = chat(p);
    ObjectNode info = world.chatJson(chat);
    info.put("accent_color_id", 0);
    info.put("max_reaction_count", 11);
    chat.messages.descendingMap().values().stream().filter(m -> m.pinned).findFirst()
        .ifPresent(m -> info.set("pinned_message", world.messageJson(m)));
    return info;
  }

  private static String commandsKey(Params p) {
    JsonNode scope = p.json("scope");
    String scopeKey = scope == null || !scope.isObject() ? "{\"type\":\"default\"}" : Json.string(scope);
    String language = p.text("language_code");
    return scopeKey + "|" + (language == null ? "" : language);
  }

  private JsonNode setMyCommands(Params p) {
    JsonNode commands = p.json("commands");
    if (commands == null || !commands.isArray()) {
      throw ApiError.badRequest("can't parse commands JSON object");
    }
    if (commands.size() > 100) {
      throw ApiError.badRequest("BOT_COMMANDS_TOO_MUCH");
    }
    for (JsonNode command : commands) {
      if (!COMMAND.matcher(command.path("command").asText("")).matches()) {
        throw ApiError.badRequest("BOT_COMMAND_INVALID");
      }
      String description = command.path("description").asText("");
      if (description.isEmpty() || description.length() > 256) {
        throw ApiError.badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
      }
    }
    world.commands.put(commandsKey(p), commands.deepCopy());
    return BooleanNode.TRUE;
  }

  private JsonNode getMyCommands(Params p) {
    JsonNode commands = world.commands.get(commandsKey(p));
    return commands == null ? Json.array() : commands.deepCopy();
  }

  private JsonNode deleteMyCommands(Params p) {
    world.commands.remove(commandsKey(p));
    return BooleanNode.TRUE;
  }

  private JsonNode getFile(Params p) {
    String fileId = p.requiredText("file_id");
    StoredFile file = world.filesById.get(fileId);
    if (file == null) {
      throw ApiError.badRequest("invalid file_id");
    }
    return world.fileJson(file, true);
  }
}
