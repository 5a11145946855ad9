package app.paceline;

import app.paceline.delivery.DeliveringDueNotifications;
import app.paceline.fakebotapi.FakeBotApi;
import app.paceline.fakebotapi.FollowingClock;
import app.paceline.schedule.RunningDueWork;
import app.paceline.schedule.quartz.MetronomeJob;
import app.paceline.testing.Eventually;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import app.paceline.fakebotapi.FakePrivateChat;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import app.paceline.time.SimulatedClock;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of end-to-end tests: the whole application, on a stopped simulated clock, against one fake Bot API server
 * and one embedded store folder. Subclasses share one Spring context (and so one long poller); two contexts on
 * one fake would take each other's updates, and on one folder would fight over the store's file lock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
abstract class EndToEndTest {

    /** 12:00 UTC: 21:00 in Tokyo, 17:30 in Kolkata, 07:00 in New York. */
    static final Instant NOON_UTC = Instant.parse("2026-12-01T12:00:00Z");

    /** The public base URL the application is told it has. */
    static final String PUBLIC_URL = "https://paceline.example.org/feeds";

    /** What the fake stamps messages and recorded calls with: real time, unless a test asks for simulated time. */
    static final FollowingClock TELEGRAM_CLOCK = new FollowingClock();
    static final FakeBotApi TELEGRAM = FakeBotApi.start(FakeBotApi.Options.defaults().clock(TELEGRAM_CLOCK));
    static final Path DATA_DIR = tempDir();

    @Autowired
    SimulatedClock simulatedClock;
    @Autowired
    RunningDueWork runningDueWork;
    @Autowired
    DeliveringDueNotifications engine;
    @Autowired
    Scheduler quartz;

    private static final Duration TICK_WAIT = Duration.ofSeconds(20);

    /**
     * Moves the simulated clock to {@code instant} and returns once everything due by then has been sent.
     *
     * <p>The clock must not move while the engine is sending, or the fake would stamp a message with the next stop
     * instead of the one it was sent at. So: set the clock (it stands still from here); fire the metronome job now
     * (the same Quartz job as every second's tick, which never runs twice at once; waiting for the next scheduled
     * tick would only make the walk slower); wait until a tick has run at this instant ({@code lastTick()} is set
     * after the due work ran, so that tick claimed and queued everything due by now); then wait until the engine
     * holds nothing: a message counts as held from its claim until its outcome is recorded, which for a sent
     * message is after the fake answered, and the fake stamps and records a message before it answers. The stops
     * are further apart than the engine's look-ahead (2 s), so nothing due at the next stop is claimed early and
     * holds the engine up; and nothing plans deliveries while the clock walks, so a later tick at the same instant
     * finds nothing more.
     */
    void tickAt(Instant instant) throws Exception {
        simulatedClock.set(instant);
        quartz.triggerJob(JobKey.jobKey(MetronomeJob.NAME));
        Eventually.await(TICK_WAIT, () -> runningDueWork.lastTick().filter(instant::equals).isPresent(),
                () -> "a metronome tick at " + instant + " (last: " + runningDueWork.lastTick() + ")");
        Eventually.await(TICK_WAIT, () -> engine.held() == 0, () -> "the delivery engine done sending at " + instant);
    }

    /** Tests share one application, so a test that moves time puts it back for the next one. */
    @AfterEach
    void backToNoon() {
        TELEGRAM_CLOCK.follow(Clock.systemUTC());
        simulatedClock.set(NOON_UTC);
    }

    /**
     * Until the end of the test, the fake stamps what the bot sends ({@code BotMessage.sentAt()}) with the
     * application's simulated time, so a test can see at which simulated instant a message arrived. Not the default:
     * some tests measure real time between calls (a 429's {@code retry_after}), which a stopped clock would hide.
     */
    void stampTelegramWithSimulatedTime() {
        TELEGRAM_CLOCK.follow(simulatedClock);
    }

    @DynamicPropertySource
    static void pointAtFakeTelegram(DynamicPropertyRegistry registry) {
        registry.add("paceline.telegram.bot-token", TELEGRAM::token);
        registry.add("paceline.telegram.api-url", TELEGRAM::baseUrl);
        registry.add("paceline.telegram.poll-timeout", () -> "2s");
        registry.add("paceline.telegram.retry-min", () -> "100ms");
        registry.add("paceline.telegram.retry-max", () -> "500ms");
        registry.add("paceline.store.data-dir", DATA_DIR::toString);
        registry.add("paceline.clock.start", NOON_UTC::toString);
        registry.add("paceline.clock.speed", () -> "0");
        // As behind a reverse proxy that serves the application under /feeds; tests map it back to the local port.
        registry.add("paceline.public-url", () -> PUBLIC_URL);
    }

    private static final Duration JOIN_WAIT = Duration.ofSeconds(20);
    /**
     * Telegram user ids for every end-to-end test: one sequence, because the tests share one application and one
     * fake, and a user id two test classes both used would get the other's messages (reminders, summaries).
     */
    static final AtomicLong USER_IDS = new AtomicLong(100_000);
    private static final AtomicLong NEXT_EXAMPLE_USER = USER_IDS;

    /**
     * A creator uploads the example course (examples/master-baker.yaml) under a fresh code, and a new learner in
     * {@code zone} joins it; the learner's chat then holds the bot's 2 replies (time zone set, enrolled).
     */
    static FakePrivateChat learnerInTheExampleCourse(String name, String language, String zone) throws IOException {
        String code = "example-" + NEXT_EXAMPLE_USER.incrementAndGet();
        FakePrivateChat creator = TELEGRAM.privateChat(TELEGRAM.user(NEXT_EXAMPLE_USER.incrementAndGet(), "Chef", "en"));
        creator.sendDocument("master-baker.yaml", "application/x-yaml", Files.readString(Path.of("../examples/master-baker.yaml"))
                .replace("code: baker-2026", "code: " + code).getBytes(StandardCharsets.UTF_8));
        creator.awaitBotMessages(1, JOIN_WAIT);
        FakePrivateChat learner = TELEGRAM.privateChat(TELEGRAM.user(NEXT_EXAMPLE_USER.incrementAndGet(), name, language));
        learner.send("/timezone " + zone);
        learner.send("/start " + code);
        learner.awaitBotMessages(2, JOIN_WAIT);
        return learner;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("paceline-e2e-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
