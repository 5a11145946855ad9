package app.paceline.fakebotapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

class ControlApiTests {

  private FakeBotApi api;
  private OkHttpTelegramClient telegram;

  @BeforeEach
  void start() {
    api = FakeBotApi.start(FakeBotApi.Options.defaults().withoutRateLimits());
    telegram = TestClients.telegram(api);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private JsonNode post(String path, String json) {
    HttpResponse<String> response = TestClients.post(api.baseUrl() + "/_fake" + path, "application/json", json);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.parse(response.body());
  }

  private JsonNode get(String path) {
    HttpResponse<String> response = TestClients.get(api.baseUrl() + "/_fake" + path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.parse(response.body());
  }

  @Test
  void aConversationCanBeDrivenOverHttp() throws Exception {
    post("/chats/1001/send", "{\"text\":\"/start\",\"first_name\":\"Ana\",\"language_code\":\"en\"}");
    List<Update> updates = telegram.execute(GetUpdates.builder().build());
    telegram.execute(SendMessage.builder().chatId(1001L).text("Welcome").replyMarkup(InlineKeyboardMarkup
        .builder().keyboardRow(new InlineKeyboardRow(InlineKeyboardButton.builder().text("Go")
            .callbackData("go").build())).build()).build());

    JsonNode messages = get("/chats/1001/messages?after=0");
    int messageId = messages.path("messages").get(0).path("message_id").asInt();
    String queryId = post("/chats/1001/press", "{\"message_id\":" + messageId + ",\"data\":\"go\"}")
        .path("callback_query_id").asText();
    JsonNode later = get("/chats/1001/messages?after=" + messages.path("last_seq").asLong());

    assertThat(updates.get(0).getMessage().getFrom().getFirstName()).isEqualTo("Ana");
    assertThat(messages.path("messages").get(0).path("text").asText()).isEqualTo("Welcome");
    assertThat(messages.path("messages").get(0).path("reply_markup").path("inline_keyboard").get(0).get(0)
        .path("callback_data").asText()).isEqualTo("go");
    assertThat(queryId).isNotEmpty();
    assertThat(later.path("messages")).isEmpty();
    assertThat(get("/state").path("chats").get(0).path("started").asBoolean()).isTrue();
  }

  @Test
  void failuresCanBeInjectedOverHttp() {
    post("/chats/1001/send", "{\"text\":\"/start\"}");
    post("/failures", "{\"method\":\"sendMessage\",\"status\":403,\"description\":\"Forbidden: user is"
        + " deactivated\"}");

    TelegramApiRequestException error = org.assertj.core.api.Assertions.catchThrowableOfType(
        TelegramApiRequestException.class,
        () -> telegram.execute(SendMessage.builder().chatId(1001L).text("hi").build()));

    assertThat(error.getApiResponse()).isEqualTo("Forbidden: user is deactivated");
    assertThat(get("/calls?method=sendMessage")).hasSize(1);
  }

  @Test
  void groupsAndMembersCanBeSetUpOverHttp() throws Exception {
    post("/users", "{\"id\":1001,\"first_name\":\"Ana\"}");
    post("/groups", "{\"id\":-100777,\"title\":\"Bakers\"}");
    post("/groups/-100777/members", "{\"user_id\":1001,\"status\":\"administrator\"}");
    post("/chats/-100777/send", "{\"from\":1001,\"text\":\"/help\"}");

    List<Update> updates = telegram.execute(GetUpdates.builder().build());

    assertThat(updates).singleElement().satisfies(update ->
        assertThat(update.getMessage().getChat().getTitle()).isEqualTo("Bakers"));
  }

  @Test
  void unknownControlPathsAreNotFound() {
    assertThat(TestClients.get(api.baseUrl() + "/_fake/nope").statusCode()).isEqualTo(404);
  }
}
