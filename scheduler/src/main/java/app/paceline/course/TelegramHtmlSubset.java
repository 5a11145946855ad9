package app.paceline.course;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a text written by a course creator (a challenge day's text) is what Telegram's HTML parse mode
 * accepts, so that the day is not refused by Telegram when it is released weeks later: the tags b, strong, i, em, u,
 * ins, s, strike, del, code (optionally {@code class="language-…"}), pre, blockquote (optionally
 * {@code expandable}), tg-spoiler, {@code span class="tg-spoiler"} and {@code a href} with an http, https or tg
 * link; every tag closed in the reverse order it was opened; {@code <}, {@code >} and {@code &} only as part of a
 * tag or of the entities {@code &lt; &gt; &amp; &quot;} or a numeric one ({@code &#8212;}, {@code &#x2014;}).
 *
 * <p>The scheduler does not depend on the bot's prompts, whose own checker serves translators; this one names the
 * first problem for a course file's problem list.
 */
public final class TelegramHtmlSubset {

    /** Tag names Telegram accepts; attributes are checked per tag. */
    public static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span",
            "tg-spoiler", "a", "code", "pre", "blockquote");

    /** Around an unescaped character, this many characters either side are shown. */
    private static final int CONTEXT = 12;

    private static final Pattern TAG = Pattern.compile(
            "(/?)([A-Za-z][A-Za-z0-9-]*)((?:\\s+[A-Za-z][A-Za-z0-9-]*(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'))?)*)\\s*/?");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([A-Za-z][A-Za-z0-9-]*)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'))?");
    private static final Pattern ENTITY = Pattern.compile("&(?:(lt|gt|amp|quot)|#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6}));");
    private static final Pattern NAMED_ENTITY = Pattern.compile("&[A-Za-z][A-Za-z0-9]*;");

    private TelegramHtmlSubset() {
    }

    /** What is wrong; {@link #key()} is what a problem's prompt selects on. */
    public enum Kind {
        /** A tag Telegram does not know, like {@code <div>} or {@code <br>}; shown as the tag. */
        UNKNOWN_TAG,
        /** A tag opened and never closed, or still open when an outer one closes; shown as the tag. */
        UNCLOSED_TAG,
        /** A closing tag with nothing of its name open; shown as the closing tag. */
        STRAY_CLOSING_TAG,
        /** {@code <a>} without an {@code href} that is an http, https or tg link; shown as the tag. */
        BAD_LINK,
        /** An attribute the tag does not take (only a href, span class="tg-spoiler", code class="language-…",
         * blockquote expandable); shown as the tag. */
        BAD_ATTRIBUTE,
        /** Something between {@code <} and {@code >} that starts like a tag but is not one; shown as written. */
        MALFORMED_TAG,
        /** A {@code <}, {@code >} or {@code &} on its own; shown with the text around it. */
        UNESCAPED,
        /** An entity Telegram does not know, like {@code &nbsp;}, or a number that is no character; shown as written. */
        BAD_ENTITY;

        /** The snake_case name, e.g. {@code unknown_tag}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The first thing wrong with a text: its kind and the piece of the text it is about. */
    public record Problem(Kind kind, String value) {
    }

    /** The first problem of {@code html} in reading order, or empty when Telegram accepts it. */
    public static Optional<Problem> firstProblem(String html) {
        Deque<String> open = new ArrayDeque<>();
        Deque<String> openAsWritten = new ArrayDeque<>();
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i + 1);
                int nextOpen = html.indexOf('<', i + 1);
                if (end < 0 || (nextOpen >= 0 && nextOpen < end)) {
                    return problem(Kind.UNESCAPED, around(html, i));
                }
                String inner = html.substring(i + 1, end);
                if (inner.isEmpty() || !(Character.isLetter(inner.charAt(0)) || inner.charAt(0) == '/')) {
                    // "a < b > c": a comparison, not a tag
                    return problem(Kind.UNESCAPED, around(html, i));
                }
                Optional<Problem> tag = tag(inner, open, openAsWritten);
                if (tag.isPresent()) {
                    return tag;
                }
                i = end + 1;
            } else if (c == '>') {
                return problem(Kind.UNESCAPED, around(html, i));
            } else if (c == '&') {
                Matcher entity = ENTITY.matcher(html).region(i, n);
                if (entity.lookingAt()) {
                    if (!isCharacter(entity)) {
                        return problem(Kind.BAD_ENTITY, entity.group());
                    }
                    i = entity.end();
                } else {
                    Matcher named = NAMED_ENTITY.matcher(html).region(i, n);
                    return named.lookingAt() ? problem(Kind.BAD_ENTITY, named.group()) : problem(Kind.UNESCAPED, around(html, i));
                }
            } else {
                i++;
            }
        }
        return open.isEmpty() ? Optional.empty() : problem(Kind.UNCLOSED_TAG, openAsWritten.peek());
    }

    /** Whether Telegram accepts {@code html}. */
    public static boolean isValid(String html) {
        return firstProblem(html).isEmpty();
    }

    private static Optional<Problem> tag(String inner, Deque<String> open, Deque<String> openAsWritten) {
        Matcher tag = TAG.matcher(inner);
        if (!tag.matches()) {
            return problem(Kind.MALFORMED_TAG, "<" + inner + ">");
        }
        boolean closing = !tag.group(1).isEmpty();
        String name = tag.group(2).toLowerCase(Locale.ROOT);
        String attributeText = tag.group(3);
        if (!TAGS.contains(name)) {
            return problem(Kind.UNKNOWN_TAG, "<" + (closing ? "/" : "") + tag.group(2) + ">");
        }
        if (closing) {
            if (!attributeText.isBlank()) {
                return problem(Kind.MALFORMED_TAG, "<" + inner + ">");
            }
            if (!open.contains(name)) {
                return problem(Kind.STRAY_CLOSING_TAG, "</" + tag.group(2) + ">");
            }
            if (!open.peek().equals(name)) {
                // <b><i>…</b>: the <i> was left open inside the <b>
                return problem(Kind.UNCLOSED_TAG, openAsWritten.peek());
            }
            open.pop();
            openAsWritten.pop();
            return Optional.empty();
        }
        if (inner.endsWith("/")) {
            // <b/> is XML, not Telegram HTML
            return problem(Kind.MALFORMED_TAG, "<" + inner + ">");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(attributeText);
        while (attribute.find()) {
            String value = attribute.group(2) != null ? attribute.group(2) : attribute.group(3);
            attributes.put(attribute.group(1).toLowerCase(Locale.ROOT), value);
        }
        String asWritten = "<" + inner.strip() + ">";
        Optional<Kind> wrong = attributes(name, attributes);
        if (wrong.isPresent()) {
            return problem(wrong.get(), asWritten);
        }
        open.push(name);
        openAsWritten.push(asWritten);
        return Optional.empty();
    }

    /** What is wrong with the attributes of an opening tag, if anything; a value of null is an attribute without one. */
    private static Optional<Kind> attributes(String name, Map<String, String> attributes) {
        switch (name) {
            case "a":
                if (attributes.size() != 1 || !attributes.containsKey("href") || !isLink(attributes.get("href"))) {
                    return Optional.of(Kind.BAD_LINK);
                }
                return Optional.empty();
            case "span":
                return attributes.size() == 1 && "tg-spoiler".equals(attributes.get("class"))
                        ? Optional.empty() : Optional.of(Kind.BAD_ATTRIBUTE);
            case "code":
                return attributes.isEmpty() || (attributes.size() == 1 && attributes.get("class") != null
                        && attributes.get("class").matches("language-[A-Za-z0-9_+#.-]+"))
                        ? Optional.empty() : Optional.of(Kind.BAD_ATTRIBUTE);
            case "blockquote":
                return attributes.isEmpty() || (attributes.size() == 1 && attributes.containsKey("expandable")
                        && attributes.get("expandable") == null) ? Optional.empty() : Optional.of(Kind.BAD_ATTRIBUTE);
            default:
                return attributes.isEmpty() ? Optional.empty() : Optional.of(Kind.BAD_ATTRIBUTE);
        }
    }

    /** An http or https link with a host, or a tg: link (tg://user?id=…). */
    private static boolean isLink(String href) {
        if (href == null || href.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(href.strip().replace("&amp;", "&"));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) || scheme.equals("tg");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isCharacter(Matcher entity) {
        if (entity.group(1) != null) {
            return true;
        }
        int codePoint = entity.group(2) != null ? Integer.parseInt(entity.group(2)) : Integer.parseInt(entity.group(3), 16);
        return Character.isValidCodePoint(codePoint) && (codePoint < 0xD800 || codePoint > 0xDFFF) && codePoint != 0;
    }

    /** The text around {@code index} on its line, so that the creator finds the spot. */
    private static String around(String text, int index) {
        int from = Math.max(0, index - CONTEXT);
        int to = Math.min(text.length(), index + CONTEXT + 1);
        int lineStart = text.lastIndexOf('\n', index - 1) + 1;
        int lineEnd = text.indexOf('\n', index);
        from = Math.max(from, lineStart);
        to = Math.min(to, lineEnd < 0 ? text.length() : lineEnd);
        // Whole words where that leaves a word either side: "f hydration < 70% it is s" becomes "hydration < 70% it is".
        if (from > lineStart && !Character.isWhitespace(text.charAt(from - 1))) {
            int blank = firstBlank(text, from, index - 1);
            from = blank < 0 ? from : blank + 1;
        }
        if (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            int blank = lastBlank(text, index + 2, to);
            to = blank < 0 ? to : blank;
        }
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        if (to < text.length() && to > 0 && Character.isHighSurrogate(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to).strip();
    }

    private static int firstBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastBlank(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<Problem> problem(Kind kind, String value) {
        return Optional.of(new Problem(kind, value));
    }
}
