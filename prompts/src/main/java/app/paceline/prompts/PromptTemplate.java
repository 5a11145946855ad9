package app.paceline.prompts;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** One parsed template of one locale: its named arguments, their kinds, its branches, and its renderer. */
final class PromptTemplate {

    private static final Set<String> NUMBER_STYLES = Set.of("number", "spellout", "ordinal", "duration");

    private final Locale locale;
    private final String key;
    private final String source;
    private final Map<String, ArgumentKind> arguments;
    private final List<Branching> branchings;
    private final MessageFormat format;

    /** A plural, selectordinal or select in a template: its argument, its kind, and the branches it lists. */
    record Branching(String argument, Type type, Set<String> keywords, Set<Double> explicitValues) {
        /** The three ways an ICU template can branch on an argument. */
        enum Type { PLURAL, SELECTORDINAL, SELECT }

        Branching {
            keywords = Collections.unmodifiableSet(new LinkedHashSet<>(keywords));
            explicitValues = Collections.unmodifiableSet(new LinkedHashSet<>(explicitValues));
        }
    }

    private PromptTemplate(Locale locale, String key, String source, Map<String, ArgumentKind> arguments,
            List<Branching> branchings, MessageFormat format) {
        this.locale = locale;
        this.key = key;
        this.source = source;
        this.arguments = Collections.unmodifiableMap(arguments);
        this.branchings = List.copyOf(branchings);
        this.format = format;
    }

    /**
     * Parses an ICU MessageFormat template with named arguments.
     *
     * @throws IllegalArgumentException with a reason a translator can act on when the template does not parse
     */
    static PromptTemplate parse(Locale locale, String key, String source) {
        if (source.isBlank()) {
            throw new IllegalArgumentException("the text is empty");
        }
        MessagePattern pattern;
        try {
            pattern = new MessagePattern(source);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("the template does not parse (check the braces { }): "
                    + e.getMessage(), e);
        }
        if (pattern.hasNumberedArguments()) {
            throw new IllegalArgumentException("numbered placeholders like {0} are not allowed; use the names "
                    + "from the English text, like {name}");
        }
        Map<String, ArgumentKind> arguments = new LinkedHashMap<>();
        List<Branching> branchings = new ArrayList<>();
        int count = pattern.countParts();
        for (int i = 0; i < count; i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START) {
                continue;
            }
            String name = pattern.getSubstring(pattern.getPart(i + 1));
            ArgumentKind kind = switch (part.getArgType()) {
                case NONE -> ArgumentKind.TEXT;
                case SIMPLE -> simpleKind(name, pattern.getSubstring(pattern.getPart(i + 2)));
                case PLURAL, SELECTORDINAL -> ArgumentKind.NUMBER;
                case SELECT -> ArgumentKind.SELECT;
                case CHOICE -> throw new IllegalArgumentException("{" + name + ", choice, …} is not supported; "
                        + "use {" + name + ", plural, …} instead");
            };
            ArgumentKind previous = arguments.get(name);
            arguments.put(name, merge(name, previous, kind));
            switch (part.getArgType()) {
                case PLURAL -> branchings.add(branching(pattern, i, name, Branching.Type.PLURAL));
                case SELECTORDINAL -> branchings.add(branching(pattern, i, name, Branching.Type.SELECTORDINAL));
                case SELECT -> branchings.add(branching(pattern, i, name, Branching.Type.SELECT));
                default -> {
                }
            }
        }
        MessageFormat format;
        try {
            format = new MessageFormat(source, ULocale.forLocale(locale));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the template does not parse: " + e.getMessage(), e);
        }
        return new PromptTemplate(locale, key, source, arguments, branchings, format);
    }

    private static ArgumentKind simpleKind(String name, String style) {
        if (NUMBER_STYLES.contains(style)) {
            return ArgumentKind.NUMBER;
        }
        throw new IllegalArgumentException("{" + name + ", " + style + "} is not supported; only {" + name
                + "}, {" + name + ", number}, plural, selectordinal and select are (dates and times come "
                + "already formatted, as text)");
    }

    private static ArgumentKind merge(String name, ArgumentKind previous, ArgumentKind next) {
        if (previous == null || previous == next || next == ArgumentKind.TEXT) {
            return previous == null ? next : previous;
        }
        if (previous == ArgumentKind.TEXT) {
            return next;
        }
        throw new IllegalArgumentException("{" + name + "} is used both as a number/plural and as a select");
    }

    private static Branching branching(MessagePattern pattern, int start, String name, Branching.Type type) {
        Set<String> keywords = new LinkedHashSet<>();
        Set<Double> explicit = new TreeSet<>();
        int limit = pattern.getLimitPartIndex(start);
        for (int j = start + 2; j < limit; j++) {
            MessagePattern.Part part = pattern.getPart(j);
            switch (part.getType()) {
                case ARG_SELECTOR -> {
                    MessagePattern.Part next = pattern.getPart(j + 1);
                    if (next.getType().hasNumericValue()) {
                        explicit.add(pattern.getNumericValue(next));
                        j++;
                    } else {
                        keywords.add(pattern.getSubstring(part));
                    }
                }
                case MSG_START -> j = pattern.getLimitPartIndex(j);
                default -> {
                    // the plural offset, if any
                }
            }
        }
        return new Branching(name, type, keywords, explicit);
    }

    Locale locale() {
        return locale;
    }

    String key() {
        return key;
    }

    String source() {
        return source;
    }

    /** The named arguments in order of first appearance, with their kinds. */
    Map<String, ArgumentKind> arguments() {
        return arguments;
    }

    List<Branching> branchings() {
        return branchings;
    }

    /**
     * Renders with the given arguments: text is capped and HTML-escaped, numbers are formatted per locale.
     *
     * @throws IllegalArgumentException naming missing, unexpected, null or wrongly typed arguments
     */
    String render(Map<String, ?> args) {
        Map<String, ?> given = args == null ? Map.of() : args;
        Set<String> missing = new TreeSet<>(arguments.keySet());
        missing.removeAll(given.keySet());
        Set<String> unexpected = new TreeSet<>(given.keySet());
        unexpected.removeAll(arguments.keySet());
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            StringBuilder message = new StringBuilder("prompt '").append(key).append("' (")
                    .append(locale.toLanguageTag()).append(')');
            if (!missing.isEmpty()) {
                message.append(": missing arguments ").append(missing);
            }
            if (!unexpected.isEmpty()) {
                message.append(missing.isEmpty() ? ": " : "; ").append("unexpected arguments ").append(unexpected);
            }
            message.append("; it takes ").append(arguments.keySet());
            throw new IllegalArgumentException(message.toString());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        arguments.forEach((name, kind) -> values.put(name, value(name, kind, given.get(name))));
        synchronized (format) { // ICU MessageFormat is not thread-safe
            return format.format(values);
        }
    }

    private Object value(String name, ArgumentKind kind, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("prompt '" + key + "': argument '" + name + "' is null");
        }
        return switch (kind) {
            case NUMBER -> {
                if (!(value instanceof Number)) {
                    throw new IllegalArgumentException("prompt '" + key + "': argument '" + name
                            + "' must be a number, got " + value.getClass().getSimpleName());
                }
                yield value;
            }
            case TEXT -> value instanceof Number ? value : safeText(value);
            case SELECT -> safeText(value);
        };
    }

    private static String safeText(Object value) {
        return TelegramHtml.escape(TelegramHtml.cap(String.valueOf(value), Prompts.MAX_ARGUMENT_LENGTH));
    }

    @Override
    public String toString() {
        return locale.toLanguageTag() + ":" + key;
    }
}
