package app.paceline;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.bot.telegram.TelegramConnection;
import app.paceline.fakebotapi.FakeBotApi;
import app.paceline.fakebotapi.FakePrivateChat;
import app.paceline.fakebotapi.Outage;
import app.paceline.testing.Eventually;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The application's life: a restart keeps what learners told it, and an unreachable Telegram does not kill it. */
class ApplicationLifecycleIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant NOON_UTC = Instant.parse("2026-12-01T12:00:00Z");

    @TempDir
    Path dataDir;

    private FakeBotApi telegram;

    @BeforeEach
    void startTelegram() {
        telegram = FakeBotApi.start(FakeBotApi.Options.defaults());
    }

    @AfterEach
    void stopTelegram() {
        telegram.close();
    }

    @Test
    void aLearnersTimeZoneSurvivesARestartOfTheApplication() {
        FakePrivateChat chat = telegram.privateChat(telegram.user(9001, "Ines", "en"));
        try (var app = RunningApplication.start(telegram, telegram.baseUrl(), dataDir, NOON_UTC)) {
            chat.send("/timezone Asia/Kolkata");
            assertThat(chat.awaitBotMessages(1, WAIT).get(0).text()).startsWith("Time zone set: Asia/Kolkata.");
        }

        try (var app = RunningApplication.start(telegram, telegram.baseUrl(), dataDir, NOON_UTC)) {
            chat.send("/timezone");
            assertThat(chat.awaitBotMessages(2, WAIT).get(1).text()).startsWith("Your time zone is Asia/Kolkata;");
        }
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void anUnreachableTelegramLeavesTheAppRunningButUnhealthyUntilItComesBack(CapturedOutput log) throws Exception {
        telegram.startOutage(Outage.BAD_GATEWAY);
        try (var app = RunningApplication.start(telegram, telegram.baseUrl(), dataDir, NOON_UTC)) {
            var connection = app.bean(TelegramConnection.class);
            await(() -> connection.lastError().isPresent(), "a failed attempt to reach Telegram");
            assertThat(connection.state()).isEqualTo(TelegramConnection.State.CONNECTING);
            assertThat(connection.lastError()).hasValueSatisfying(error -> assertThat(error).contains("502"));
            HttpResponse<String> health = health(app);
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"telegram\"", "CONNECTING").doesNotContain(telegram.token());

            telegram.endOutage();
            awaitState(connection, TelegramConnection.State.CONNECTED);
            FakePrivateChat chat = telegram.privateChat(telegram.user(9002, "Ola", "en"));
            chat.send("/start");
            assertThat(chat.awaitBotMessages(2, WAIT).get(0).text()).startsWith("Hi Ola!");
            var healthy = health(app);
            assertThat(healthy.statusCode()).as(healthy.body()).isEqualTo(200);
        }
        String secret = telegram.token().substring(telegram.token().indexOf(':') + 1);
        assertThat(log.getAll()).contains("Telegram is not reachable").doesNotContain(secret);
    }

    @Test
    void aStoppedApplicationEndsItsLongPollPromptly() {
        var app = RunningApplication.start(telegram, telegram.baseUrl(), dataDir, NOON_UTC, "--paceline.telegram.poll-timeout=50s");
        awaitState(app.bean(TelegramConnection.class), TelegramConnection.State.CONNECTED);
        long before = System.nanoTime();

        app.close();

        // A held 50 s poll is cancelled, not waited out.
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aStoppedApplicationDoesNotWaitOutItsBackoffFromAnUnreachableTelegram(CapturedOutput log) {
        telegram.startOutage(Outage.BAD_GATEWAY);
        var app = RunningApplication.start(telegram, telegram.baseUrl(), dataDir, NOON_UTC,
                "--paceline.telegram.retry-min=20s", "--paceline.telegram.retry-max=60s");
        await(() -> log.getAll().contains("trying again in 20 s"), "a backoff of 20 s");
        long before = System.nanoTime();

        app.close();

        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(3));
    }

    private static HttpResponse<String> health(RunningApplication app) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/actuator/health")).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitState(TelegramConnection connection, TelegramConnection.State expected) {
        await(() -> connection.state() == expected, "Telegram connection " + expected);
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) {
        Eventually.await(WAIT, condition, () -> what);
    }
}
