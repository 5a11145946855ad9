package app.paceline.fakebotapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON control API under {@code /_fake/}: the user side of {@link FakeBotApi} for curl and the browser sandbox.
 * See the module README for the endpoints.
 */
final class ControlApi {

  private static final int MAX_WAIT_SECONDS = 60;

  private final FakeBotApi api;
  private final World world;

  ControlApi(FakeBotApi api) {
    this.api = api;
    this.world = api.world();
  }

  void handle(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    String[] path = exchange.getRequestURI().getPath().substring("/_fake".length()).replaceAll("^/+|/+$", "")
        .split("/");
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    try {
      JsonNode body = method.equals("POST") ? body(exchange) : Json.object();
      JsonNode result = route(method, path, query, body);
      if (result == null) {
        HttpFront.send(exchange, 404, error("no such control endpoint: " + method + " "
            + exchange.getRequestURI().getPath()));
      } else {
        HttpFront.send(exchange, 200, result);
      }
    } catch (IllegalArgumentException | IllegalStateException | AssertionError e) {
      HttpFront.send(exchange, 400, error(e.getMessage()));
    }
  }

  private JsonNode route(String method, String[] path, Map<String, String> query, JsonNode body) {
    String first = path[0];
    if (method.equals("GET") && (first.isEmpty() || first.equals("state"))) {
      return state();
    }
    if (method.equals("POST") && path.length == 1 && first.equals("users")) {
      return userJson(api.user(userFrom(body, "id")));
    }
    if (method.equals("POST") && path.length == 1 && first.equals("groups")) {
      FakeGroup group = api.group(required(body, "id").asLong(), required(body, "title").asText());
      return Json.object().put("id", group.id()).put("title", group.title());
    }
    if (method.equals("POST") && path.length == 3 && first.equals("groups")) {
      FakeGroup group = api.group(Long.parseLong(path[1]), "Group " + path[1]);
      if (path[2].equals("members")) {
        group.member(knownUser(required(body, "user_id").asLong()), required(body, "status").asText());
        return Json.object().put("ok", true);
      }
      if (path[2].equals("bot")) {
        group.addBot(required(body, "status").asText());
        return Json.object().put("ok", true);
      }
    }
    if (first.equals("chats") && path.length == 3) {
      return chat(method, Long.parseLong(path[1]), path[2], query, body);
    }
    if (method.equals("GET") && path.length == 1 && first.equals("messages")) {
      return messages(null, query);
    }
    if (method.equals("GET") && path.length == 2 && first.equals("callbacks")) {
      return api.callbackAnswer(path[1]).<JsonNode>map(answer -> Json.object()
          .put("callback_query_id", answer.callbackQueryId()).put("text", answer.text())
          .put("show_alert", answer.showAlert()).put("url", answer.url())
          .put("answered_at", answer.answeredAt().toString())).orElse(Json.object().put("answered", false));
    }
    if (method.equals("GET") && path.length == 1 && first.equals("calls")) {
      ArrayNode calls = Json.array();
      for (RecordedCall call : api.calls(query.get("method"))) {
        calls.addObject().put("method", call.method()).put("status", call.status())
            .put("at", call.at().toString()).set("params", call.params());
      }
      return calls;
    }
    if (first.equals("failures") && path.length == 1) {
      if (method.equals("DELETE")) {
        api.clearFailures();
        return Json.object().put("ok", true);
      }
      if (method.equals("POST")) {
        return addFailure(body);
      }
    }
    if (first.equals("outage") && path.length == 1) {
      if (method.equals("DELETE")) {
        api.endOutage();
        return Json.object().put("ok", true);
      }
      if (method.equals("POST")) {
        Outage mode = Outage.valueOf(body.path("mode").asText("BAD_GATEWAY").toUpperCase(Locale.ROOT));
        if (body.hasNonNull("seconds")) {
          api.outageFor(Duration.ofMillis((long) (body.get("seconds").asDouble() * 1000)), mode);
        } else {
          api.startOutage(mode);
        }
        return Json.object().put("ok", true);
      }
    }
    if (method.equals("GET") && path.length == 1 && first.equals("stats")) {
      return Json.object().put("rate_limited", api.rateLimitedCount())
          .put("pending_updates", api.pendingUpdateCount()).put("webhook_url", api.webhookUrl().orElse(null));
    }
    return null;
  }

