package app.paceline.fakebotapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.GetMyCommands;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChat;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.methods.pinnedmessages.PinChatMessage;
import org.telegram.telegrambots.meta.api.methods.pinnedmessages.UnpinChatMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.ChatFullInfo;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberAdministrator;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

class BotSideTests {

  private static final Instant NOW = Instant.parse("2025-03-01T09:30:00Z");

  private FakeBotApi api;
  private OkHttpTelegramClient telegram;
  private FakePrivateChat ana;

  @BeforeEach
  void start() {
    api = FakeBotApi.start(FakeBotApi.Options.defaults().botToken("424242:TEST-token").withoutRateLimits()
        .clock(Clock.fixed(NOW, ZoneOffset.UTC)));
    telegram = TestClients.telegram(api);
    ana = api.privateChat(api.user(1001, "Ana", "en"));
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private static InlineKeyboardMarkup keyboard(String... data) {
    InlineKeyboardRow row = new InlineKeyboardRow();
    for (String value : data) {
      row.add(InlineKeyboardButton.builder().text("Button " + value).callbackData(value).build());
    }
    return InlineKeyboardMarkup.builder().keyboardRow(row).build();
  }

  @Test
  void getMeDescribesTheBotFromTheTokenAndOptions() throws Exception {
    User me = telegram.execute(GetMe.builder().build());

    assertThat(me.getId()).isEqualTo(424242L);
    assertThat(me.getIsBot()).isTrue();
    assertThat(me.getUserName()).isEqualTo("paceline_test_bot");
  }

  @Test
  void sentMessageComesBackToTheBotAndToTheTestWithItsKeyboard() throws Exception {
    ana.send("/start");

    Message sent = telegram.execute(SendMessage.builder().chatId(1001L).text("Pick <b>one</b>").parseMode("HTML")
        .replyMarkup(keyboard("tz:ok", "tz:change")).build());

    assertThat(sent.getText()).isEqualTo("Pick one");
    assertThat(sent.getEntities()).singleElement().satisfies(entity -> {
      assertThat(entity.getType()).isEqualTo("bold");
      assertThat(entity.getOffset()).isEqualTo(5);
      assertThat(entity.getLength()).isEqualTo(3);
    });
    assertThat(sent.getFrom().getIsBot()).isTrue();
    assertThat(sent.getChat().getId()).isEqualTo(1001L);
    assertThat(sent.getDate()).isEqualTo((int) NOW.getEpochSecond());
    assertThat(sent.getReplyMarkup().getKeyboard().get(0)).hasSize(2);

    List<BotMessage> messages = api.messages(1001);
    assertThat(messages).singleElement().satisfies(message -> {
      assertThat(message.messageId()).isEqualTo(sent.getMessageId());
      assertThat(message.text()).isEqualTo("Pick one");
      assertThat(message.rawText()).isEqualTo("Pick <b>one</b>");
      assertThat(message.parseMode()).isEqualTo("HTML");
      assertThat(message.callbackData()).containsExactly("tz:ok", "tz:change");
      assertThat(message.sentAt()).isEqualTo(NOW);
    });
  }

  @Test
  void sendingToAUserWhoNeverStartedTheBotIsChatNotFound() {
    api.privateChat(api.user(2002, "Bo", "de"));

    TelegramApiRequestException error = catchThrowableOfType(TelegramApiRequestException.class,
        () -> telegram.execute(SendMessage.builder().chatId(2002L).text("hi").build()));

    assertThat(error.getErrorCode()).isEqualTo(400);
    assertThat(error.getApiResponse()).isEqualTo("Bad Request: chat not found");
  }

  @Test
  void editingAndDeletingChangeTheRecordedMessageAndUnknownIdsAreNotFound() throws Exception {
    ana.send("/start");
    Message sent = telegram.execute(SendMessage.builder().chatId(1001L).text("v1").replyMarkup(keyboard("a"))
        .build());

    telegram.execute(EditMessageText.builder().chatId(1001L).messageId(sent.getMessageId()).text("v2").build());
    TelegramApiRequestException notModified = catchThrowableOfType(TelegramApiRequestException.class,
        () -> telegram.execute(EditMessageText.builder().chatId(1001L).messageId(sent.getMessageId()).text("v2")
            .build()));
    telegram.execute(PinChatMessage.builder().chatId(1001L).messageId(sent.getMessageId()).build());
    telegram.execute(DeleteMessage.builder().chatId(1001L).messageId(sent.getMessageId()).build());
    TelegramApiRequestException deleteAgain = catchThrowableOfType(TelegramApiRequestException.class,
        () -> telegram.execute(DeleteMessage.builder().chatId(1001L).messageId(sent.getMessageId()).build()));
    TelegramApiRequestException editMissing = catchThrowableOfType(TelegramApiRequestException.class,
        () -> telegram.execute(EditMessageText.builder().chatId(1001L).messageId(999).text("x").build()));

    BotMessage message = api.messages(1001).get(0);
    assertThat(message.text()).isEqualTo("v2");
    assertThat(message.replyMarkup()).as("an edit without reply_markup drops the inline keyboard").isNull();
    assertThat(message.editedAt()).isEqualTo(NOW);
    assertThat(message.deleted()).isTrue();
    assertThat(notModified.getApiResponse()).startsWith("Bad Request: message is not modified");
    assertThat(deleteAgain.getApiResponse()).isEqualTo("Bad Request: message to delete not found");
    assertThat(editMissing.getApiResponse()).isEqualTo("Bad Request: message to edit not found");
  }

  @Test
  void inAGroupOnlyAnAdminBotPinsAndTheTestSeesWhichMessageIsPinned() throws Exception {
    FakeGroup group = api.group(-100123, "Baker group");
    group.addBot("member");
    Message first = telegram.execute(SendMessage.builder().chatId(-100123L).text("Board 1").build());

    TelegramApiRequestException notAdmin = catchThrowableOfType(TelegramApiRequestException.class,
        () -> telegram.execute(PinChatMessage.builder().chatId(-100123L).messageId(first.getMessageId())
            .disableNotification(true).build()));
    group.addBot("administrator");
    Message second = telegram.execute(SendMessage.builder().chatId(-100123L).text("Board 2").build());
    telegram.execute(PinChatMessage.builder().chatId(-100123L).messageId(first.getMessageId()).build());
    telegram.execute(PinChatMessage.builder().chatId(-100123L).messageId(second.getMessageId())
        .disableNotification(true).build());
    telegram.execute(UnpinChatMessage.builder().chatId(-100123L).messageId(first.getMessageId()).build());

    assertThat(notAdmin.getErrorCode()).isEqualTo(400);
    assertThat(notAdmin.getApiResponse()).isEqualTo("Bad Request: not enough rights to manage pinned messages in the chat");
    assertThat(group.botMessages()).extracting(BotMessage::text, BotMessage::pinned)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Board 1", false),
            org.assertj.core.groups.Tuple.tuple("Board 2", true));
    assertThat(api.calls("pinChatMessage").get(2).params().path("disable_notification").asBoolean()).isTrue();
  }

