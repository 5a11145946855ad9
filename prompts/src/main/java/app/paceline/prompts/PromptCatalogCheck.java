package app.paceline.prompts;

import app.paceline.prompts.PromptCatalog.PromptFile;
import app.paceline.prompts.PromptTemplate.Branching;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The translators' guard: finds every problem in a catalog (missing or extra keys, templates that do not parse,
 * placeholders that differ from English, missing plural forms, HTML Telegram would reject, texts too long) and
 * describes each so the person fixing it knows the file, the key and what to do.
 */
final class PromptCatalogCheck {

    /** Telegram's limit for a bot command's description (setMyCommands). */
    static final int COMMAND_DESCRIPTION_LIMIT = 256;

    /** A string argument as bad as it gets: over the cap, and made of the characters that escape longest. */
    static final String WORST_TEXT = "\"&<>".repeat(Prompts.MAX_ARGUMENT_LENGTH / 4 + 2);

    private static final List<Number> EXTREME_NUMBERS = List.of(
            Long.MIN_VALUE, Long.MAX_VALUE, -1L, 0L, 1L, 2L, 3L, 4L, 5L, 11L, 12L, 21L, 22L, 25L, 101L, 111L,
            1_000_000L, 0.5, 1.5, 2.5, -1.5, 1234567.891);

    private static final int MAX_COMBINATIONS = 2_000;

    private PromptCatalogCheck() {
    }

    /** The kinds of problems, so a test can report each kind separately. */
    enum Kind { DUPLICATE_KEY, MISSING_KEY, EXTRA_KEY, SYNTAX, ARGUMENTS, PLURALS, HTML, LENGTH }

    /** One problem in one locale's template for one key. */
    record Problem(Kind kind, Locale locale, String file, String key, String message) {
        @Override
        public String toString() {
            return "[" + locale.toLanguageTag() + "] " + file + ", key '" + key + "': " + message;
        }
    }

    /** Checks a whole catalog; an empty list means it is good to ship. */
    static List<Problem> check(PromptCatalog catalog) {
        List<Problem> problems = new ArrayList<>();
        PromptFile base = catalog.base();
        Map<Locale, Map<String, PromptTemplate>> parsed = new LinkedHashMap<>();
        for (PromptFile file : catalog.files().values()) {
            for (String key : new TreeSet<>(file.duplicateKeys())) {
                problems.add(problem(Kind.DUPLICATE_KEY, file, key,
                        "the key appears more than once in the file; only the last one counts, delete the others"));
            }
            Map<String, PromptTemplate> templates = new LinkedHashMap<>();
            file.templates().forEach((key, source) -> {
                try {
                    templates.put(key, PromptTemplate.parse(file.locale(), key, source));
                } catch (IllegalArgumentException e) {
                    problems.add(problem(Kind.SYNTAX, file, key, e.getMessage()));
                }
            });
            parsed.put(file.locale(), templates);
        }
        for (PromptFile file : catalog.files().values()) {
            if (file != base) {
                checkKeys(base, file, problems);
            }
        }
        Map<String, PromptTemplate> baseTemplates = parsed.get(base.locale());
        for (PromptFile file : catalog.files().values()) {
            Map<String, PromptTemplate> templates = parsed.get(file.locale());
            for (PromptTemplate template : templates.values()) {
                PromptTemplate english = baseTemplates.get(template.key());
                if (file != base && english != null) {
                    checkArguments(english, template, file, problems);
                    checkPlainText(english, template, file, problems);
                }
                checkPlurals(template, file, problems);
                checkRendering(template, file, problems);
            }
        }
        return List.copyOf(problems);
    }

    private static void checkKeys(PromptFile base, PromptFile file, List<Problem> problems) {
        for (String key : base.templates().keySet()) {
            if (!file.templates().containsKey(key)) {
                problems.add(problem(Kind.MISSING_KEY, file, key, "missing; translate the line from "
                        + base.resource() + ": " + key + "=" + base.templates().get(key)));
            }
        }
        for (String key : file.templates().keySet()) {
            if (!base.templates().containsKey(key)) {
                problems.add(problem(Kind.EXTRA_KEY, file, key, "not in " + base.resource()
                        + "; the bot never uses it (a typo in the key?), delete it or rename it"));
            }
        }
    }

