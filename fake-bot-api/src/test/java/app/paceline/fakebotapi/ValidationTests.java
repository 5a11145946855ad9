package app.paceline.fakebotapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

class ValidationTests {

  private FakeBotApi api;
  private OkHttpTelegramClient telegram;

  @BeforeEach
  void start() {
    api = FakeBotApi.start(FakeBotApi.Options.defaults().withoutRateLimits());
    telegram = TestClients.telegram(api);
    api.privateChat(api.user(1001, "Ana", "en")).send("/start");
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private TelegramApiRequestException rejected(SendMessage message) {
    TelegramApiRequestException error = catchThrowableOfType(TelegramApiRequestException.class,
        () -> telegram.execute(message));
    assertThat(error).as("expected a rejection").isNotNull();
    assertThat(error.getErrorCode()).isEqualTo(400);
    return error;
  }

  private static SendMessage withButton(String callbackData) {
    return SendMessage.builder().chatId(1001L).text("pick").replyMarkup(InlineKeyboardMarkup.builder()
        .keyboardRow(new InlineKeyboardRow(InlineKeyboardButton.builder().text("B").callbackData(callbackData)
            .build())).build()).build();
  }

  @Test
  void textLongerThan4096CharactersAfterEntityParsingIsTooLong() throws Exception {
    String limit = "x".repeat(4096);

    telegram.execute(SendMessage.builder().chatId(1001L).text("<b>" + limit + "</b>").parseMode("HTML").build());
    TelegramApiRequestException error = rejected(SendMessage.builder().chatId(1001L).text(limit + "y").build());

    assertThat(error.getApiResponse()).isEqualTo("Bad Request: message is too long");
  }

  @Test
  void callbackDataIsLimitedTo64Utf8Bytes() throws Exception {
    telegram.execute(withButton("é".repeat(32)));

    TelegramApiRequestException error = rejected(withButton("é".repeat(33)));

    assertThat(error.getApiResponse()).isEqualTo("Bad Request: BUTTON_DATA_INVALID");
  }

  @Test
  void invalidHtmlIsRejectedWithCantParseEntities() {
    for (String html : new String[] {"<b>unclosed", "<div>x</div>", "a < b", "Tom & Jerry", "<b><i>x</b></i>"}) {
      TelegramApiRequestException error = rejected(SendMessage.builder().chatId(1001L).text(html).parseMode("HTML")
          .build());

      assertThat(error.getApiResponse()).as(html).startsWith("Bad Request: can't parse entities: ");
    }
  }

  @Test
  void emptyTextIsRejected() {
    HttpResponse<String> response = TestClients.post(api.baseUrl() + "/bot" + api.token() + "/sendMessage",
        "application/json", "{\"chat_id\":1001,\"text\":\"<b></b>\",\"parse_mode\":\"HTML\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"description\":\"Bad Request: message text is empty\"");
  }

  @Test
  void inlineButtonsWithoutAnActionAreRejected() {
    HttpResponse<String> response = TestClients.post(api.baseUrl() + "/bot" + api.token() + "/sendMessage",
        "application/json", "{\"chat_id\":1001,\"text\":\"x\",\"reply_markup\":{\"inline_keyboard\":[[{\"text\":"
            + "\"plain\"}]]}}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("Text buttons are unallowed in the inline keyboard");
  }

  @Test
  void aReplyToAMissingMessageIsRejected() {
    HttpResponse<String> response = TestClients.post(api.baseUrl() + "/bot" + api.token() + "/sendMessage",
        "application/json", "{\"chat_id\":1001,\"text\":\"x\",\"reply_parameters\":{\"message_id\":77}}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("message to be replied not found");
  }
}