  @Test
  void aBotMessageAnAdminDeletedCannotBeEditedAnyMore() throws Exception {
    FakeGroup group = api.group(-100123, "Baker group");
    group.addBot("administrator");
    Message board = telegram.execute(SendMessage.builder().chatId(-100123L).text("Board").build());
    telegram.execute(PinChatMessage.builder().chatId(-100123L).messageId(board.getMessageId()).build());

    group.deleteMessage(group.botMessages().get(0));
    TelegramApiRequestException gone = catchThrowableOfType(TelegramApiRequestException.class,
        () -> telegram.execute(EditMessageText.builder().chatId(-100123L).messageId(board.getMessageId()).text("Board 2")
            .build()));

    assertThat(gone.getApiResponse()).isEqualTo("Bad Request: message to edit not found");
    assertThat(group.botMessages().get(0).deleted()).isTrue();
    assertThat(group.botMessages().get(0).pinned()).isFalse();
  }

  @Test
  void chatMembersHaveTheirStatusAndUnknownUsersAreNotFound() throws Exception {
    FakeGroup group = api.group(-100123, "Baker group");
    group.member(api.user(1001, "Ana", "en"), "administrator");

    ChatMember member = telegram.execute(GetChatMember.builder().chatId(-100123L).userId(1001L).build());
    ChatFullInfo chat = telegram.execute(GetChat.builder().chatId(-100123L).build());
    TelegramApiRequestException unknown = catchThrowableOfType(TelegramApiRequestException.class,
        () -> telegram.execute(GetChatMember.builder().chatId(-100123L).userId(5555L).build()));

    assertThat(member).isInstanceOf(ChatMemberAdministrator.class);
    assertThat(member.getUser().getFirstName()).isEqualTo("Ana");
    assertThat(chat.getTitle()).isEqualTo("Baker group");
    assertThat(chat.getType()).isEqualTo("supergroup");
    assertThat(unknown.getApiResponse()).isEqualTo("Bad Request: user not found");
  }

