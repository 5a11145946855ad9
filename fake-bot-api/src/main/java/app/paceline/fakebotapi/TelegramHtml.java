package app.paceline.fakebotapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Telegram's HTML subset for {@code parse_mode=HTML}: turns markup into plain text plus message entities, rejecting
 * what the real parser rejects.
 *
 * <p>It is deliberately a little stricter than Telegram, which keeps a bare {@code &} as text: the bot should
 * escape it anyway, so the fake reports it.
 */
final class TelegramHtml {

  /** The plain text and its entities (UTF-16 offsets, like the Bot API). */
  record Parsed(String text, ArrayNode entities) {
  }

  private static final Set<String> SUPPORTED = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
      "span", "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji");

  private record Open(String name, int offset, Map<String, String> attributes) {
  }

  private record Entity(String type, int offset, int length, String url, String language, String emojiId) {
  }

  private final String html;
  private final StringBuilder out = new StringBuilder();
  private final Deque<Open> open = new ArrayDeque<>();
  private final List<Entity> entities = new ArrayList<>();
  private int position;

  private TelegramHtml(String html) {
    this.html = html;
  }

  static Parsed parse(String html) {
    return new TelegramHtml(html).run();
  }

  private Parsed run() {
    while (position < html.length()) {
      char c = html.charAt(position);
      if (c == '&') {
        out.appendCodePoint(entity());
      } else if (c == '<') {
        if (position + 1 < html.length() && html.charAt(position + 1) == '/') {
          endTag();
        } else {
          startTag();
        }
      } else {
        out.append(c);
        position++;
      }
    }
    if (!open.isEmpty()) {
      throw error("Can't find end tag corresponding to start tag \"" + open.peek().name() + "\"");
    }
    entities.sort(Comparator.comparingInt(Entity::offset).thenComparing(Comparator.comparingInt(Entity::length)
        .reversed()));
    ArrayNode array = Json.array();
    for (Entity entity : entities) {
      ObjectNode node = array.addObject();
      node.put("type", entity.type());
      node.put("offset", entity.offset());
      node.put("length", entity.length());
      if (entity.url() != null) {
        node.put("url", entity.url());
      }
      if (entity.language() != null) {
        node.put("language", entity.language());
      }
      if (entity.emojiId() != null) {
        node.put("custom_emoji_id", entity.emojiId());
      }
    }
    return new Parsed(out.toString(), array);
  }

  private int entity() {
    int start = position;
    int semicolon = html.indexOf(';', start);
    if (semicolon < 0 || semicolon - start > 10) {
      throw error("Character entity expected at byte offset " + byteOffset(start));
    }
    String name = html.substring(start + 1, semicolon);
    int codePoint;
    switch (name) {
      case "lt" -> codePoint = '<';
      case "gt" -> codePoint = '>';
      case "amp" -> codePoint = '&';
      case "quot" -> codePoint = '"';
      default -> codePoint = numeric(name, start);
    }
    position = semicolon + 1;
    return codePoint;
  }

  private int numeric(String name, int start) {
    try {
      if (name.startsWith("#x") || name.startsWith("#X")) {
        return checkedCodePoint(Integer.parseInt(name.substring(2), 16), start);
      }
      if (name.startsWith("#")) {
        return checkedCodePoint(Integer.parseInt(name.substring(1)), start);
      }
    } catch (NumberFormatException e) {
      // falls through to the error below
    }
    throw error("Unsupported HTML entity \"&" + name + ";\" at byte offset " + byteOffset(start));
  }

  private int checkedCodePoint(int value, int start) {
    if (value <= 0 || value > Character.MAX_CODE_POINT || (value >= 0xD800 && value <= 0xDFFF)) {
      throw error("Invalid character entity at byte offset " + byteOffset(start));
    }
    return value;
  }

  private void startTag() {
    int start = position;
    int index = start + 1;
    int nameEnd = index;
    while (nameEnd < html.length() && isNameChar(html.charAt(nameEnd))) {
      nameEnd++;
    }
    String name = html.substring(index, nameEnd).toLowerCase(Locale.ROOT);
    if (!SUPPORTED.contains(name)) {
      throw error("Unsupported start tag \"" + name + "\" at byte offset " + byteOffset(start));
    }
    Map<String, String> attributes = new HashMap<>();
    index = nameEnd;
    while (true) {
      while (index < html.length() && Character.isWhitespace(html.charAt(index))) {
        index++;
      }
      if (index >= html.length()) {
        throw error("Unclosed start tag at byte offset " + byteOffset(start));
      }
      char c = html.charAt(index);
      if (c == '>') {
        index++;
        break;
      }
      int attributeStart = index;
      while (index < html.length() && (isNameChar(html.charAt(index)) || html.charAt(index) == '_')) {
        index++;
      }
      if (index == attributeStart) {
        throw error("Empty attribute name in the tag \"" + name + "\" at byte offset " + byteOffset(start));
      }
      String attribute = html.substring(attributeStart, index).toLowerCase(Locale.ROOT);
      String value = "";
      if (index < html.length() && html.charAt(index) == '=') {
        index++;
        if (index >= html.length()) {
          throw error("Unclosed start tag at byte offset " + byteOffset(start));
        }
        char quote = html.charAt(index);
        int valueEnd;
        if (quote == '"' || quote == '\'') {
          valueEnd = html.indexOf(quote, index + 1);
          if (valueEnd < 0) {
            throw error("Unclosed start tag at byte offset " + byteOffset(start));
          }
          value = html.substring(index + 1, valueEnd);
          index = valueEnd + 1;
        } else {
          valueEnd = index;
          while (valueEnd < html.length() && !Character.isWhitespace(html.charAt(valueEnd))
              && html.charAt(valueEnd) != '>') {
            valueEnd++;
          }
          value = html.substring(index, valueEnd);
          index = valueEnd;
        }
        value = decodeAttribute(value, start);
      }
      attributes.put(attribute, value);
    }
    if (name.equals("span") && !"tg-spoiler".equals(attributes.get("class"))) {
      throw error("Unsupported start tag \"span\" at byte offset " + byteOffset(start));
    }
    if (name.equals("tg-emoji") && !attributes.containsKey("emoji-id")) {
      throw error("Custom emoji identifier must be specified at byte offset " + byteOffset(start));
    }
    open.push(new Open(name, out.length(), attributes));
    position = index;
  }

  private void endTag() {
    int start = position;
    int close = html.indexOf('>', start);
    if (close < 0) {
      throw error("Unclosed end tag at byte offset " + byteOffset(start));
    }
    String name = html.substring(start + 2, close).trim().toLowerCase(Locale.ROOT);
    if (open.isEmpty()) {
      throw error("Unexpected end tag at byte offset " + byteOffset(start));
    }
    Open top = open.peek();
    if (!top.name().equals(name)) {
      throw error("Unmatched end tag at byte offset " + byteOffset(start) + ", expected \"</" + top.name()
          + ">\", found \"</" + name + ">\"");
    }
    open.pop();
    position = close + 1;
    addEntity(top);
  }

  private void addEntity(Open tag) {
    int length = out.length() - tag.offset();
    if (tag.name().equals("code") && !open.isEmpty() && open.peek().name().equals("pre")) {
      // <pre><code class="language-x"> marks the language of the enclosing pre block instead of a code entity.
      String language = tag.attributes().get("class");
      if (language != null && language.startsWith("language-")) {
        Open pre = open.pop();
        Map<String, String> attributes = new HashMap<>(pre.attributes());
        attributes.put("language", language.substring("language-".length()));
        open.push(new Open(pre.name(), pre.offset(), attributes));
        return;
      }
    }
    if (length == 0) {
      return;
    }
    Map<String, String> attributes = tag.attributes();
    switch (tag.name()) {
      case "b", "strong" -> add("bold", tag, length);
      case "i", "em" -> add("italic", tag, length);
      case "u", "ins" -> add("underline", tag, length);
      case "s", "strike", "del" -> add("strikethrough", tag, length);
      case "span", "tg-spoiler" -> add("spoiler", tag, length);
      case "code" -> add("code", tag, length);
      case "pre" -> entities.add(new Entity("pre", tag.offset(), length, null, attributes.get("language"), null));
      case "blockquote" -> add(attributes.containsKey("expandable") ? "expandable_blockquote" : "blockquote", tag,
          length);
      case "tg-emoji" -> entities.add(new Entity("custom_emoji", tag.offset(), length, null, null,
          attributes.get("emoji-id")));
      case "a" -> {
        String href = attributes.get("href");
        if (href != null && !href.isEmpty()) {
          entities.add(new Entity("text_link", tag.offset(), length, href, null, null));
        }
      }
      default -> throw new IllegalStateException("unhandled tag " + tag.name());
    }
  }

  private void add(String type, Open tag, int length) {
    entities.add(new Entity(type, tag.offset(), length, null, null, null));
  }

  private String decodeAttribute(String value, int tagStart) {
    if (value.indexOf('&') < 0) {
      return value;
    }
    TelegramHtml nested = new TelegramHtml(value);
    while (nested.position < value.length()) {
      char c = value.charAt(nested.position);
      if (c == '&') {
        try {
          nested.out.appendCodePoint(nested.entity());
        } catch (ApiError e) {
          throw error("Character entity expected in attribute of the tag at byte offset " + byteOffset(tagStart));
        }
      } else {
        nested.out.append(c);
        nested.position++;
      }
    }
    return nested.out.toString();
  }

  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
  }

  private int byteOffset(int charIndex) {
    return html.substring(0, charIndex).getBytes(StandardCharsets.UTF_8).length;
  }

  private static ApiError error(String reason) {
    return ApiError.badRequest("can't parse entities: " + reason);
  }
}
