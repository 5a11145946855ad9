package app.paceline.prompts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.TreeSet;

/** Every text the bot sends, per locale, rendered from ICU MessageFormat templates to Telegram HTML. */
public final class Prompts {

    /** Longest string argument, in UTF-16 characters; longer ones are cut and end with "…". */
    public static final int MAX_ARGUMENT_LENGTH = 256;

    /** Telegram's limit on a message's visible text, in UTF-16 characters after entity parsing. */
    public static final int TELEGRAM_TEXT_LIMIT = 4096;

    private static final String DEFAULT_FOLDER = "prompts";

    private final Locale baseLocale;
    private final Map<Locale, Map<String, PromptTemplate>> templates;
    private final Set<Locale> locales;
    private final Set<String> keys;

    private Prompts(Locale baseLocale, Map<Locale, Map<String, PromptTemplate>> templates) {
        this.baseLocale = baseLocale;
        this.templates = templates;
        this.locales = Collections.unmodifiableSet(new LinkedHashSet<>(templates.keySet()));
        this.keys = Collections.unmodifiableSet(new TreeSet<>(templates.get(baseLocale).keySet()));
    }

    /**
     * Loads the bot's catalog from {@code prompts/*.properties} on the classpath.
     *
     * @throws IllegalStateException naming the file and key of a template that does not parse
     */
    public static Prompts load() {
        return load(Prompts.class.getClassLoader(), DEFAULT_FOLDER);
    }

    /**
     * Loads a catalog from {@code <folder>/*.properties} seen by {@code loader}; {@code en.properties} is the base.
     *
     * @throws IllegalStateException naming the file and key of a template that does not parse, or a file that
     *     is missing, not UTF-8 or repeats a key
     */
    public static Prompts load(ClassLoader loader, String folder) {
        PromptCatalog catalog = PromptCatalog.read(loader, folder);
        Map<Locale, Map<String, PromptTemplate>> templates = new LinkedHashMap<>();
        catalog.files().forEach((locale, file) -> {
            if (!file.duplicateKeys().isEmpty()) {
                throw new IllegalStateException(file.resource() + ": key '" + file.duplicateKeys().get(0)
                        + "' appears more than once");
            }
            Map<String, PromptTemplate> parsed = new LinkedHashMap<>();
            file.templates().forEach((key, source) -> {
                try {
                    parsed.put(key, PromptTemplate.parse(locale, key, source));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(file.resource() + ", key '" + key + "': " + e.getMessage(), e);
                }
            });
            templates.put(locale, Collections.unmodifiableMap(parsed));
        });
        return new Prompts(catalog.baseLocale(), Collections.unmodifiableMap(templates));
    }

    /** The language every key exists in and every other language falls back to: English. */
    public Locale baseLocale() {
        return baseLocale;
    }

    /** The languages of the catalog, base first. */
    public Set<Locale> locales() {
        return locales;
    }

    /**
     * The catalog locale for a Telegram user's {@code language_code} ("ru", "ru-RU", "RU" → ru); the base locale
     * for {@code null}, blank or unsupported codes.
     */
    public Locale localeFor(String telegramLanguageCode) {
        if (telegramLanguageCode == null || telegramLanguageCode.isBlank()) {
            return baseLocale;
        }
        Locale requested = Locale.forLanguageTag(telegramLanguageCode.trim().replace('_', '-'));
        if (requested.getLanguage().isEmpty()) {
            return baseLocale;
        }
        if (locales.contains(requested)) {
            return requested;
        }
        Locale sameLanguage = null;
        for (Locale locale : locales) {
            if (locale.getLanguage().equals(requested.getLanguage())) {
                if (locale.getCountry().isEmpty()) {
                    return locale;
                }
                if (sameLanguage == null) {
                    sameLanguage = locale;
                }
            }
        }
        return sameLanguage != null ? sameLanguage : baseLocale;
    }

    /**
     * Renders {@code key} in {@code locale} (or the base locale when that locale lacks the key) as Telegram HTML.
     * String arguments are capped at {@link #MAX_ARGUMENT_LENGTH} and HTML-escaped; numbers are formatted for
     * the locale.
     *
     * @throws IllegalArgumentException when the key is unknown, or arguments are missing, unexpected, null or a
     *     non-number is given for a number
     */
    public String render(Locale locale, String key, Map<String, ?> args) {
        return template(locale, key).render(args);
    }

    /**
     * Renders {@code key} as plain text, for what Telegram shows without parsing HTML (button labels, pop-ups) and
     * for places outside Telegram (a calendar file, a terminal): {@link #plain} of the HTML, so an argument like
     * "Q&A" stays "Q&A" (as HTML it is escaped to "Q&amp;A").
     */
    public String renderPlain(Locale locale, String key, Map<String, ?> args) {
        return plain(render(locale, key, args));
    }

    /** Renders a template that takes no arguments as plain text; see {@link #renderPlain(Locale, String, Map)}. */
    public String renderPlain(Locale locale, String key) {
        return renderPlain(locale, key, Map.of());
    }

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9A-Fa-f]+|#[0-9]+|lt|gt|quot|amp|apos);");

    /** Telegram HTML as the plain text it shows: tags dropped, entities decoded. */
    public static String plain(String html) {
        Matcher entity = ENTITY.matcher(TAG.matcher(html).replaceAll(""));
        StringBuilder text = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String decoded = switch (name) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "amp" -> "&";
                case "apos" -> "'";
                default -> new String(Character.toChars(name.startsWith("#x")
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1))));
            };
            entity.appendReplacement(text, Matcher.quoteReplacement(decoded));
        }
        entity.appendTail(text);
        return text.toString();
    }

    /** Renders a template that takes no arguments; see {@link #render(Locale, String, Map)}. */
    public String render(Locale locale, String key) {
        return render(locale, key, Map.of());
    }

    /** Every key of the base locale. */
    public Set<String> keys() {
        return keys;
    }

    PromptTemplate template(Locale locale, String key) {
        Locale resolved = locale == null ? baseLocale
                : templates.containsKey(locale) ? locale : localeFor(locale.toLanguageTag());
        PromptTemplate template = templates.get(resolved).get(key);
        if (template == null) {
            template = templates.get(baseLocale).get(key);
        }
        if (template == null) {
            throw new IllegalArgumentException("unknown prompt key '" + key + "'");
        }
        return template;
    }
}