  private JsonNode chat(String method, long chatId, String action, Map<String, String> query, JsonNode body) {
    if (method.equals("GET") && action.equals("messages")) {
      return messages(chatId, query);
    }
    if (!method.equals("POST")) {
      return null;
    }
    if (chatId < 0) {
      FakeGroup group = existingGroup(chatId);
      return switch (action) {
        case "send" -> userMessageJson(group.send(knownUser(required(body, "from").asLong()),
            required(body, "text").asText()));
        case "send-as-group" -> userMessageJson(group.sendAsGroup(required(body, "text").asText()));
        case "document" -> userMessageJson(group.sendDocument(knownUser(required(body, "from").asLong()),
            required(body, "file_name").asText(), body.path("mime_type").asText("application/octet-stream"),
            Base64.getDecoder().decode(required(body, "content_base64").asText())));
        case "press" -> Json.object().put("callback_query_id", group.pressButton(
            knownUser(required(body, "from").asLong()), botMessage(chatId, required(body, "message_id").asInt()),
            required(body, "data").asText()));
        default -> null;
      };
    }
    FakeUser user;
    synchronized (world) {
      user = world.users.get(chatId);
    }
    if (user == null) {
      ObjectNode described = body.deepCopy();
      described.put("id", chatId);
      user = api.user(userFrom(described, "id"));
    }
    FakePrivateChat chat = api.privateChat(user);
    return switch (action) {
      case "send" -> userMessageJson(chat.send(required(body, "text").asText()));
      case "document" -> userMessageJson(chat.sendDocument(required(body, "file_name").asText(),
          body.path("mime_type").asText("application/octet-stream"),
          Base64.getDecoder().decode(required(body, "content_base64").asText()),
          body.hasNonNull("caption") ? body.get("caption").asText() : null));
      case "photo" -> userMessageJson(chat.sendPhoto());
      case "sticker" -> userMessageJson(chat.sendSticker());
      case "press" -> Json.object().put("callback_query_id",
          chat.pressButton(required(body, "message_id").asInt(), required(body, "data").asText()));
      case "edit" -> userMessageJson(world.userEdits(world.privateChat(user), required(body, "message_id").asInt(),
          required(body, "text").asText()));
      case "block" -> {
        chat.blockBot();
        yield Json.object().put("ok", true);
      }
      case "unblock" -> {
        chat.unblockBot();
        yield Json.object().put("ok", true);
      }
      default -> null;
    };
  }

  private FakeGroup existingGroup(long chatId) {
    synchronized (world) {
      World.ChatState chat = world.chats.get(chatId);
      if (chat == null) {
        throw new IllegalArgumentException("no group " + chatId + "; create it with POST /_fake/groups");
      }
      return new FakeGroup(world, chat);
    }
  }

  private BotMessage botMessage(long chatId, int messageId) {
    return api.messages(chatId).stream().filter(m -> m.messageId() == messageId).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no bot message " + messageId + " in chat " + chatId));
  }

  private JsonNode messages(Long chatId, Map<String, String> query) {
    long after = Long.parseLong(query.getOrDefault("after", "0"));
    long waitSeconds = Math.min(MAX_WAIT_SECONDS, Long.parseLong(query.getOrDefault("wait", "0")));
    List<BotMessage> messages = world.botMessagesAfter(chatId, after, Duration.ofSeconds(waitSeconds));
    ObjectNode result = Json.object();
    ArrayNode array = result.putArray("messages");
    long last = after;
    for (BotMessage message : messages) {
      array.add(botMessageJson(message));
      last = Math.max(last, message.seq());
    }
    result.put("last_seq", last);
    return result;
  }

