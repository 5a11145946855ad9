package app.paceline.fakebotapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;

class LongPollingTests {

  private FakeBotApi api;
  private OkHttpTelegramClient telegram;
  private FakePrivateChat ana;

  @BeforeEach
  void start() {
    api = FakeBotApi.start(FakeBotApi.Options.defaults().withoutRateLimits());
    telegram = TestClients.telegram(api);
    ana = api.privateChat(api.user(1001, "Ana", "en"));
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void aWaitingLongPollReturnsAsSoonAsTheUserSendsSomething() throws Exception {
    long started = System.nanoTime();
    CompletableFuture<java.util.ArrayList<Update>> poll = telegram.executeAsync(GetUpdates.builder().timeout(50).build());

    ana.send("/start");
    List<Update> updates = poll.get(30, TimeUnit.SECONDS);

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
    assertThat(updates).singleElement().satisfies(update -> {
      assertThat(update.getMessage().getText()).isEqualTo("/start");
      assertThat(update.getMessage().getFrom().getLanguageCode()).isEqualTo("en");
      assertThat(update.getMessage().isCommand()).isTrue();
      assertThat(update.getMessage().getChat().isUserChat()).isTrue();
    });
  }

  @Test
  void aChatSeededAsStartedTakesMessagesWithoutQueuingAnUpdate() throws Exception {
    FakePrivateChat seeded = api.startedChat(api.user(2002, "Bo", "de"));

    telegram.execute(SendMessage.builder().chatId(2002L).text("hello").build());

    assertThat(seeded.started()).isTrue();
    assertThat(api.pendingUpdateCount()).isZero();
    assertThat(api.messages(2002)).extracting(BotMessage::text).containsExactly("hello");
    assertThat(api.messagesAfter(0, Duration.ZERO)).extracting(BotMessage::chatId).containsExactly(2002L);
  }

  @Test
  void aLongPollWithNothingToDeliverWaitsForItsTimeout() throws Exception {
    long started = System.nanoTime();

    List<Update> updates = telegram.execute(GetUpdates.builder().timeout(1).build());

    assertThat(updates).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
  }

  @Test
  void anOffsetConfirmsEarlierUpdatesSoTheyAreNotDeliveredAgain() throws Exception {
    ana.send("one");
    ana.send("two");
    ana.send("three");

    List<Update> first = telegram.execute(GetUpdates.builder().limit(2).build());
    List<Update> rest = telegram.execute(GetUpdates.builder().offset(first.get(1).getUpdateId() + 1).build());
    List<Update> none = telegram.execute(GetUpdates.builder().offset(rest.get(0).getUpdateId() + 1).build());

    assertThat(first).extracting(update -> update.getMessage().getText()).containsExactly("one", "two");
    assertThat(rest).extracting(update -> update.getMessage().getText()).containsExactly("three");
    assertThat(none).isEmpty();
    assertThat(api.pendingUpdateCount()).isZero();
  }

  @Test
  void allowedUpdatesKeepsOtherUpdateTypesFromBeingQueued() throws Exception {
    telegram.execute(GetUpdates.builder().allowedUpdates(List.of("callback_query")).build());

    ana.send("ignored");
    List<Update> updates = telegram.execute(GetUpdates.builder().build());

    assertThat(updates).isEmpty();
  }

  @Test
  void userEditsArriveAsEditedMessages() throws Exception {
    UserMessage original = ana.send("helo");
    ana.editText(original, "hello");

    List<Update> updates = telegram.execute(GetUpdates.builder().build());

    assertThat(updates).hasSize(2);
    assertThat(updates.get(1).getEditedMessage().getText()).isEqualTo("hello");
    assertThat(updates.get(1).getEditedMessage().getMessageId()).isEqualTo(original.messageId());
  }

  @Test
  void stickersAndPhotosArriveAsMessagesWithoutText() throws Exception {
    ana.sendSticker();
    ana.sendPhoto();

    List<Update> updates = telegram.execute(GetUpdates.builder().build());

    assertThat(updates.get(0).getMessage().hasSticker()).isTrue();
    assertThat(updates.get(1).getMessage().hasPhoto()).isTrue();
    assertThat(updates.get(1).getMessage().hasText()).isFalse();
  }

  @Test
  void closingTheServerEndsAWaitingPoll() throws Exception {
    CompletableFuture<java.util.ArrayList<Update>> poll = telegram.executeAsync(GetUpdates.builder().timeout(50).build());

    api.close();

    // Whether it ends with an empty result or a closed connection, it must not hang for its 50 s.
    assertThat(poll.handle((updates, error) -> true).get(30, TimeUnit.SECONDS)).isTrue();
  }
}
