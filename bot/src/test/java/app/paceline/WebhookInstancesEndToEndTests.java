package app.paceline;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.fakebotapi.BotMessage;
import app.paceline.fakebotapi.FakeBotApi;
import app.paceline.fakebotapi.FakePrivateChat;
import app.paceline.fakebotapi.UserMessage;
import app.paceline.fakebotapi.WebhookDelivery;
import app.paceline.testing.Eventually;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Two instances in webhook mode on one MongoDB behind one proxy: any instance can take any update, an update
 * handled by one is not handled again by the other, and a conversation begun on one continues on the other.
 */
@ExtendWith(OutputCaptureExtension.class)
class WebhookInstancesEndToEndTests {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dataDirA;
    @TempDir
    Path dataDirB;

    @Test
    void anUpdateIsHandledOnceWhicheverInstanceItReachesAndAConversationMovesBetweenThem(CapturedOutput output) throws Exception {
        MongoServer store = new MongoServer(new MemoryBackend());
        InetSocketAddress address = store.bind();
        String mongodbUri = "--paceline.store.mongodb-uri=mongodb://127.0.0.1:" + address.getPort() + "/paceline";
        try (FakeBotApi telegram = FakeBotApi.start(FakeBotApi.Options.defaults());
             WebhookProxy proxy = new WebhookProxy();
             RunningApplication a = WebhookEndToEndTests.start(telegram, proxy, dataDirA, mongodbUri);
             RunningApplication b = WebhookEndToEndTests.start(telegram, proxy, dataDirB, mongodbUri)) {
            FakePrivateChat chat = telegram.privateChat(telegram.user(800_001, "Nia", "en"));

            proxy.routeTo(a.port());
            UserMessage start = chat.send("/start");
            List<BotMessage> welcome = chat.awaitBotMessages(2, WAIT);
            long startUpdate = delivery(telegram, start).updateId();

            proxy.routeTo(b.port());
            telegram.redeliver(startUpdate);
            Eventually.await(WAIT, () -> deliveries(telegram, startUpdate).size() == 2, () -> "/start delivered again, to B");
            chat.send("Tokyo");
            BotMessage confirmation = chat.awaitBotMessages(3, WAIT).get(2);

            assertThat(welcome.get(1).text()).startsWith("Which time zone are you in?");
            assertThat(deliveries(telegram, startUpdate)).extracting(WebhookDelivery::status).containsExactly(200, 200);
            assertThat(confirmation.text()).as("B continues the conversation A began").isEqualTo("Time zone set: Asia/Tokyo. It's 21:00 there now.");
            assertThat(chat.botMessages()).as("the duplicate answered nothing").hasSize(3);
            assertThat(proxy.forwardedTo(a.port())).isEqualTo(1);
            assertThat(proxy.forwardedTo(b.port())).isEqualTo(2);
            assertThat(telegram.webhookUrl()).contains(proxy.url());
        } finally {
            store.shutdownNow();
        }
        assertThat(output.getAll()).doesNotContain(FakeBotApi.Options.defaults().botToken())
                .doesNotContain(WebhookEndToEndTests.SECRET);
    }

    @Test
    void stoppingAWebhookInstanceKeepsTheWebhookAndLongPollingTakesOverFromIt() throws Exception {
        try (FakeBotApi telegram = FakeBotApi.start(FakeBotApi.Options.defaults());
             WebhookProxy proxy = new WebhookProxy()) {
            FakePrivateChat chat = telegram.privateChat(telegram.user(800_002, "Ola", "en"));
            try (RunningApplication webhook = WebhookEndToEndTests.start(telegram, proxy, dataDirA)) {
                proxy.routeTo(webhook.port());
                chat.send("/timezone Asia/Tokyo");
                chat.awaitBotMessages(1, WAIT);
            }
            assertThat(telegram.webhookUrl()).as("other instances may still serve it").contains(proxy.url());
            assertThat(telegram.calls("deleteWebhook")).isEmpty();

            try (RunningApplication polling = RunningApplication.start(telegram, telegram.baseUrl(), dataDirA, WebhookEndToEndTests.NOON_UTC)) {
                Eventually.await(WAIT, () -> telegram.webhookUrl().isEmpty(), () -> "long polling deleting the webhook");
                chat.send("/timezone");
                assertThat(chat.awaitBotMessages(2, WAIT).get(1).text()).as("the time zone stored in webhook mode")
                        .startsWith("Your time zone is Asia/Tokyo;");
            }
        }
    }

    private static WebhookDelivery delivery(FakeBotApi telegram, UserMessage message) {
        Eventually.await(WAIT, () -> telegram.webhookDeliveries().stream().anyMatch(d -> isOf(d, message)), () -> "the webhook's answer");
        return telegram.webhookDeliveries().stream().filter(d -> isOf(d, message)).findFirst().orElseThrow();
    }

    private static boolean isOf(WebhookDelivery delivery, UserMessage message) {
        return delivery.update().path("message").path("message_id").asInt() == message.messageId()
                && delivery.update().path("message").path("chat").path("id").asLong() == message.chatId();
    }

    private static List<WebhookDelivery> deliveries(FakeBotApi telegram, long updateId) {
        return telegram.webhookDeliveries().stream().filter(d -> d.updateId() == updateId).toList();
    }
}