    private static void checkArguments(PromptTemplate english, PromptTemplate template, PromptFile file,
            List<Problem> problems) {
        Map<String, ArgumentKind> expected = english.arguments();
        Map<String, ArgumentKind> actual = template.arguments();
        if (expected.equals(actual)) {
            return;
        }
        List<String> issues = new ArrayList<>();
        Set<String> missing = new TreeSet<>(expected.keySet());
        missing.removeAll(actual.keySet());
        Set<String> unknown = new TreeSet<>(actual.keySet());
        unknown.removeAll(expected.keySet());
        if (!missing.isEmpty()) {
            issues.add("missing " + braces(missing));
        }
        if (!unknown.isEmpty()) {
            issues.add("unknown " + braces(unknown) + " (placeholders must not be translated)");
        }
        expected.forEach((name, kind) -> {
            ArgumentKind other = actual.get(name);
            if (other != null && other != kind) {
                issues.add("{" + name + "} is " + other.label() + " here but " + kind.label() + " in English");
            }
        });
        problems.add(problem(Kind.ARGUMENTS, file, template.key(), "placeholders differ from English: "
                + String.join("; ", issues) + "; English uses " + describe(expected)));
    }

    private static void checkPlainText(PromptTemplate english, PromptTemplate template, PromptFile file,
            List<Problem> problems) {
        if (!hasMarkup(english.source()) && hasMarkup(template.source())) {
            problems.add(problem(Kind.HTML, file, template.key(), "the English text has no HTML tags or "
                    + "&-entities, so it may be shown as plain text (a button, a pop-up); remove them here too"));
        }
    }

    private static boolean hasMarkup(String source) {
        return source.indexOf('<') >= 0 || source.indexOf('&') >= 0;
    }

    private static void checkPlurals(PromptTemplate template, PromptFile file, List<Problem> problems) {
        ULocale locale = ULocale.forLocale(template.locale());
        for (Branching branching : template.branchings()) {
            if (branching.type() == Branching.Type.SELECT) {
                continue;
            }
            boolean ordinal = branching.type() == Branching.Type.SELECTORDINAL;
            PluralRules rules = PluralRules.forLocale(locale,
                    ordinal ? PluralRules.PluralType.ORDINAL : PluralRules.PluralType.CARDINAL);
            Set<String> needed = new TreeSet<>(rules.getKeywords());
            needed.removeIf(keyword -> coveredByExplicitValues(rules, keyword, branching.explicitValues()));
            Set<String> missing = new TreeSet<>(needed);
            missing.removeAll(branching.keywords());
            Set<String> unused = new TreeSet<>(branching.keywords());
            unused.removeAll(rules.getKeywords());
            String what = "{" + branching.argument() + ", " + (ordinal ? "selectordinal" : "plural") + ", …}";
            if (!missing.isEmpty()) {
                problems.add(problem(Kind.PLURALS, file, template.key(), what + " lacks the forms "
                        + missing + "; " + template.locale().getDisplayLanguage(Locale.ENGLISH) + " needs "
                        + examples(rules, rules.getKeywords())));
            }
            if (!unused.isEmpty()) {
                problems.add(problem(Kind.PLURALS, file, template.key(), what + " has the forms " + unused
                        + " that " + template.locale().getDisplayLanguage(Locale.ENGLISH)
                        + " never uses; it uses " + examples(rules, rules.getKeywords())));
            }
        }
    }

    private static boolean coveredByExplicitValues(PluralRules rules, String keyword, Set<Double> explicit) {
        Collection<Double> values = rules.getAllKeywordValues(keyword);
        return values != null && !values.isEmpty() && explicit.containsAll(values);
    }

    private static String examples(PluralRules rules, Set<String> keywords) {
        return keywords.stream().sorted(PromptCatalogCheck::pluralOrder).map(keyword -> {
            Collection<Double> samples = rules.getSamples(keyword);
            if (samples == null || samples.isEmpty()) {
                return keyword.equals("other") ? "other (e.g. 1.5)" : keyword;
            }
            return keyword + " (e.g. " + samples.stream().limit(3).map(PromptCatalogCheck::plain)
                    .collect(Collectors.joining(", ")) + ")";
        }).collect(Collectors.joining(", "));
    }

