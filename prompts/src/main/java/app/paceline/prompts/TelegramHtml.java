package app.paceline.prompts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Escaping, capping and checking of text in Telegram's HTML parse mode. */
final class TelegramHtml {

    /** Tags Telegram accepts in parse_mode HTML; attributes are checked separately. */
    static final Set<String> ALLOWED_TAGS = Set.of(
            "b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
            "code", "pre", "a", "blockquote", "tg-spoiler", "span");

    private static final String ALLOWED_LIST =
            "b, strong, i, em, u, ins, s, strike, del, code, pre, a href=\"…\", blockquote, "
                    + "tg-spoiler, span class=\"tg-spoiler\"";

    private static final Pattern TAG = Pattern.compile(
            "(/?)([A-Za-z][A-Za-z0-9-]*)((?:\\s+[A-Za-z][A-Za-z0-9-]*(?:\\s*=\\s*\"[^\"]*\")?)*)\\s*");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([A-Za-z][A-Za-z0-9-]*)(?:\\s*=\\s*\"([^\"]*)\")?");
    private static final Pattern ENTITY = Pattern.compile(
            "&(?:(lt|gt|amp|quot)|#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6}));");

    private TelegramHtml() {
    }

    /** What a scan of a rendered text found: its visible length (as Telegram counts it) and any problems. */
    record Inspection(int visibleLength, String visibleText, List<String> problems) {
        Inspection {
            problems = List.copyOf(problems);
        }
    }

    /** Escapes the characters that are special in Telegram HTML: {@code & < > "}. */
    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * Cuts {@code text} to at most {@code max} characters, ending with "…" when it was cut; never splits a
     * surrogate pair.
     */
    static String cap(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = max - 1;
        if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + "…";
    }

    /**
     * Scans Telegram HTML: tags must be allowed, well formed, properly nested and closed; {@code <}, {@code >}
     * and {@code &} must be part of a tag or an entity. The visible length counts UTF-16 units after entity
     * parsing, as Telegram does for its 4096-character limit.
     */
    static Inspection inspect(String html) {
        List<String> problems = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        StringBuilder visible = new StringBuilder(html.length());
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i + 1);
                int nextOpen = html.indexOf('<', i + 1);
                if (end < 0 || (nextOpen >= 0 && nextOpen < end)) {
                    problems.add("bare '<' near \"" + near(html, i) + "\": write &lt; to show it, or finish the tag");
                    visible.append(c);
                    i++;
                    continue;
                }
                checkTag(html.substring(i + 1, end), open, problems);
                i = end + 1;
            } else if (c == '>') {
                problems.add("bare '>' near \"" + near(html, i) + "\": write &gt; to show it");
                visible.append(c);
                i++;
            } else if (c == '&') {
                Matcher entity = ENTITY.matcher(html).region(i, n);
                if (entity.lookingAt()) {
                    visible.append(decode(entity, problems));
                    i = entity.end();
                } else {
                    problems.add("bare '&' near \"" + near(html, i)
                            + "\": write &amp; to show it (only &lt; &gt; &amp; &quot; and &#123; are allowed)");
                    visible.append(c);
                    i++;
                }
            } else {
                visible.append(c);
                i++;
            }
        }
        for (String tag : open) {
            problems.add("<" + tag + "> is opened but never closed");
        }
        return new Inspection(visible.length(), visible.toString(), problems);
    }

    private static String decode(Matcher entity, List<String> problems) {
        if (entity.group(1) != null) {
            return switch (entity.group(1)) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                default -> "\"";
            };
        }
        int codePoint = entity.group(2) != null
                ? Integer.parseInt(entity.group(2))
                : Integer.parseInt(entity.group(3), 16);
        if (!Character.isValidCodePoint(codePoint) || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
            problems.add("entity " + entity.group() + " is not a valid character");
            return "?";
        }
        return new String(Character.toChars(codePoint));
    }

    private static void checkTag(String inner, Deque<String> open, List<String> problems) {
        Matcher tag = TAG.matcher(inner);
        if (!tag.matches()) {
            problems.add("malformed tag <" + inner + ">");
            return;
        }
        boolean closing = !tag.group(1).isEmpty();
        String name = tag.group(2).toLowerCase(java.util.Locale.ROOT);
        String attributeText = tag.group(3);
        if (!ALLOWED_TAGS.contains(name)) {
            problems.add("tag <" + inner + "> is not allowed in Telegram; allowed: " + ALLOWED_LIST);
            return;
        }
        if (closing) {
            if (!attributeText.isBlank()) {
                problems.add("closing tag </" + name + "> must not have attributes");
            }
            if (open.isEmpty()) {
                problems.add("</" + name + "> closes a tag that was never opened");
            } else if (!open.peek().equals(name)) {
                problems.add("</" + name + "> found where </" + open.peek() + "> was expected (tags must nest)");
                if (open.contains(name)) {
                    while (!open.pop().equals(name)) {
                        // unwind to the matching tag so one mistake is reported once
                    }
                }
            } else {
                open.pop();
            }
            return;
        }
        Map<String, String> attributes = new java.util.LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(attributeText);
        while (attribute.find()) {
            attributes.put(attribute.group(1).toLowerCase(java.util.Locale.ROOT),
                    attribute.group(2) == null ? "" : attribute.group(2));
        }
        checkAttributes(name, inner, attributes, problems);
        open.push(name);
    }

    private static void checkAttributes(String name, String inner, Map<String, String> attributes,
            List<String> problems) {
        switch (name) {
            case "a" -> {
                if (!attributes.containsKey("href") || attributes.get("href").isBlank()) {
                    problems.add("<" + inner + "> needs href=\"…\"");
                }
                attributes.keySet().stream().filter(a -> !a.equals("href"))
                        .forEach(a -> problems.add("<a> does not allow the attribute " + a));
            }
            case "span" -> {
                if (!"tg-spoiler".equals(attributes.get("class")) || attributes.size() != 1) {
                    problems.add("<" + inner + "> is not allowed; only <span class=\"tg-spoiler\">");
                }
            }
            case "code" -> attributes.forEach((a, value) -> {
                if (!a.equals("class") || !value.startsWith("language-")) {
                    problems.add("<" + inner + "> may only have class=\"language-…\"");
                }
            });
            case "blockquote" -> attributes.keySet().stream().filter(a -> !a.equals("expandable"))
                    .forEach(a -> problems.add("<blockquote> does not allow the attribute " + a));
            default -> {
                if (!attributes.isEmpty()) {
                    problems.add("<" + inner + "> must not have attributes");
                }
            }
        }
    }

    private static String near(String text, int index) {
        int from = Math.max(0, index - 15);
        int to = Math.min(text.length(), index + 15);
        return text.substring(from, to);
    }
}
