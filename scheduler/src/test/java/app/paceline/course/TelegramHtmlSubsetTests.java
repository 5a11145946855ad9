package app.paceline.course;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.course.TelegramHtmlSubset.Kind;
import app.paceline.course.TelegramHtmlSubset.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TelegramHtmlSubsetTests {

    @ParameterizedTest
    @ValueSource(strings = {
            "Plain text, with quotes \" and 'apostrophes'.",
            "<b>bold</b> <strong>strong</strong> <i>i</i> <em>em</em> <u>u</u> <ins>ins</ins>",
            "<s>s</s> <strike>strike</strike> <del>del</del> <tg-spoiler>secret</tg-spoiler>",
            "<span class=\"tg-spoiler\">secret</span>",
            "<a href=\"https://example.org/a?b=1&amp;c=2\">link</a> <a href='http://example.org'>x</a>",
            "<a href=\"tg://user?id=123\">someone</a>",
            "<code>x</code> <pre>block</pre> <pre><code class=\"language-python\">print(1)</code></pre>",
            "<blockquote>quote</blockquote> <blockquote expandable>long quote</blockquote>",
            "<b>bold <i>and italic</i></b> <B>upper case</B>",
            "&lt;tag&gt; &amp; &quot; &#8212; &#x2014;",
            "Line one\nLine two",
            ""})
    void acceptsWhatTelegramAccepts(String html) {
        assertThat(TelegramHtmlSubset.firstProblem(html)).isEmpty();
        assertThat(TelegramHtmlSubset.isValid(html)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<div>x</div>|UNKNOWN_TAG|<div>",
            "one<br>two|UNKNOWN_TAG|<br>",
            "<tg-emoji emoji-id=\"1\">x</tg-emoji>|UNKNOWN_TAG|<tg-emoji>",
            "Feed it <b>twice today.|UNCLOSED_TAG|<b>",
            "<b><i>bold</b></i>|UNCLOSED_TAG|<i>",
            "done</i>|STRAY_CLOSING_TAG|</i>",
            "<a>no link</a>|BAD_LINK|<a>",
            "<a href=\"ftp://example.org\">x</a>|BAD_LINK|<a href=\"ftp://example.org\">",
            "<a href=\"example.org\">x</a>|BAD_LINK|<a href=\"example.org\">",
            "<a href=\"https://example.org\" target=\"_blank\">x</a>|BAD_LINK|<a href=\"https://example.org\" target=\"_blank\">",
            "<span>x</span>|BAD_ATTRIBUTE|<span>",
            "<span class=\"red\">x</span>|BAD_ATTRIBUTE|<span class=\"red\">",
            "<b class=\"x\">x</b>|BAD_ATTRIBUTE|<b class=\"x\">",
            "<code class=\"python\">x</code>|BAD_ATTRIBUTE|<code class=\"python\">",
            "<b/>|MALFORMED_TAG|<b/>",
            "<a href=https://example.org>x</a>|MALFORMED_TAG|<a href=https://example.org>",
            "if a < b then|UNESCAPED|if a < b then",
            "2 > 1 always|UNESCAPED|2 > 1 always",
            "Salt & pepper|UNESCAPED|Salt & pepper",
            "a < b > c|UNESCAPED|a < b > c",
            "Wait&nbsp;here|BAD_ENTITY|&nbsp;",
            "&#55296; is a lone surrogate|BAD_ENTITY|&#55296;"})
    void namesTheFirstProblem(String html, Kind kind, String value) {
        assertThat(TelegramHtmlSubset.firstProblem(html)).contains(new Problem(kind, value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"unknown_tag|UNKNOWN_TAG", "bad_entity|BAD_ENTITY"})
    void kindsHaveSnakeCaseKeys(String key, Kind kind) {
        assertThat(kind.key()).isEqualTo(key);
    }

    @Test
    void anUnescapedCharacterIsShownWithTheTextAroundItOnItsLine() {
        assertThat(TelegramHtmlSubset.firstProblem("A fine first line\nR&D\nLast"))
                .contains(new Problem(Kind.UNESCAPED, "R&D"));
        assertThat(TelegramHtmlSubset.firstProblem("x".repeat(20) + " & " + "y".repeat(20)))
                .contains(new Problem(Kind.UNESCAPED, "x".repeat(11) + " & " + "y".repeat(11)));
        assertThat(TelegramHtmlSubset.firstProblem("If the hydration < 70% it is stiff"))
                .contains(new Problem(Kind.UNESCAPED, "hydration < 70% it is"));
    }
}
