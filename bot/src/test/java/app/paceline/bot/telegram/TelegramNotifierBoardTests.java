package app.paceline.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.bot.outbound.Keyboard;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * How the notifier puts a challenge board into a group, against the fake Bot API: posted and pinned, edited in place,
 * and what it does when Telegram says no. What the board says is the renderer's business; here it is the payload's
 * {@code text}.
 */
class TelegramNotifierBoardTests {

    private static final long GROUP = -100_777L;
    private static final Prompts PROMPTS = Prompts.load();

    private FakeBotApi api;
    private FakeGroup group;
    private TelegramNotifier notifier;
    /** What the notifier reported: board id and message id. */
    private final List<String> shown = new ArrayList<>();

    @BeforeEach
    void start() {
        api = FakeBotApi.start(FakeBotApi.Options.defaults().withoutRateLimits());
        group = api.group(GROUP, "Bread challenge");
        group.addBot("administrator");
        DeliveryTexts texts = new DeliveryTexts(PROMPTS).with(DeliveryKind.CHALLENGE_BOARD,
                (delivery, locale, zone) -> new DeliveryTexts.Message(delivery.plan().payload().get("text"), Keyboard.none()));
        var client = new OkHttpTelegramClient(api.token(), new TelegramUrl("http", "127.0.0.1", api.port(), false));
        notifier = new TelegramNotifier(client, texts, new InMemoryLearners(), PROMPTS, BotToken.parse(api.token()),
                (board, messageId) -> shown.add(board.plan().payload().get("board") + "@" + messageId));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private DeliveryOutcome send(String text, Map<String, String> more) {
        Map<String, String> payload = new HashMap<>(Map.of("board", "bread:2026-12-02", "text", text));
        payload.putAll(more);
        var plan = DeliveryPlan.of(DeliveryKey.of("board", "x", String.valueOf(shown.size())), Recipient.group(GROUP),
                DeliveryKind.CHALLENGE_BOARD, Instant.parse("2026-12-02T13:00:00Z"), payload);
        return notifier.send(new Outgoing.Single(PlannedDelivery.fresh(plan)));
    }

    @Test
    void aNewBoardIsPostedPinnedInPlaceOfTheOneBeforeAndEditedInPlace() {
        assertThat(send("Day 1", Map.of())).isInstanceOf(DeliveryOutcome.Sent.class);
        int day1 = group.botMessages().get(0).messageId();
        assertThat(send("Day 2", Map.of("unpin", Integer.toString(day1)))).isInstanceOf(DeliveryOutcome.Sent.class);
        int day2 = group.botMessages().get(1).messageId();

        assertThat(send("Day 2: 3 done", Map.of("messageId", Integer.toString(day2)))).isInstanceOf(DeliveryOutcome.Sent.class);
        assertThat(send("Day 2: 3 done", Map.of("messageId", Integer.toString(day2))))
                .as("message is not modified: it says that already").isInstanceOf(DeliveryOutcome.Sent.class);

        assertThat(group.botMessages()).extracting(BotMessage::text, BotMessage::pinned).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Day 1", false), org.assertj.core.groups.Tuple.tuple("Day 2: 3 done", true));
        assertThat(shown).containsExactly("bread:2026-12-02@" + day1, "bread:2026-12-02@" + day2,
                "bread:2026-12-02@" + day2, "bread:2026-12-02@" + day2);
        assertThat(api.calls("pinChatMessage")).allSatisfy(call ->
                assertThat(call.params().path("disable_notification").asBoolean()).isTrue());
    }

    @Test
    void aBoardAnAdminDeletedIsPostedAgainAndABotThatMayNotPinStillPosts() {
        send("Day 1", Map.of());
        group.deleteMessage(group.botMessages().get(0));
        group.addBot("member");

        assertThat(send("Day 1: 2 done", Map.of("messageId", Integer.toString(group.botMessages().get(0).messageId()))))
                .isInstanceOf(DeliveryOutcome.Sent.class);

        BotMessage again = group.botMessages().get(1);
        assertThat(again.text()).isEqualTo("Day 1: 2 done");
        assertThat(again.pinned()).isFalse();
        assertThat(shown).last().isEqualTo("bread:2026-12-02@" + again.messageId());
        assertThat(api.calls("sendMessage")).hasSize(2);
    }

    @Test
    void aGroupThatRemovedTheBotIsUnreachableForPostsAndEdits() {
        send("Day 1", Map.of());
        int day1 = group.botMessages().get(0).messageId();
        group.kickBot();

        assertThat(send("Day 2", Map.of())).isInstanceOf(DeliveryOutcome.Unreachable.class);
        assertThat(send("Day 1: 1 done", Map.of("messageId", Integer.toString(day1)))).isInstanceOf(DeliveryOutcome.Unreachable.class);
        assertThat(shown).hasSize(1);
    }
}
