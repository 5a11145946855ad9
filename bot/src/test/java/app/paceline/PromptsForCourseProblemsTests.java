package app.paceline;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.course.CourseProblem;
import app.paceline.course.TelegramHtmlSubset;
import app.paceline.prompts.Prompts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@link CourseProblem.Code} has its prompt {@code course.problem.<key>} in every language, taking exactly the
 * code's arguments, and no such prompt is left without a code. The problem list of a course file is rendered by key,
 * so neither {@link PromptKeysInCodeTests} nor {@link PromptArgumentsInCodeTests} can see these.
 */
class PromptsForCourseProblemsTests {

    private static final Set<String> NUMBERS = Set.of("line", "column", "first", "limit", "released");

    private final Prompts prompts = Prompts.load();

    @Test
    void everyCodeHasAPromptTakingExactlyItsArguments() {
        List<String> wrong = new ArrayList<>();
        for (CourseProblem.Code code : CourseProblem.Code.values()) {
            for (Map<String, Object> arguments : argumentsOf(code)) {
                for (String language : List.of("en", "ru")) {
                    try {
                        String text = prompts.render(Locale.forLanguageTag(language), "course.problem." + code.key(), arguments);
                        assertThat(text).isNotBlank();
                    } catch (IllegalArgumentException e) {
                        wrong.add(language + " " + code.key() + ": " + e.getMessage());
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyKindOfBadHtmlHasItsOwnWords() {
        for (String language : List.of("en", "ru")) {
            Locale locale = Locale.forLanguageTag(language);
            String unknownKind = prompts.render(locale, "course.problem.bad_html",
                    Map.of("line", 3, "field", "x", "value", "x", "kind", "?"));
            for (TelegramHtmlSubset.Kind kind : TelegramHtmlSubset.Kind.values()) {
                assertThat(prompts.render(locale, "course.problem.bad_html",
                        Map.of("line", 3, "field", "x", "value", "x", "kind", kind.key())))
                        .as("%s %s", language, kind).isNotEqualTo(unknownKind);
            }
        }
    }

    @Test
    void everyCourseProblemPromptHasItsCode() {
        Set<String> keys = Stream.of(CourseProblem.Code.values()).map(code -> "course.problem." + code.key())
                .collect(Collectors.toSet());

        assertThat(prompts.keys().stream().filter(key -> key.startsWith("course.problem.")))
                .containsExactlyInAnyOrderElementsOf(keys);
    }

    /** The code's arguments, once per branch of a select argument. */
    private static List<Map<String, Object>> argumentsOf(CourseProblem.Code code) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (String name : code.arguments()) {
            arguments.put(name, NUMBERS.contains(name) ? 3 : "x");
        }
        if (code.arguments().contains("kind")) {
            return Stream.of(TelegramHtmlSubset.Kind.values()).map(kind -> {
                Map<String, Object> withKind = new LinkedHashMap<>(arguments);
                withKind.put("kind", kind.key());
                return withKind;
            }).toList();
        }
        if (code.arguments().contains("expected")) {
            return Stream.of("text", "list", "mapping").map(expected -> {
                Map<String, Object> withExpected = new LinkedHashMap<>(arguments);
                withExpected.put("expected", expected);
                return withExpected;
            }).toList();
        }
        return List.of(arguments);
    }
}
