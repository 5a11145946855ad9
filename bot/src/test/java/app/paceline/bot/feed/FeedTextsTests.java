package app.paceline.bot.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedTextsTests {

    @Test
    void telegramHtmlBecomesThePlainTextItShows() {
        assertThat(FeedTexts.plain("<b>Bread &amp; butter</b> &lt;v2&gt; &quot;now&quot; &#39;n&#x27; &amp;lt;"))
                .isEqualTo("Bread & butter <v2> \"now\" 'n' &lt;");
        assertThat(FeedTexts.plain("no markup")).isEqualTo("no markup");
    }
}
