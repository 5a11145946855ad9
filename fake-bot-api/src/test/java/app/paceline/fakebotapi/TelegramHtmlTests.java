package app.paceline.fakebotapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class TelegramHtmlTests {

  private static String error(String html) {
    ApiError error = catchThrowableOfType(ApiError.class, () -> TelegramHtml.parse(html));
    assertThat(error).as(html).isNotNull();
    assertThat(error.code()).isEqualTo(400);
    return error.description();
  }

  @Test
  void nestedTagsBecomeEntitiesWithUtf16Offsets() {
    TelegramHtml.Parsed parsed = TelegramHtml.parse("😀 <b>bold <i>both</i></b> <a href=\"https://x.io/?a=1&amp;b=2\">link</a>");

    assertThat(parsed.text()).isEqualTo("😀 bold both link");
    JsonNode entities = parsed.entities();
    assertThat(entities).hasSize(3);
    assertThat(entities.get(0).path("type").asText()).isEqualTo("bold");
    assertThat(entities.get(0).path("offset").asInt()).isEqualTo(3);
    assertThat(entities.get(0).path("length").asInt()).isEqualTo(9);
    assertThat(entities.get(1).path("type").asText()).isEqualTo("italic");
    assertThat(entities.get(1).path("offset").asInt()).isEqualTo(8);
    assertThat(entities.get(2).path("url").asText()).isEqualTo("https://x.io/?a=1&b=2");
  }

  @Test
  void characterEntitiesAreDecoded() {
    assertThat(TelegramHtml.parse("&lt;tag&gt; &amp; &quot;q&quot; &#65;&#x42;").text())
        .isEqualTo("<tag> & \"q\" AB");
  }

  @Test
  void preWithACodeLanguageIsOneEntityWithTheLanguage() {
    JsonNode entities = TelegramHtml.parse("<pre><code class=\"language-java\">int x;</code></pre>").entities();

    assertThat(entities).hasSize(1);
    assertThat(entities.get(0).path("type").asText()).isEqualTo("pre");
    assertThat(entities.get(0).path("language").asText()).isEqualTo("java");
  }

  @Test
  void spoilersAndBlockquotesAreSupported() {
    JsonNode entities = TelegramHtml.parse("<span class=\"tg-spoiler\">a</span><tg-spoiler>b</tg-spoiler>"
        + "<blockquote expandable>c</blockquote><s>d</s><u>e</u><code>f</code>").entities();

    assertThat(entities).extracting(entity -> entity.path("type").asText()).containsExactly("spoiler", "spoiler",
        "expandable_blockquote", "strikethrough", "underline", "code");
  }

  @Test
  void invalidMarkupIsReportedLikeTelegram() {
    assertThat(error("<b>open")).isEqualTo(
        "Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\"");
    assertThat(error("x <br> y")).isEqualTo(
        "Bad Request: can't parse entities: Unsupported start tag \"br\" at byte offset 2");
    assertThat(error("<b><i>x</b></i>")).contains("Unmatched end tag at byte offset 7, expected \"</i>\", found"
        + " \"</b>\"");
    assertThat(error("x</b>")).contains("Unexpected end tag at byte offset 1");
    assertThat(error("1 < 2")).contains("Unsupported start tag \"\" at byte offset 2");
    assertThat(error("R&D")).contains("byte offset 1");
    assertThat(error("&nbsp;")).contains("Unsupported HTML entity");
    assertThat(error("<span>x</span>")).contains("Unsupported start tag \"span\"");
    assertThat(error("<b")).contains("Unclosed start tag");
  }
}