  static ObjectNode botMessageJson(BotMessage message) {
    ObjectNode node = Json.object();
    node.put("seq", message.seq());
    node.put("chat_id", message.chatId());
    node.put("message_id", message.messageId());
    node.put("kind", message.kind());
    node.put("text", message.text());
    node.put("raw_text", message.rawText());
    node.put("parse_mode", message.parseMode());
    node.set("entities", message.entities());
    node.set("reply_markup", message.replyMarkup());
    node.put("reply_to_message_id", message.replyToMessageId());
    node.put("sent_at", message.sentAt().toString());
    node.put("edited_at", message.editedAt() == null ? null : message.editedAt().toString());
    node.put("deleted", message.deleted());
    node.put("pinned", message.pinned());
    if (message.fileBytes() != null) {
      node.put("file_name", message.fileName());
      node.put("mime_type", message.mimeType());
      node.put("file_size", message.fileBytes().length);
    }
    return node;
  }

  private JsonNode addFailure(JsonNode body) {
    Failure failure;
    if (body.path("drop").asBoolean(false)) {
      failure = Failure.dropConnection();
    } else if (body.hasNonNull("delay_ms") && !body.hasNonNull("status")) {
      failure = Failure.slow(Duration.ofMillis(body.get("delay_ms").asLong()));
    } else {
      int status = required(body, "status").asInt();
      Integer retryAfter = body.hasNonNull("retry_after") ? body.get("retry_after").asInt() : null;
      String description = body.hasNonNull("description") ? body.get("description").asText()
          : status == 429 ? "Too Many Requests: retry after " + retryAfter : status >= 500
              ? Failure.serverError(status).description() : "Bad Request";
      failure = new Failure(status, description, retryAfter,
          Duration.ofMillis(body.path("delay_ms").asLong(0)), false);
    }
    String method = body.path("method").asText("*");
    Long chatId = body.hasNonNull("chat_id") ? body.get("chat_id").asLong() : null;
    int times = body.path("times").asInt(1);
    api.world();
    if (times < 0) {
      api.failUntilCleared(method, chatId, failure);
    } else if (chatId != null) {
      api.failNext(method, chatId, times, failure);
    } else {
      api.failNext(method, times, failure);
    }
    return Json.object().put("ok", true);
  }

  private JsonNode state() {
    ObjectNode state = Json.object();
    state.put("base_url", api.baseUrl());
    state.set("bot", userJson(api.bot()));
    ArrayNode users = state.putArray("users");
    ArrayNode chats = state.putArray("chats");
    synchronized (world) {
      world.users.values().forEach(user -> users.add(userJson(user)));
      for (World.ChatState chat : world.chats.values()) {
        ObjectNode node = world.chatJson(chat);
        if (chat.isPrivate()) {
          node.put("started", chat.started).put("bot_blocked", chat.botBlocked);
        } else {
          node.put("bot_status", chat.botStatus);
          ObjectNode members = node.putObject("members");
          chat.members.forEach((id, status) -> members.put(Long.toString(id), status));
        }
        chats.add(node);
      }
    }
    return state;
  }

  private FakeUser knownUser(long id) {
    synchronized (world) {
      FakeUser user = world.users.get(id);
      if (user == null) {
        throw new IllegalArgumentException("unknown user " + id + "; create it with POST /_fake/users");
      }
      return user;
    }
  }

  private static FakeUser userFrom(JsonNode body, String idField) {
    long id = required(body, idField).asLong();
    return new FakeUser(id, body.path("first_name").asText("User " + id),
        body.hasNonNull("username") ? body.get("username").asText() : null,
        body.hasNonNull("language_code") ? body.get("language_code").asText() : null);
  }

  private static ObjectNode userJson(FakeUser user) {
    return Json.object().put("id", user.id()).put("first_name", user.firstName()).put("username", user.username())
        .put("language_code", user.languageCode());
  }

  private static JsonNode userMessageJson(UserMessage message) {
    return message.json();
  }

  private static JsonNode required(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("missing \"" + field + "\"");
    }
    return value;
  }

  private static JsonNode body(HttpExchange exchange) throws IOException {
    byte[] bytes = HttpFront.readBody(exchange);
    if (bytes.length == 0) {
      return Json.object();
    }
    JsonNode node = Json.parse(bytes);
    if (!node.isObject()) {
      throw new IllegalArgumentException("expected a JSON object");
    }
    return node;
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> values = new HashMap<>();
    if (raw == null) {
      return values;
    }
    for (String pair : raw.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
      }
    }
    return values;
  }

  private static ObjectNode error(String message) {
    return Json.object().put("error", message);
  }
}
