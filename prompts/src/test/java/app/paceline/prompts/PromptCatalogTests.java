package app.paceline.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.prompts.PromptCatalogCheck.Kind;
import app.paceline.prompts.PromptCatalogCheck.Problem;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The guard over the real catalog in src/main/resources/prompts: if this fails, the message says which language
 * file, which key and what to fix.
 */
class PromptCatalogTests {

    private static PromptCatalog catalog;
    private static List<Problem> problems;

    @BeforeAll
    static void check() {
        catalog = PromptCatalog.read(PromptCatalogTests.class.getClassLoader(), "prompts");
        problems = PromptCatalogCheck.check(catalog);
    }

    @ParameterizedTest(name = "no {0} problems")
    @EnumSource(Kind.class)
    void catalogHasNoProblemsOfKind(Kind kind) {
        List<String> found = problems.stream().filter(p -> p.kind() == kind).map(Problem::toString).toList();
        assertThat(found)
                .withFailMessage(() -> found.size() + " " + kind + " problem(s) in the prompt catalog:\n  "
                        + String.join("\n  ", found))
                .isEmpty();
    }

    @Test
    void catalogHasEnglishAndRussian() {
        assertThat(catalog.files().keySet()).contains(Locale.ENGLISH, Locale.forLanguageTag("ru"));
        Prompts prompts = Prompts.load();
        assertThat(prompts.locales()).containsExactlyElementsOf(catalog.files().keySet());
        assertThat(prompts.keys()).isEqualTo(catalog.base().templates().keySet());
    }

    @Test
    void everyFileInTheFolderIsALanguageTheBotLoads() throws IOException, URISyntaxException {
        URL folder = PromptCatalogTests.class.getClassLoader().getResource("prompts");
        assertThat(folder).isNotNull();
        assertThat(folder.getProtocol()).isEqualTo("file");
        Set<String> loaded = catalog.files().values().stream()
                .map(file -> file.resource().substring("prompts/".length())).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            List<String> ignored = files.map(path -> path.getFileName().toString())
                    .filter(name -> !loaded.contains(name)).sorted().toList();
            assertThat(ignored)
                    .withFailMessage(() -> "files in prompts/ that the bot ignores: " + ignored
                            + "; name each language file by its two-letter code, like ru.properties or de.properties")
                    .isEmpty();
        }
    }
}
