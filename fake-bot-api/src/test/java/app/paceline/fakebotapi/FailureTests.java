package app.paceline.fakebotapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

class FailureTests {

  private FakeBotApi api;
  private OkHttpTelegramClient telegram;

  private void start(FakeBotApi.Options options) {
    api = FakeBotApi.start(options);
    telegram = TestClients.telegram(api);
    api.privateChat(api.user(1001, "Ana", "en")).send("/start");
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private TelegramApiRequestException failedSend(long chatId) {
    return catchThrowableOfType(TelegramApiRequestException.class,
        () -> telegram.execute(SendMessage.builder().chatId(chatId).text("hello").build()));
  }

  @Test
  void floodingAPrivateChatSurfacesAs429WithRetryAfter() throws Exception {
    // A bucket that refills once per 100 s makes the second message fail however slow the machine is.
    start(FakeBotApi.Options.defaults().rateLimits(new FakeBotApi.RateLimits(true, 0.01, 1, 20, 20, 30)));
    telegram.execute(SendMessage.builder().chatId(1001L).text("first").build());

    TelegramApiRequestException error = failedSend(1001);

    assertThat(error.getErrorCode()).isEqualTo(429);
    assertThat(error.getParameters().getRetryAfter()).isBetween(1, 100);
    assertThat(error.getApiResponse()).startsWith("Too Many Requests: retry after ");
    assertThat(api.rateLimitedCount()).isEqualTo(1);
    assertThat(api.messages(1001)).hasSize(1);
  }

  @Test
  void groupsAreLimitedPerMinute() throws Exception {
    start(FakeBotApi.Options.defaults().rateLimits(new FakeBotApi.RateLimits(true, 1, 3, 1, 1, 30)));
    api.group(-100555, "Quiet group");
    telegram.execute(SendMessage.builder().chatId(-100555L).text("first").build());

    TelegramApiRequestException error = failedSend(-100555);

    assertThat(error.getParameters().getRetryAfter()).isBetween(1, 60);
  }

  @Test
  void paidBroadcastsCountAgainstTheirOwnOverallLimitButKeepPerChatLimits() throws Exception {
    // One normal message per 100 s overall, four paid ones at once; each private chat takes one message.
    start(FakeBotApi.Options.defaults().rateLimits(new FakeBotApi.RateLimits(true, 0.01, 1, 20, 20, 1, 4)));
    for (long id = 2001; id <= 2005; id++) {
      api.startedChat(api.user(id, "Learner " + id, "en"));
    }
    telegram.execute(SendMessage.builder().chatId(1001L).text("normal").build());
    TelegramApiRequestException overNormal = failedSend(2001);

    for (long id = 2001; id <= 2003; id++) {
      telegram.execute(paid(id));
    }
    TelegramApiRequestException overChat = catchThrowableOfType(TelegramApiRequestException.class,
        () -> telegram.execute(paid(1001)));
    telegram.execute(paid(2004));
    TelegramApiRequestException overPaid = catchThrowableOfType(TelegramApiRequestException.class,
        () -> telegram.execute(paid(2005)));

    assertThat(overNormal.getErrorCode()).isEqualTo(429);
    assertThat(overChat.getErrorCode()).isEqualTo(429);
    assertThat(overPaid.getErrorCode()).isEqualTo(429);
    assertThat(api.messages(2004)).extracting(BotMessage::text).containsExactly("paid");
    assertThat(api.messages(2005)).isEmpty();
    assertThat(api.rateLimitedCount()).isEqualTo(3);
  }

  private static SendMessage paid(long chatId) {
    SendMessage message = SendMessage.builder().chatId(chatId).text("paid").build();
    message.setAllowPaidBroadcast(true);
    return message;
  }

  @Test
  void anInjectedFailureHitsOnlyTheNextMatchingCalls() throws Exception {
    start(FakeBotApi.Options.defaults().withoutRateLimits());
    api.privateChat(api.user(2002, "Bo", "de")).send("/start");
    api.failNext("sendMessage", 1001, 1, Failure.botBlocked());

    telegram.execute(SendMessage.builder().chatId(2002L).text("other chat").build());
    TelegramApiRequestException blocked = failedSend(1001);
    telegram.execute(SendMessage.builder().chatId(1001L).text("works again").build());

    assertThat(blocked.getErrorCode()).isEqualTo(403);
    assertThat(blocked.getApiResponse()).isEqualTo("Forbidden: bot was blocked by the user");
    assertThat(api.messages(1001)).extracting(BotMessage::text).containsExactly("works again");
  }

  @Test
  void injectedServerErrorsAndRetryAftersReachTheClient() {
    start(FakeBotApi.Options.defaults().withoutRateLimits());
    api.failNext("*", 1, Failure.serverError(502));
    api.failNext("sendmessage", 1, Failure.tooManyRequests(7));

    TelegramApiRequestException badGateway = catchThrowableOfType(TelegramApiRequestException.class,
        () -> telegram.execute(GetMe.builder().build()));
    TelegramApiRequestException tooMany = failedSend(1001);

    assertThat(badGateway.getErrorCode()).isEqualTo(502);
    assertThat(tooMany.getParameters().getRetryAfter()).isEqualTo(7);
    assertThat(api.calls("getMe")).extracting(RecordedCall::status).containsExactly(502);
  }

  @Test
  void aDroppedConnectionIsAnIoFailureAndASlowAnswerStillSucceeds() throws Exception {
    start(FakeBotApi.Options.defaults().withoutRateLimits());
    api.failNext("getMe", Failure.dropConnection());
    api.failNext("getMe", Failure.slow(Duration.ofMillis(300)));

    TelegramApiException dropped = catchThrowableOfType(TelegramApiException.class,
        () -> telegram.execute(GetMe.builder().build()));
    long started = System.nanoTime();
    telegram.execute(GetMe.builder().build());

    assertThat(dropped).isNotInstanceOf(TelegramApiRequestException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
  }

  @Test
  void anOutageFailsEverythingUntilItEnds() throws Exception {
    start(FakeBotApi.Options.defaults().withoutRateLimits());
    api.startOutage(Outage.BAD_GATEWAY);

    TelegramApiRequestException during = catchThrowableOfType(TelegramApiRequestException.class,
        () -> telegram.execute(GetMe.builder().build()));
    api.endOutage();

    assertThat(during.getErrorCode()).isEqualTo(502);
    assertThat(telegram.execute(GetMe.builder().build()).getIsBot()).isTrue();
  }

  @Test
  void aUserWhoBlocksTheBotGets403sUntilTheyUnblockIt() throws Exception {
    start(FakeBotApi.Options.defaults().withoutRateLimits());
    FakePrivateChat ana = api.privateChat(api.user(1001, "Ana", "en"));

    ana.blockBot();
    TelegramApiRequestException blocked = failedSend(1001);
    ana.unblockBot();
    telegram.execute(SendMessage.builder().chatId(1001L).text("welcome back").build());
    List<Update> updates = telegram.execute(GetUpdates.builder().offset(2).build());

    assertThat(blocked.getApiResponse()).isEqualTo("Forbidden: bot was blocked by the user");
    assertThat(updates).extracting(update -> update.getMyChatMember().getNewChatMember().getStatus())
        .containsExactly("kicked", "member");
  }
}
