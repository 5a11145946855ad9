package app.paceline;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.prompts.Prompts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every prompt key the bot's code names exists in prompts/, so a typo fails the build instead of a user's
 * conversation. Keys are the string literals shaped like {@code area.name} or {@code snake_case} in classes that
 * use {@link Prompts}.
 */
class PromptKeysInCodeTests {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z_]*(?:\\.[a-z_]+)*)\"");

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (!source.contains("prompts.render(")) {
                    continue;
                }
                Matcher literal = LITERAL.matcher(source);
                while (literal.find()) {
                    String candidate = literal.group(1);
                    if (candidate.contains(".") || candidate.contains("_")) {
                        named.add(candidate);
                    }
                }
            }
        }
        assertThat(named).as("keys named in code").hasSizeGreaterThan(15);
        assertThat(Prompts.load().keys()).containsAll(named);
    }
}
