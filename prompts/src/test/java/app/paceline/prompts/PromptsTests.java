package app.paceline.prompts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.paceline.prompts.PromptCatalogCheck.Kind;
import app.paceline.prompts.PromptCatalogCheck.Problem;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PromptsTests {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale EN = Locale.ENGLISH;

    private final Prompts prompts = Prompts.load(PromptsTests.class.getClassLoader(), "prompts-fixture");

    @Test
    void loadsEveryLocaleOfTheFolderWithEnglishAsBase() {
        assertThat(prompts.baseLocale()).isEqualTo(EN);
        assertThat(prompts.locales()).containsExactly(EN, RU);
        assertThat(prompts.keys()).contains("greeting", "days.count", "only.base")
                .doesNotContain("does.not.exist");
    }

    @ParameterizedTest
    @CsvSource({"1, 1 день", "2, 2 дня", "4, 4 дня", "5, 5 дней", "11, 11 дней", "12, 12 дней", "21, 21 день",
            "22, 22 дня", "25, 25 дней", "101, 101 день", "111, 111 дней", "0, 0 дней"})
    void russianPluralsUseOneFewMany(long count, String expected) {
        assertThat(prompts.render(RU, "days.count", Map.of("count", count))).isEqualTo(expected);
    }

    @Test
    void russianFractionsUseOtherAndLocalDecimalComma() {
        assertThat(prompts.render(RU, "days.count", Map.of("count", 1.5))).isEqualTo("1,5 дня");
    }

    @Test
    void englishPluralsAndExplicitValues() {
        assertThat(prompts.render(EN, "days.count", Map.of("count", 1))).isEqualTo("1 day");
        assertThat(prompts.render(EN, "days.count", Map.of("count", 2))).isEqualTo("2 days");
        assertThat(prompts.render(EN, "days.exact", Map.of("count", 0))).isEqualTo("no days");
        assertThat(prompts.render(EN, "days.exact", Map.of("count", 1))).isEqualTo("one day");
        assertThat(prompts.render(EN, "days.exact", Map.of("count", 7))).isEqualTo("7 days");
        assertThat(prompts.render(EN, "rank", Map.of("place", 2))).isEqualTo("2nd place");
        assertThat(prompts.render(EN, "rank", Map.of("place", 13))).isEqualTo("13th place");
    }

    @Test
    void numbersAreFormattedPerLocale() {
        assertThat(prompts.render(EN, "days.count", Map.of("count", 1_234_567))).isEqualTo("1,234,567 days");
        assertThat(prompts.render(RU, "days.count", Map.of("count", 1_234_567)))
                .isEqualTo("1\u00a0234\u00a0567 дней");
    }

    @Test
    void selectChoosesABranchAndEscapesTheOtherArguments() {
        assertThat(prompts.render(EN, "reminder.kind", Map.of("kind", "live", "title", "Q&A")))
                .isEqualTo("Live session: Q&amp;A");
        assertThat(prompts.render(RU, "reminder.kind", Map.of("kind", "homework", "title", "Эссе")))
                .isEqualTo("Напоминание: Эссе");
    }

    @Test
    void plainTextForButtonsKeepsArgumentsAsTyped() {
        assertThat(prompts.renderPlain(EN, "reminder.kind", Map.of("kind", "live", "title", "Q&A <live> \"now\"")))
                .isEqualTo("Live session: Q&A <live> \"now\"");
    }

    @Test
    void telegramHtmlBecomesThePlainTextItShows() {
        assertThat(Prompts.plain("<b>Bread &amp; butter</b> &lt;v2&gt; &quot;now&quot; &#39;n&#x27; &amp;lt;"))
                .isEqualTo("Bread & butter <v2> \"now\" 'n' &lt;");
        assertThat(Prompts.plain("no markup")).isEqualTo("no markup");
    }

    @Test
    void apostrophesAreLiteral() {
        assertThat(prompts.render(EN, "apostrophe", Map.of("time", "9:00"))).isEqualTo("It's 9:00 — don't worry.");
    }

    @Test
    void stringArgumentsAreHtmlEscaped() {
        assertThat(prompts.render(EN, "greeting", Map.of("name", "<script>alert(\"x\" & 1)</script>")))
                .isEqualTo("Hello, <b>&lt;script&gt;alert(&quot;x&quot; &amp; 1)&lt;/script&gt;</b>!");
        assertThat(prompts.render(EN, "greeting", Map.of("name", "{name} ' {0}")))
                .isEqualTo("Hello, <b>{name} ' {0}</b>!");
    }

    @Test
    void longStringArgumentsAreCappedWithAnEllipsis() {
        String exact = "x".repeat(Prompts.MAX_ARGUMENT_LENGTH);
        assertThat(prompts.render(EN, "greeting", Map.of("name", exact))).isEqualTo("Hello, <b>" + exact + "</b>!");

        String rendered = prompts.render(EN, "greeting", Map.of("name", "y".repeat(1000)));
        String name = rendered.substring("Hello, <b>".length(), rendered.length() - "</b>!".length());
        assertThat(name).hasSize(Prompts.MAX_ARGUMENT_LENGTH).endsWith("y…");
    }

    @Test
    void cappingHappensBeforeEscapingAndNeverSplitsAnEmoji() {
        String rendered = prompts.render(EN, "greeting", Map.of("name", "&".repeat(1000)));
        assertThat(TelegramHtml.inspect(rendered).visibleLength())
                .isEqualTo("Hello, !".length() + Prompts.MAX_ARGUMENT_LENGTH);

        String emoji = "a" + "😀".repeat(200);
        String capped = TelegramHtml.cap(emoji, Prompts.MAX_ARGUMENT_LENGTH);
        assertThat(capped.length()).isLessThanOrEqualTo(Prompts.MAX_ARGUMENT_LENGTH);
        assertThat(Character.isHighSurrogate(capped.charAt(capped.length() - 2))).isFalse();
        assertThat(capped).endsWith("😀…");
    }

    @Test
    void missingKeyInALocaleFallsBackToTheBase() {
        assertThat(prompts.render(RU, "only.base")).isEqualTo("Only in English.");
    }

    @Test
    void unsupportedOrNullLocaleRendersTheBase() {
        assertThat(prompts.render(Locale.GERMAN, "greeting", Map.of("name", "Ada"))).isEqualTo("Hello, <b>Ada</b>!");
        assertThat(prompts.render(null, "greeting", Map.of("name", "Ada"))).isEqualTo("Hello, <b>Ada</b>!");
        assertThat(prompts.render(Locale.forLanguageTag("ru-RU"), "greeting", Map.of("name", "Ада")))
                .isEqualTo("Привет, <b>Ада</b>!");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "ru-RU", "RU", "ru_RU", " ru "})
    void russianLanguageCodesResolveToRussian(String code) {
        assertThat(prompts.localeFor(code)).isEqualTo(RU);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"de", "en-US", "zz", "not a tag", "   "})
    void otherLanguageCodesResolveToTheBase(String code) {
        assertThat(prompts.localeFor(code)).isEqualTo(EN);
    }

    @Test
    void missingArgumentsAreNamed() {
        assertThatThrownBy(() -> prompts.render(EN, "reminder.kind", Map.of("kind", "live")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reminder.kind").hasMessageContaining("missing arguments [title]");
        assertThatThrownBy(() -> prompts.render(EN, "greeting"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[name]");
    }

    @Test
    void unexpectedArgumentsAreNamed() {
        assertThatThrownBy(() -> prompts.render(EN, "greeting", Map.of("name", "Ada", "nmae", "typo")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unexpected arguments [nmae]");
    }

    @Test
    void nullAndNonNumericValuesAreRejected() {
        assertThatThrownBy(() -> prompts.render(EN, "days.count", Map.of("count", "three")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'count' must be a number");
        java.util.Map<String, Object> withNull = new java.util.HashMap<>();
        withNull.put("name", null);
        assertThatThrownBy(() -> prompts.render(EN, "greeting", withNull))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'name' is null");
    }

    @Test
    void unknownKeyIsRejected() {
        assertThatThrownBy(() -> prompts.render(RU, "no.such.key"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no.such.key");
    }

    @Test
    void loadFailsFastNamingFileAndKeyOfATemplateThatDoesNotParse() {
        assertThatThrownBy(() -> Prompts.load(PromptsTests.class.getClassLoader(), "prompts-unparseable"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("prompts-unparseable/en.properties")
                .hasMessageContaining("'broken'");
    }

    @Test
    void loadFailsWithoutABaseFile() {
        assertThatThrownBy(() -> Prompts.load(PromptsTests.class.getClassLoader(), "no-such-folder"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-folder/en.properties");
    }

    @Test
    void loadFailsOnADuplicateKey() {
        assertThatThrownBy(() -> Prompts.load(PromptsTests.class.getClassLoader(), "prompts-broken"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void guardAcceptsTheFixtureExceptTheKeyLeftOutOnPurpose() {
        List<Problem> problems = PromptCatalogCheck.check(
                PromptCatalog.read(PromptsTests.class.getClassLoader(), "prompts-fixture"));
        assertThat(problems).extracting(Problem::kind, Problem::locale, Problem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.MISSING_KEY, RU, "only.base"));
        assertThat(problems.get(0).toString())
                .startsWith("[ru] prompts-fixture/ru.properties, key 'only.base': missing");
    }

    @Test
    void guardCatchesEveryMistakeInTheBrokenFixture() {
        List<Problem> problems = PromptCatalogCheck.check(
                PromptCatalog.read(PromptsTests.class.getClassLoader(), "prompts-broken"));

        assertThat(find(problems, Kind.MISSING_KEY, RU, "missing.in.ru")).isNotEmpty();
        assertThat(find(problems, Kind.EXTRA_KEY, RU, "extra.key")).isNotEmpty();
        assertThat(find(problems, Kind.DUPLICATE_KEY, RU, "duplicate")).isNotEmpty();
        assertThat(find(problems, Kind.SYNTAX, RU, "syntax")).isNotEmpty();
        assertThat(find(problems, Kind.ARGUMENTS, RU, "greeting")).singleElement().asString()
                .contains("missing {name}").contains("unknown {имя}");
        assertThat(find(problems, Kind.ARGUMENTS, RU, "count.kind")).singleElement().asString()
                .contains("{count} is text here but number/plural in English");
        assertThat(find(problems, Kind.PLURALS, RU, "days.count")).singleElement().asString()
                .contains("lacks the forms [few, many]");
        assertThat(find(problems, Kind.PLURALS, RU, "unused.form")).singleElement().asString()
                .contains("[two]");
        assertThat(find(problems, Kind.HTML, RU, "bad.tag")).asString().contains("<div>");
        assertThat(find(problems, Kind.HTML, RU, "unclosed.tag")).asString().contains("never closed");
        assertThat(find(problems, Kind.HTML, RU, "bare.ampersand")).asString().contains("bare '&'");
        assertThat(find(problems, Kind.HTML, RU, "plain.button")).asString().contains("plain text");
        assertThat(find(problems, Kind.LENGTH, EN, "too.long")).singleElement().asString()
                .contains("can reach " + (16 + 17 * Prompts.MAX_ARGUMENT_LENGTH) + " characters");
        assertThat(find(problems, Kind.LENGTH, RU, "too.long")).hasSize(1);
        assertThat(problems).filteredOn(p -> p.locale().equals(EN) && p.kind() != Kind.LENGTH).isEmpty();
    }

    private static List<Problem> find(List<Problem> problems, Kind kind, Locale locale, String key) {
        return problems.stream()
                .filter(p -> p.kind() == kind && p.locale().equals(locale) && p.key().equals(key))
                .toList();
    }
}
