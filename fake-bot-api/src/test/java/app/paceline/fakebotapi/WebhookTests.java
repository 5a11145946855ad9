package app.paceline.fakebotapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.GetWebhookInfo;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

class WebhookTests {

  private record Delivery(String secret, JsonNode update) {
  }

  private final BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();
  private final AtomicInteger failuresToAnswer = new AtomicInteger();
  private volatile String answer = "";
  private FakeBotApi api;
  private OkHttpTelegramClient telegram;
  private HttpServer receiver;
  private FakePrivateChat ana;

  @BeforeEach
  void start() throws Exception {
    api = FakeBotApi.start(FakeBotApi.Options.defaults().withoutRateLimits());
    telegram = TestClients.telegram(api);
    ana = api.privateChat(api.user(1001, "Ana", "en"));
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
    receiver.createContext("/hook", exchange -> {
      JsonNode update = new ObjectMapper().readTree(exchange.getRequestBody().readAllBytes());
      deliveries.add(new Delivery(exchange.getRequestHeaders().getFirst("X-Telegram-Bot-Api-Secret-Token"),
          update));
      boolean fail = failuresToAnswer.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
      byte[] body = (fail ? "" : answer).getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(fail ? 500 : 200, body.length == 0 ? -1 : body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    receiver.start();
  }

  @AfterEach
  void stop() {
    api.close();
    receiver.stop(0);
  }

  private String hookUrl() {
    return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
  }

  private Delivery nextDelivery() throws InterruptedException {
    Delivery delivery = deliveries.poll(20, TimeUnit.SECONDS);
    assertThat(delivery).as("a webhook delivery within 20 s").isNotNull();
    return delivery;
  }

  /** The fake records an attempt once it has the webhook's answer, just after our receiver saw the request. */
  private java.util.List<WebhookDelivery> recordedDeliveries(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (api.webhookDeliveries().size() < count && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    return api.webhookDeliveries();
  }

  @Test
  void withAWebhookSetGetUpdatesConflictsAndUpdatesArePushedWithTheSecret() throws Exception {
    telegram.execute(SetWebhook.builder().url(hookUrl()).secretToken("s3cret").build());

    TelegramApiRequestException conflict = catchThrowableOfType(TelegramApiRequestException.class,
        () -> telegram.execute(GetUpdates.builder().build()));
    ana.send("/start");
    Delivery delivery = nextDelivery();

    assertThat(conflict.getErrorCode()).isEqualTo(409);
    assertThat(conflict.getApiResponse()).contains("can't use getUpdates method while webhook is active");
    assertThat(delivery.secret()).isEqualTo("s3cret");
    assertThat(delivery.update().path("message").path("text").asText()).isEqualTo("/start");
    assertThat(telegram.execute(GetWebhookInfo.builder().build()).getUrl()).isEqualTo(hookUrl());
  }

  @Test
  void aFailedDeliveryIsRetried() throws Exception {
    failuresToAnswer.set(1);
    telegram.execute(SetWebhook.builder().url(hookUrl()).build());

    ana.send("/start");
    Delivery first = nextDelivery();
    Delivery retry = nextDelivery();

    assertThat(retry.update().path("update_id")).isEqualTo(first.update().path("update_id"));
  }

  @Test
  void everyAttemptIsRecordedWithTheWebhooksAnswer() throws Exception {
    failuresToAnswer.set(1);
    telegram.execute(SetWebhook.builder().url(hookUrl()).build());

    ana.send("/start");
    long id = nextDelivery().update().path("update_id").asLong();
    nextDelivery();

    assertThat(recordedDeliveries(2)).extracting(WebhookDelivery::updateId, WebhookDelivery::status)
        .containsExactly(org.assertj.core.api.Assertions.tuple(id, 500), org.assertj.core.api.Assertions.tuple(id, 200));
    assertThat(recordedDeliveries(2).get(1).update().path("message").path("text").asText()).isEqualTo("/start");
  }

  @Test
  void aDeliveredUpdateCanBeDeliveredAgainUnchanged() throws Exception {
    telegram.execute(SetWebhook.builder().url(hookUrl()).secretToken("s3cret").build());
    ana.send("/start");
    Delivery first = nextDelivery();
    recordedDeliveries(1);

    api.redeliver(first.update().path("update_id").asLong());
    Delivery again = nextDelivery();

    assertThat(again.update()).isEqualTo(first.update());
    assertThat(again.secret()).isEqualTo("s3cret");
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> api.redeliver(999_999))).isNotNull();
  }

  @Test
  void aMethodInTheWebhookAnswerIsExecuted() throws Exception {
    answer = "{\"method\":\"sendMessage\",\"chat_id\":1001,\"text\":\"pong\"}";
    telegram.execute(SetWebhook.builder().url(hookUrl()).build());

    ana.send("ping");

    assertThat(api.awaitMessages(1001, 1, Duration.ofSeconds(20))).extracting(BotMessage::text)
        .containsExactly("pong");
  }

  @Test
  void deletingTheWebhookBringsBackGetUpdates() throws Exception {
    telegram.execute(SetWebhook.builder().url(hookUrl()).build());
    telegram.execute(DeleteWebhook.builder().build());

    ana.send("/start");

    assertThat(telegram.execute(GetUpdates.builder().build())).hasSize(1);
    assertThat(api.webhookUrl()).isEmpty();
  }
}
