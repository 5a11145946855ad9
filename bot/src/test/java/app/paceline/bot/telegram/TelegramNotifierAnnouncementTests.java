package app.paceline.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.bot.render.DeliveryTexts;
import app.paceline.delivery.DeliveryKey;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.DeliveryOutcome;
import app.paceline.delivery.DeliveryPlan;
import app.paceline.delivery.Outgoing;
import app.paceline.delivery.PlannedDelivery;
import app.paceline.delivery.Recipient;
import app.paceline.fakebotapi.BotMessage;
import app.paceline.fakebotapi.FakeBotApi;
import app.paceline.fakebotapi.FakeGroup;
import app.paceline.learner.InMemoryLearners;
import app.paceline.prompts.Prompts;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/** How the notifier posts an announcement into a group against the fake Bot API: as written, pinned when asked. */
class TelegramNotifierAnnouncementTests {

    private static final long GROUP = -100_778L;

    private FakeBotApi api;
    private FakeGroup group;
    private TelegramNotifier notifier;

    @BeforeEach
    void start() {
        api = FakeBotApi.start(FakeBotApi.Options.defaults().withoutRateLimits());
        group = api.group(GROUP, "Bread group");
        Prompts prompts = Prompts.load();
        var client = new OkHttpTelegramClient(api.token(), new TelegramUrl("http", "127.0.0.1", api.port(), false));
        notifier = new TelegramNotifier(client, new DeliveryTexts(prompts), new InMemoryLearners(), prompts, BotToken.parse(api.token()));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private DeliveryOutcome send(String html, boolean pin) {
        var plan = DeliveryPlan.of(DeliveryKey.of("ann", "aaaaaaaaaa", "1"), Recipient.group(GROUP), DeliveryKind.ANNOUNCEMENT,
                Instant.parse("2026-12-02T14:00:00Z"), Map.of("text", html, "pin", Boolean.toString(pin), "announcement", "aaaaaaaaaa"));
        return notifier.send(new Outgoing.Single(PlannedDelivery.fresh(plan)));
    }

    @Test
    void aPinnedAnnouncementIsPostedAsWrittenAndPinned() {
        group.addBot("administrator");

        assertThat(send("Bring a jar &amp; a lid", true)).isInstanceOf(DeliveryOutcome.Sent.class);

        BotMessage post = group.botMessages().get(0);
        assertThat(post.text()).isEqualTo("Bring a jar & a lid");
        assertThat(post.pinned()).isTrue();
    }

    @Test
    void anUnpinnedOneStaysUnpinned() {
        group.addBot("administrator");

        assertThat(send("Hello", false)).isInstanceOf(DeliveryOutcome.Sent.class);

        assertThat(group.botMessages().get(0).pinned()).isFalse();
    }

    @Test
    void aBotThatMayNotPinStillPostsItAndCountsItSentSoItIsNotPostedTwice() {
        group.addBot("member");

        assertThat(send("Hello", true)).isInstanceOf(DeliveryOutcome.Sent.class);

        assertThat(group.botMessages()).singleElement().satisfies(post -> assertThat(post.pinned()).isFalse());
    }
}
