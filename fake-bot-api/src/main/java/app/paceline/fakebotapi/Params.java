package app.paceline.fakebotapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of one Bot API call, merged from the query string and the body (JSON, form or multipart).
 *
 * <p>Form and multipart bodies carry objects such as {@code reply_markup} as JSON text, so {@link #json} parses
 * textual values on demand.
 */
final class Params {

  /** An uploaded file part of a multipart request. */
  record Upload(String fileName, String contentType, byte[] bytes) {
  }

  private final ObjectNode values;
  private final Map<String, Upload> uploads;

  Params(ObjectNode values, Map<String, Upload> uploads) {
    this.values = values;
    this.uploads = uploads;
  }

  static Params of(ObjectNode values) {
    return new Params(values, Map.of());
  }

  static Params parse(String rawQuery, String contentType, byte[] body) {
    ObjectNode values = Json.object();
    Map<String, Upload> uploads = new HashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      putForm(values, rawQuery);
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (body.length > 0) {
      if (type.startsWith("application/json")) {
        JsonNode node = Json.parse(body);
        if (!node.isObject()) {
          throw ApiError.badRequest("request body must be a JSON object");
        }
        values.setAll((ObjectNode) node);
      } else if (type.startsWith("multipart/form-data")) {
        for (Multipart.Part part : Multipart.parse(body, Multipart.boundary(contentType))) {
          if (part.fileName() != null) {
            uploads.put(part.name(), new Upload(part.fileName(), part.contentType(), part.data()));
            ObjectNode described = values.putObject(part.name());
            described.put("file_name", part.fileName());
            described.put("size", part.data().length);
          } else {
            values.put(part.name(), part.text());
          }
        }
      } else {
        // Telegram treats anything else, including a missing content type, as a urlencoded form.
        putForm(values, new String(body, StandardCharsets.UTF_8));
      }
    }
    return new Params(values, uploads);
  }

  private static void putForm(ObjectNode values, String form) {
    for (String pair : form.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
      String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      values.put(key, value);
    }
  }

  ObjectNode values() {
    return values;
  }

  boolean has(String name) {
    JsonNode node = values.get(name);
    return node != null && !node.isNull();
  }

  String text(String name) {
    JsonNode node = values.get(name);
    if (node == null || node.isNull()) {
      return null;
    }
    return node.isValueNode() ? node.asText() : Json.string(node);
  }

  String requiredText(String name) {
    String value = text(name);
    if (value == null) {
      throw ApiError.badRequest(name + " is required");
    }
    return value;
  }

  Long longValue(String name) {
    String value = text(name);
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  long requiredLong(String name, String missing) {
    Long value = longValue(name);
    if (value == null) {
      throw ApiError.badRequest(missing);
    }
    return value;
  }

  int intValue(String name, int fallback) {
    Long value = longValue(name);
    return value == null ? fallback : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
  }

  boolean bool(String name) {
    String value = text(name);
    return value != null && (value.equalsIgnoreCase("true") || value.equals("1"));
  }

  /** Returns the named parameter as JSON, parsing it when a form or multipart body sent it as text. */
  JsonNode json(String name) {
    JsonNode node = values.get(name);
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isTextual()) {
      String text = node.asText().trim();
      if (text.startsWith("{") || text.startsWith("[")) {
        try {
          return Json.parse(text);
        } catch (IllegalArgumentException e) {
          throw ApiError.badRequest("can't parse " + name + " JSON object");
        }
      }
    }
    return node;
  }

  Upload upload(String name) {
    return uploads.get(name);
  }
}
