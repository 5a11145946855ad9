package app.paceline.fakebotapi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A small RFC 7578 {@code multipart/form-data} parser; bodies are held in memory, which suits test uploads. */
final class Multipart {

  /** One form field; {@code fileName} is null for plain fields. */
  record Part(String name, String fileName, String contentType, byte[] data) {

    String text() {
      return new String(data, StandardCharsets.UTF_8);
    }
  }

  private Multipart() {
  }

  static String boundary(String contentType) {
    for (String piece : contentType.split(";")) {
      String trimmed = piece.trim();
      if (trimmed.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
        String value = trimmed.substring("boundary=".length());
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        return value;
      }
    }
    throw new IllegalArgumentException("multipart body without boundary");
  }

  static List<Part> parse(byte[] body, String boundary) {
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    List<Part> parts = new ArrayList<>();
    int position = indexOf(body, delimiter, 0);
    if (position < 0) {
      throw new IllegalArgumentException("multipart boundary not found");
    }
    while (true) {
      int afterDelimiter = position + delimiter.length;
      if (afterDelimiter + 1 < body.length && body[afterDelimiter] == '-' && body[afterDelimiter + 1] == '-') {
        return parts;
      }
      int headersStart = skipLineBreak(body, afterDelimiter);
      int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
      if (headersEnd < 0) {
        throw new IllegalArgumentException("multipart part without header terminator");
      }
      String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
      int dataStart = headersEnd + 4;
      // The part's data ends right before CRLF + delimiter; searching for that avoids matching the boundary
      // text if it happens to occur inside binary content without a preceding line break.
      byte[] closing = new byte[delimiter.length + 2];
      closing[0] = '\r';
      closing[1] = '\n';
      System.arraycopy(delimiter, 0, closing, 2, delimiter.length);
      int dataEnd = indexOf(body, closing, dataStart);
      if (dataEnd < 0) {
        throw new IllegalArgumentException("multipart part is not terminated");
      }
      parts.add(part(headers, Arrays.copyOfRange(body, dataStart, dataEnd)));
      position = dataEnd + 2;
    }
  }

  private static Part part(String headers, byte[] data) {
    String name = null;
    String fileName = null;
    String contentType = null;
    for (String line : headers.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String header = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).trim();
      if (header.equals("content-disposition")) {
        name = attribute(value, "name");
        fileName = attribute(value, "filename");
      } else if (header.equals("content-type")) {
        contentType = value;
      }
    }
    if (name == null) {
      throw new IllegalArgumentException("multipart part without a name");
    }
    return new Part(name, fileName, contentType, data);
  }

  private static String attribute(String disposition, String attribute) {
    int index = 0;
    while (index < disposition.length()) {
      int semicolon = disposition.indexOf(';', index);
      if (semicolon < 0) {
        return null;
      }
      int start = semicolon + 1;
      while (start < disposition.length() && disposition.charAt(start) == ' ') {
        start++;
      }
      int equals = disposition.indexOf('=', start);
      if (equals < 0) {
        return null;
      }
      String key = disposition.substring(start, equals).trim();
      int valueStart = equals + 1;
      String value;
      int next;
      if (valueStart < disposition.length() && disposition.charAt(valueStart) == '"') {
        StringBuilder quoted = new StringBuilder();
        int i = valueStart + 1;
        while (i < disposition.length() && disposition.charAt(i) != '"') {
          char c = disposition.charAt(i);
          if (c == '\\' && i + 1 < disposition.length()) {
            c = disposition.charAt(++i);
          }
          quoted.append(c);
          i++;
        }
        value = quoted.toString();
        next = i + 1;
      } else {
        int end = disposition.indexOf(';', valueStart);
        next = end < 0 ? disposition.length() : end;
        value = disposition.substring(valueStart, next).trim();
      }
      if (key.equalsIgnoreCase(attribute)) {
        return value;
      }
      index = next;
    }
    return null;
  }

  private static int skipLineBreak(byte[] body, int index) {
    if (index + 1 < body.length && body[index] == '\r' && body[index + 1] == '\n') {
      return index + 2;
    }
    return index;
  }

  static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
