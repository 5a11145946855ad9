package app.paceline.fakebotapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

class CallbackAndGroupTests {

  private FakeBotApi api;
  private OkHttpTelegramClient telegram;
  private FakeUser ana;

  @BeforeEach
  void start() {
    api = FakeBotApi.start(FakeBotApi.Options.defaults().withoutRateLimits());
    telegram = TestClients.telegram(api);
    ana = api.user(1001, "Ana", "en");
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private List<Update> drain() throws Exception {
    List<Update> updates = telegram.execute(GetUpdates.builder().build());
    if (!updates.isEmpty()) {
      telegram.execute(GetUpdates.builder().offset(updates.get(updates.size() - 1).getUpdateId() + 1).build());
    }
    return updates;
  }

  @Test
  void aButtonPressReachesTheBotAndItsAnswerReachesTheTest() throws Exception {
    FakePrivateChat dm = api.privateChat(ana);
    dm.send("/start");
    drain();
    Message sent = telegram.execute(SendMessage.builder().chatId(1001L).text("Timezone Europe/Berlin?")
        .replyMarkup(InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(
            InlineKeyboardButton.builder().text("Yes").callbackData("tz:ok").build())).build()).build());

    String queryId = dm.pressButton(api.awaitMessages(1001, 1, Duration.ofSeconds(10)).get(0), "tz:ok");
    Update update = drain().get(0);
    telegram.execute(AnswerCallbackQuery.builder().callbackQueryId(update.getCallbackQuery().getId())
        .text("Saved").showAlert(true).build());
    TelegramApiRequestException secondAnswer = catchThrowableOfType(TelegramApiRequestException.class,
        () -> telegram.execute(AnswerCallbackQuery.builder().callbackQueryId(queryId).build()));

    assertThat(update.getCallbackQuery().getId()).isEqualTo(queryId);
    assertThat(update.getCallbackQuery().getData()).isEqualTo("tz:ok");
    assertThat(update.getCallbackQuery().getFrom().getId()).isEqualTo(1001L);
    assertThat(((Message) update.getCallbackQuery().getMessage()).getMessageId()).isEqualTo(sent.getMessageId());
    CallbackAnswer answer = api.awaitCallbackAnswer(queryId, Duration.ofSeconds(10));
    assertThat(answer.text()).isEqualTo("Saved");
    assertThat(answer.showAlert()).isTrue();
    assertThat(secondAnswer.getApiResponse()).contains("query is too old");
  }

  @Test
  void pressingAButtonTheMessageDoesNotHaveIsATestMistake() throws Exception {
    FakePrivateChat dm = api.privateChat(ana);
    dm.send("/start");
    telegram.execute(SendMessage.builder().chatId(1001L).text("no buttons").build());

    assertThatThrownBy(() -> dm.pressButton(api.messages(1001).get(0), "tz:ok"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tz:ok");
  }

  @Test
  void aGroupMemberCanForgeAPressWithDataNoButtonHas() throws Exception {
    FakeGroup group = api.group(-100123, "Baker group").member(ana, "member");
    group.send(ana, "hello");
    drain();
    telegram.execute(SendMessage.builder().chatId(-100123L).text("Cancel?")
        .replyMarkup(InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(
            InlineKeyboardButton.builder().text("Cancel").callbackData("ann:x:aaaa").build())).build()).build());
    BotMessage message = group.awaitBotMessages(1, Duration.ofSeconds(10)).get(0);

    String queryId = group.forgeButtonPress(ana, message, "ann:x:bbbb");
    Update update = drain().get(0);

    assertThat(update.getCallbackQuery().getId()).isEqualTo(queryId);
    assertThat(update.getCallbackQuery().getData()).isEqualTo("ann:x:bbbb");
    assertThat(update.getCallbackQuery().getFrom().getId()).isEqualTo(1001L);
    assertThatThrownBy(() -> group.pressButton(ana, message, "ann:x:bbbb")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void groupCommandsCarryTheBotMentionInTheirEntity() throws Exception {
    FakeGroup group = api.group(-100123, "Baker group").member(ana, "administrator");

    group.send(ana, "/help@paceline_test_bot please");
    Message message = drain().get(0).getMessage();

    assertThat(message.getChat().getTitle()).isEqualTo("Baker group");
    assertThat(message.getEntities()).singleElement().satisfies(entity -> {
      assertThat(entity.getType()).isEqualTo("bot_command");
      assertThat(entity.getLength()).isEqualTo("/help@paceline_test_bot".length());
    });
  }

  @Test
  void anonymousAdminsWriteAsTheGroupThroughGroupAnonymousBot() throws Exception {
    FakeGroup group = api.group(-100123, "Baker group");

    group.sendAsGroup("/settings");
    Message message = drain().get(0).getMessage();

    assertThat(message.getFrom().getId()).isEqualTo(1087968824L);
    assertThat(message.getFrom().getUserName()).isEqualTo("GroupAnonymousBot");
    assertThat(message.getSenderChat().getId()).isEqualTo(-100123L);
  }

  @Test
  void kickingTheBotEmitsMyChatMemberAndSendsThenFailWithForbidden() throws Exception {
    FakeGroup group = api.group(-100123, "Baker group").member(ana, "creator");
    group.addBot("administrator");
    group.kickBot();

    List<Update> updates = drain();
    TelegramApiRequestException error = catchThrowableOfType(TelegramApiRequestException.class,
        () -> telegram.execute(SendMessage.builder().chatId(-100123L).text("hi").build()));

    assertThat(updates).extracting(update -> update.getMyChatMember().getNewChatMember().getStatus())
        .containsExactly("administrator", "kicked");
    assertThat(updates.get(1).getMyChatMember().getFrom().getId()).isEqualTo(1001L);
    assertThat(error.getErrorCode()).isEqualTo(403);
    assertThat(error.getApiResponse()).isEqualTo("Forbidden: bot was kicked from the supergroup chat");
  }
}