    private static int pluralOrder(String a, String b) {
        List<String> order = List.of("zero", "one", "two", "few", "many", "other");
        return Integer.compare(order.indexOf(a), order.indexOf(b));
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static void checkRendering(PromptTemplate template, PromptFile file, List<Problem> problems) {
        Set<String> htmlProblems = new LinkedHashSet<>();
        int longest = 0;
        for (Map<String, Object> args : worstCases(template)) {
            String rendered;
            try {
                rendered = template.render(args);
            } catch (RuntimeException e) {
                problems.add(problem(Kind.SYNTAX, file, template.key(), "does not render with " + args.keySet()
                        + ": " + e.getMessage()));
                return;
            }
            TelegramHtml.Inspection inspection = TelegramHtml.inspect(rendered);
            htmlProblems.addAll(inspection.problems());
            if (inspection.visibleText().isBlank()) {
                htmlProblems.add("renders to an empty message, which Telegram rejects");
            }
            longest = Math.max(longest, inspection.visibleLength());
        }
        for (String html : htmlProblems) {
            problems.add(problem(Kind.HTML, file, template.key(), html));
        }
        if (longest > Prompts.TELEGRAM_TEXT_LIMIT) {
            problems.add(problem(Kind.LENGTH, file, template.key(), "can reach " + longest
                    + " characters when every text placeholder is " + Prompts.MAX_ARGUMENT_LENGTH
                    + " characters long; Telegram allows " + Prompts.TELEGRAM_TEXT_LIMIT + "; shorten the text"));
        }
        if (template.key().startsWith("command.") && template.key().endsWith(".description")
                && longest > COMMAND_DESCRIPTION_LIMIT) {
            problems.add(problem(Kind.LENGTH, file, template.key(), "is " + longest + " characters long; Telegram "
                    + "allows " + COMMAND_DESCRIPTION_LIMIT + " for a command description"));
        }
    }

    /**
     * Argument sets that together reach every branch and the longest output: text at its worst, numbers at their
     * extremes and in every plural form, every select branch.
     */
    static List<Map<String, Object>> worstCases(PromptTemplate template) {
        Map<String, List<Object>> candidates = new LinkedHashMap<>();
        template.arguments().forEach((name, kind) -> candidates.put(name, switch (kind) {
            case TEXT -> List.of(WORST_TEXT);
            case NUMBER -> numbers(template, name);
            case SELECT -> selections(template, name);
        }));
        long combinations = 1;
        for (List<Object> values : candidates.values()) {
            combinations = Math.min(Long.MAX_VALUE / 1024, combinations * values.size());
        }
        List<Map<String, Object>> cases = new ArrayList<>();
        if (combinations <= MAX_COMBINATIONS) {
            cases.add(new LinkedHashMap<>());
            for (Map.Entry<String, List<Object>> entry : candidates.entrySet()) {
                List<Map<String, Object>> next = new ArrayList<>();
                for (Map<String, Object> partial : cases) {
                    for (Object value : entry.getValue()) {
                        Map<String, Object> extended = new LinkedHashMap<>(partial);
                        extended.put(entry.getKey(), value);
                        next.add(extended);
                    }
                }
                cases = next;
            }
            return cases;
        }
        Map<String, Object> baseline = new LinkedHashMap<>();
        candidates.forEach((name, values) -> baseline.put(name, values.get(0)));
        List<Map<String, Object>> varied = new ArrayList<>();
        varied.add(baseline);
        candidates.forEach((name, values) -> values.forEach(value -> {
            Map<String, Object> one = new LinkedHashMap<>(baseline);
            one.put(name, value);
            varied.add(one);
        }));
        return varied;
    }

    private static List<Object> numbers(PromptTemplate template, String name) {
        Set<Object> values = new LinkedHashSet<>(EXTREME_NUMBERS);
        ULocale locale = ULocale.forLocale(template.locale());
        for (Branching branching : template.branchings()) {
            if (!branching.argument().equals(name)) {
                continue;
            }
            branching.explicitValues().forEach(value -> values.add(number(value)));
            PluralRules rules = PluralRules.forLocale(locale, branching.type() == Branching.Type.SELECTORDINAL
                    ? PluralRules.PluralType.ORDINAL : PluralRules.PluralType.CARDINAL);
            for (String keyword : rules.getKeywords()) {
                Collection<Double> samples = rules.getSamples(keyword);
                if (samples != null) {
                    samples.stream().limit(2).forEach(sample -> values.add(number(sample)));
                }
            }
        }
        return List.copyOf(values);
    }

    private static Number number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Number) (long) value : (Number) value;
    }

    private static List<Object> selections(PromptTemplate template, String name) {
        Set<Object> values = new LinkedHashSet<>();
        for (Branching branching : template.branchings()) {
            if (branching.argument().equals(name)) {
                values.addAll(branching.keywords());
            }
        }
        values.add("other");
        return List.copyOf(values);
    }

    private static String braces(Set<String> names) {
        return names.stream().map(name -> "{" + name + "}").collect(Collectors.joining(", "));
    }

    private static String describe(Map<String, ArgumentKind> arguments) {
        if (arguments.isEmpty()) {
            return "no placeholders";
        }
        return arguments.entrySet().stream().map(e -> "{" + e.getKey() + "} (" + e.getValue().label() + ")")
                .collect(Collectors.joining(", "));
    }

    private static Problem problem(Kind kind, PromptFile file, String key, String message) {
        return new Problem(kind, file.locale(), file.resource(), key, message);
    }
}