  @Test
  void commandsAreStoredPerScopeAndLanguage() throws Exception {
    telegram.execute(SetMyCommands.builder().command(new BotCommand("start", "Start")).languageCode("en")
        .build());
    telegram.execute(SetMyCommands.builder().command(new BotCommand("today", "Today"))
        .scope(new BotCommandScopeChat("1001")).build());

    List<BotCommand> english = telegram.execute(GetMyCommands.builder().languageCode("en").build());
    List<BotCommand> german = telegram.execute(GetMyCommands.builder().languageCode("de").build());

    assertThat(english).extracting(BotCommand::getCommand).containsExactly("start");
    assertThat(german).isEmpty();
    assertThat(api.calls("setMyCommands")).hasSize(2);
    JsonNode recorded = api.calls("setMyCommands").get(1).params();
    assertThat(recorded.path("scope").path("chat_id").asText()).isEqualTo("1001");
    assertThat(api.allCommands()).hasSize(2);
  }

  @Test
  void wrongTokenIsUnauthorizedAndUnknownMethodIsNotFound() {
    HttpResponse<String> wrongToken = TestClients.get(api.baseUrl() + "/bot1:wrong/getMe");
    HttpResponse<String> unknownMethod = TestClients.get(api.baseUrl() + "/bot" + api.token() + "/fly");
    HttpResponse<String> mixedCase = TestClients.post(api.baseUrl() + "/bot" + api.token() + "/GETme",
        "application/x-www-form-urlencoded", "");

    assertThat(wrongToken.statusCode()).isEqualTo(401);
    assertThat(wrongToken.body()).isEqualTo("{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
    assertThat(unknownMethod.statusCode()).isEqualTo(404);
    assertThat(unknownMethod.body()).isEqualTo("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
    assertThat(mixedCase.statusCode()).isEqualTo(200);
  }

  @Test
  void formAndQueryParametersWorkLikeJson() {
    ana.send("/start");

    HttpResponse<String> form = TestClients.post(api.baseUrl() + "/bot" + api.token() + "/sendMessage",
        "application/x-www-form-urlencoded", "chat_id=1001&text=caf%C3%A9&reply_markup="
            + java.net.URLEncoder.encode("{\"inline_keyboard\":[[{\"text\":\"A\",\"callback_data\":\"a\"}]]}",
            java.nio.charset.StandardCharsets.UTF_8));
    HttpResponse<String> query = TestClients.get(api.baseUrl() + "/bot" + api.token()
        + "/sendMessage?chat_id=1001&text=hello");

    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(query.statusCode()).isEqualTo(200);
    assertThat(api.messages(1001)).extracting(BotMessage::text).containsExactly("café", "hello");
    assertThat(api.messages(1001).get(0).callbackData()).containsExactly("a");
  }

  @Test
  void awaitingMessagesFailsWithWhatTheBotDidSend() throws Exception {
    ana.send("/start");
    telegram.execute(SendMessage.builder().chatId(1001L).text("only one").build());

    AssertionError error = catchThrowableOfType(AssertionError.class,
        () -> api.awaitMessages(1001, 2, Duration.ofMillis(200)));

    assertThat(error).hasMessageContaining("only one").hasMessageContaining("sent 1");
  }
}
