package app.paceline;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.prompts.Prompts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every call in the bot's code of the form {@code render(locale, "key", Map.of("a", …, "b", …))} names exactly the
 * arguments the prompt takes, in every language. The renderer refuses missing and extra arguments at run time; this
 * finds them at build time, for the calls whose key and argument names are literals (most of them). Two such bugs
 * reached a user's chat before ("Move…" on a reminder; the prep line of a session nudge).
 */
class PromptArgumentsInCodeTests {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern CALL = Pattern.compile("render(?:Plain)?\\(\\s*[^,()]+(?:\\([^()]*\\))?\\s*,\\s*\"([a-z][a-z0-9_.]*)\"\\s*,\\s*Map\\.of\\(");

    record Call(Path file, int line, String key, List<String> arguments) {
    }

    @Test
    void everyLiteralCallGivesThePromptExactlyItsArguments() throws IOException {
        Prompts prompts = Prompts.load();
        List<Call> calls = calls();
        assertThat(calls).as("literal render calls found").hasSizeGreaterThan(40);
        List<String> wrong = new ArrayList<>();
        for (Call call : calls) {
            Map<String, Object> arguments = new LinkedHashMap<>();
            call.arguments().forEach(name -> arguments.put(name, 1));
            for (String language : List.of("en", "ru")) {
                try {
                    prompts.render(Locale.forLanguageTag(language), call.key(), arguments);
                } catch (IllegalArgumentException e) {
                    wrong.add(call.file().getFileName() + ":" + call.line() + " " + e.getMessage());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static List<Call> calls() throws IOException {
        List<Call> calls = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher call = CALL.matcher(source);
                while (call.find()) {
                    List<String> elements = topLevelElements(source, call.end());
                    List<String> names = new ArrayList<>();
                    boolean literal = elements.size() % 2 == 0;
                    for (int i = 0; literal && i < elements.size(); i += 2) {
                        String name = elements.get(i).strip();
                        literal = name.matches("\"[A-Za-z0-9_]+\"");
                        names.add(literal ? name.substring(1, name.length() - 1) : "");
                    }
                    if (literal) {
                        int line = (int) source.substring(0, call.start()).chars().filter(c -> c == '\n').count() + 1;
                        calls.add(new Call(file, line, call.group(1), names));
                    }
                }
            }
        }
        return calls;
    }

    /** The comma-separated elements of the argument list that starts at {@code from}, up to its closing parenthesis. */
    private static List<String> topLevelElements(String source, int from) {
        List<String> elements = new ArrayList<>();
        int depth = 0;
        boolean inString = false;
        StringBuilder current = new StringBuilder();
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (inString) {
                current.append(c);
                if (c == '\\') {
                    current.append(source.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    if (!current.toString().isBlank()) {
                        elements.add(current.toString());
                    }
                    return elements;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                elements.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        return elements;
    }
}
