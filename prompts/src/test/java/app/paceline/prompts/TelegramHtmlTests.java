package app.paceline.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TelegramHtmlTests {

    @ParameterizedTest
    @ValueSource(strings = {
        "<b>bold <i>italic</i></b>", "<strong>s</strong><em>e</em><u>u</u><ins>i</ins><s>s</s><strike>s</strike>",
        "<del>d</del><code>c</code><pre><code class=\"language-java\">x</code></pre>",
        "<a href=\"https://example.com/?a=1&amp;b=2\">link</a>", "<blockquote>q</blockquote>",
        "<blockquote expandable>q</blockquote>", "<tg-spoiler>s</tg-spoiler>", "<span class=\"tg-spoiler\">s</span>",
        "&lt;&gt;&amp;&quot;&#128512;&#x1F600;", "plain — text “quoted”"})
    void acceptsWhatTelegramAccepts(String html) {
        assertThat(TelegramHtml.inspect(html).problems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<div>x</div>", "<br>", "<b>x", "x</b>", "<b><i>x</b></i>", "<a>x</a>", "<a href=\"u\" title=\"t\">x</a>",
        "<span>x</span>", "<b class=\"x\">y</b>", "1 < 2", "2 > 1", "Q&A", "&nbsp;", "<b", "<code class=\"x\">y</code>"})
    void rejectsWhatTelegramRejects(String html) {
        assertThat(TelegramHtml.inspect(html).problems()).isNotEmpty();
    }

    @Test
    void visibleLengthCountsEntitiesAsOneCharacterAndIgnoresTags() {
        assertThat(TelegramHtml.inspect("<b>&amp;&lt;</b> x").visibleLength()).isEqualTo(4);
        assertThat(TelegramHtml.inspect("&#128512;").visibleLength()).isEqualTo(2);
        assertThat(TelegramHtml.inspect("<a href=\"https://a.example\">ab</a>").visibleLength()).isEqualTo(2);
    }

    @Test
    void escapesTheFourSpecialCharacters() {
        assertThat(TelegramHtml.escape("a&b<c>d\"e'f")).isEqualTo("a&amp;b&lt;c&gt;d&quot;e'f");
        assertThat(TelegramHtml.escape("plain")).isEqualTo("plain");
    }
}
