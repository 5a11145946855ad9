package app.paceline;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.delivery.DeliveryDecision.Verdict;
import app.paceline.delivery.DeliveryKey;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.DeliveryPlan;
import app.paceline.delivery.FinishedDelivery;
import app.paceline.delivery.PlannedDeliveries;
import app.paceline.delivery.Recipient;
import app.paceline.delivery.Recipients;
import app.paceline.fakebotapi.BotMessage;
import app.paceline.fakebotapi.Failure;
import app.paceline.fakebotapi.FakePrivateChat;
import app.paceline.fakebotapi.Outage;
import app.paceline.testing.Eventually;
import app.paceline.time.SimulatedClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The delivery engine inside the whole application, against the fake Bot API with Telegram's limits on: what a
 * learner receives when things go right, and when Telegram says 429, 403, 5xx or "message is too long".
 */
class DeliveryEndToEndTests extends EndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final AtomicLong NEXT_USER = USER_IDS;

    @Autowired
    PlannedDeliveries ledger;
    @Autowired
    Recipients recipients;
    @Autowired
    SimulatedClock clock;
    @LocalServerPort
    int port;

    @Test
    void aPlannedMessageArrivesOnceAtItsTime() {
        FakePrivateChat chat = learnerWhoStartedTheBot();
        var key = plan(chat, "hello:" + chat.id(), clock.instant().plus(Duration.ofHours(1)), "Your reminder");

        clock.advance(Duration.ofMinutes(59));
        assertThat(ledger.waiting(key)).isPresent();
        clock.advance(Duration.ofMinutes(1));

        assertThat(chat.awaitBotMessages(3, WAIT).get(2).text()).isEqualTo("Your reminder");
        assertThat(awaitFinished(key).outcome()).isEqualTo(Verdict.SENT);
        clock.advance(Duration.ofMinutes(5));
        assertThat(chat.botMessages()).as("once").hasSize(3);
        assertThat(ledger.plan(DeliveryPlan.of(key, Recipient.learner(chat.id()), DeliveryKind.BROADCAST, clock.instant(), Map.of("text", "again"))))
                .isEqualTo(PlannedDeliveries.PlanResult.ALREADY_FINISHED);
    }

    @Test
    void a429IsWaitedOutForExactlyRetryAfterAndTheMessageArrivesOnce() {
        FakePrivateChat chat = learnerWhoStartedTheBot();
        TELEGRAM.failNext("sendMessage", chat.id(), 1, Failure.tooManyRequests(2));

        var key = plan(chat, "limited:" + chat.id(), clock.instant(), "After the pause");

        BotMessage message = chat.awaitBotMessages(3, WAIT).get(2);
        assertThat(message.text()).isEqualTo("After the pause");
        // The fake records a call after it shows the message; wait for the record too.
        java.util.function.Supplier<java.util.List<app.paceline.fakebotapi.RecordedCall>> pauseCalls = () -> TELEGRAM.calls("sendMessage").stream()
                .filter(call -> call.params().path("text").asText().equals("After the pause")
                        && call.params().path("chat_id").asLong() == chat.id()).toList();
        await(() -> pauseCalls.get().size() == 2);
        var refused = pauseCalls.get().get(0);
        var accepted = pauseCalls.get().get(1);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(Duration.between(refused.at(), accepted.at())).isGreaterThanOrEqualTo(Duration.ofMillis(1990));
        assertThat(awaitFinished(key).outcome()).isEqualTo(Verdict.SENT);
        assertThat(chat.botMessages()).hasSize(3);
    }

    @Test
    void aLearnerWhoBlockedTheBotGetsNothingUntilTheyStartItAgain() {
        FakePrivateChat chat = learnerWhoStartedTheBot();
        var later = plan(chat, "blocked:2:" + chat.id(), clock.instant().plus(Duration.ofDays(2)), "two");
        chat.blockBot();
        var first = plan(chat, "blocked:1:" + chat.id(), clock.instant(), "one");

        assertThat(awaitFinished(first).outcome()).isIn(Verdict.UNREACHABLE, Verdict.CANCELLED);
        assertThat(awaitFinished(later).outcome()).isEqualTo(Verdict.CANCELLED);
        assertThat(recipients.isUnreachable(chat.id())).isTrue();

        chat.send("/start");
        chat.awaitBotMessages(3, WAIT);
        await(() -> !recipients.isUnreachable(chat.id()));
        var afterReturn = plan(chat, "blocked:3:" + chat.id(), clock.instant(), "welcome back");
        assertThat(chat.awaitBotMessages(4, WAIT).get(3).text()).isEqualTo("welcome back");
        assertThat(awaitFinished(afterReturn).outcome()).isEqualTo(Verdict.SENT);
    }

    @Test
    void aMessageTelegramRefusesForGoodIsDeadLetteredAndCounted() throws Exception {
        FakePrivateChat chat = learnerWhoStartedTheBot();

        var key = plan(chat, "huge:" + chat.id(), clock.instant(), "x".repeat(5000));

        FinishedDelivery finished = awaitFinished(key);
        assertThat(finished.outcome()).isEqualTo(Verdict.DEAD_LETTERED);
        assertThat(finished.decisions().get(finished.decisions().size() - 1).reason()).contains("message is too long");
        assertThat(prometheus()).containsPattern("paceline_deliveries_decided_total\\{kind=\"broadcast\",verdict=\"dead_lettered\"} [1-9]");
    }

    @Test
    void anOutageOfTelegramDelaysMessagesButLosesNone() {
        FakePrivateChat chat = learnerWhoStartedTheBot();
        TELEGRAM.startOutage(Outage.BAD_GATEWAY);
        try {
            var key = plan(chat, "outage:" + chat.id(), clock.instant(), "made it");
            await(() -> ledger.waiting(key).map(delivery -> delivery.attempts() >= 1).orElse(false));
            assertThat(ledger.waiting(key).orElseThrow().lastError()).hasValueSatisfying(error -> assertThat(error).contains("502"));
        } finally {
            TELEGRAM.endOutage();
        }
        clock.advance(Duration.ofMinutes(1));

        assertThat(chat.awaitBotMessages(3, WAIT).get(2).text()).isEqualTo("made it");
    }

    @Test
    void missedDeliveriesOfOneBundleArriveAsOneCatchUpMessage() {
        // A kind with no message of its own for several at once gets the engine's generic list (challenge days have
        // theirs: ChallengesEndToEndTests).
        FakePrivateChat chat = learnerWhoStartedTheBot();
        Instant now = clock.instant();
        for (int day = 1; day <= 3; day++) {
            ledger.plan(DeliveryPlan.of(DeliveryKey.of("missed", "e" + chat.id(), String.valueOf(day)), Recipient.learner(chat.id()),
                    DeliveryKind.BROADCAST, now.minus(Duration.ofDays(4 - day)), Map.of("title", "Day " + day))
                    .bundledAs("missed:e" + chat.id()));
        }

        BotMessage catchUp = chat.awaitBotMessages(3, WAIT).get(2);

        assertThat(catchUp.text()).isEqualTo("""
                You have 3 things to catch up on — no rush, they stay open:
                • Day 1
                • Day 2
                • Day 3""");
    }

    @Test
    void prometheusShowsTheEnginesFigures() throws Exception {
        FakePrivateChat chat = learnerWhoStartedTheBot();
        awaitFinished(plan(chat, "metrics:" + chat.id(), clock.instant(), "counted"));

        assertThat(prometheus()).contains("paceline_deliveries_sent_total", "paceline_deliveries_lateness_seconds_bucket",
                "paceline_deliveries_waiting", "paceline_deliveries_rate_limited_total");
    }

    private FakePrivateChat learnerWhoStartedTheBot() {
        FakePrivateChat chat = TELEGRAM.privateChat(TELEGRAM.user(NEXT_USER.incrementAndGet(), "Kim", "en"));
        chat.send("/timezone Europe/Berlin");
        chat.awaitBotMessages(1, WAIT);
        chat.send("/help");
        chat.awaitBotMessages(2, WAIT);
        return chat;
    }

    private DeliveryKey plan(FakePrivateChat chat, String key, Instant due, String text) {
        var deliveryKey = new DeliveryKey(key);
        ledger.plan(DeliveryPlan.of(deliveryKey, Recipient.learner(chat.id()), DeliveryKind.BROADCAST, due, Map.of("text", text)));
        return deliveryKey;
    }

    private FinishedDelivery awaitFinished(DeliveryKey key) {
        await(() -> ledger.finished(key).isPresent(), () -> key + " is still " + ledger.waiting(key));
        return ledger.finished(key).orElseThrow();
    }

    private String prometheus() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void await(BooleanSupplier condition) {
        Eventually.await(WAIT, condition);
    }

    private static void await(BooleanSupplier condition, java.util.function.Supplier<String> what) {
        Eventually.await(WAIT, condition, what);
    }
}
