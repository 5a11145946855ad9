package app.paceline.benchmarks;

import app.paceline.fakebotapi.BotMessage;
import app.paceline.fakebotapi.CallbackAnswer;
import app.paceline.fakebotapi.FakeBotApi;
import app.paceline.fakebotapi.FakePrivateChat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Update handling under load: 1,000 learners each set their time zone ({@code /timezone Europe/Berlin}), which
 * the bot confirms with two inline buttons; then they press "looks right" at 200 presses a second in turn, and
 * each press's reply latency is the time from the press being queued at the fake to the bot's
 * answerCallbackQuery being recorded there.
 */
final class UpdatesRun {

    private static final int USERS = 1_000;
    private static final int PRESSES_PER_SECOND = 200;
    /** Below the 30/s overall limit, because each /timezone is answered with a message. */
    private static final int SETUP_PER_SECOND = 25;
    /** The "looks right" button's callback data starts with this (the zone may follow). */
    private static final String CONFIRM = "tz:ok";

    private final BenchmarkOptions options;
    private final Clock clock;
    private final List<String> notes = new ArrayList<>();

    UpdatesRun(BenchmarkOptions options, Clock clock) {
        this.options = options;
        this.clock = clock;
    }

    /** A press: which query, and when it was queued. */
    private record Press(String callbackQueryId, Instant queuedAt) {
    }

    RunResult run() throws InterruptedException {
        long started = System.nanoTime();
        int presses = options.sizeFor(Mode.UPDATES);
        RunFolder folder = RunFolder.create(options.workDir(), Mode.UPDATES, clock);
        try (FakeBotApi api = FakeBotApi.start(FakeBotApi.Options.defaults());
             HeapWatch heap = new HeapWatch(folder.port())) {
            List<FakePrivateChat> chats = new ArrayList<>();
            for (long user = 1; user <= USERS; user++) {
                chats.add(api.privateChat(api.user(user, "Learner " + user, "en")));
            }
            AppProcess app = AppProcess.start(folder.launch(options, api.token(), api.baseUrl()), 1);
            app.awaitReady(Duration.ofMinutes(3));
            double startupCpu = app.cpuSeconds();
            List<BotMessage> confirmations = setUp(api, chats);
            double cpuBefore = app.cpuSeconds();
            Press[] made = press(chats, confirmations, presses);
            List<Duration> latencies = new ArrayList<>();
            Instant lastAnswer = awaitAnswers(api, made, latencies);
            writeLatencies(folder.root().resolve("presses.csv"), made, api);
            double pressCpu = app.cpuSeconds() - cpuBefore;
            double cpu = app.stop();
            notes.add(String.format("startup CPU %.1f s; setup (1,000 × /timezone at %d/s) then %,d presses at %d/s;"
                    + " CPU during the presses %.1f s", startupCpu, SETUP_PER_SECOND, presses, PRESSES_PER_SECOND, pressCpu));
            double achieved = latencies.size() < 2 ? Double.NaN
                    : latencies.size() / (Duration.between(made[0].queuedAt(), lastAnswer).toNanos() / 1e9) / PRESSES_PER_SECOND;
            return new RunResult(Mode.UPDATES, presses, latencies.size(), -1, presses - latencies.size(),
                    api.rateLimitedCount(), achieved, Lateness.of(latencies), cpu, startupCpu, heap.peakUsedMb(),
                    heap.peakLiveMb(), Duration.ofNanos(System.nanoTime() - started), List.copyOf(notes));
        }
    }

    /** Every learner sets a zone; returns each one's confirmation (the message with the buttons). */
    private List<BotMessage> setUp(FakeBotApi api, List<FakePrivateChat> chats) throws InterruptedException {
        paced(chats.size(), SETUP_PER_SECOND, i -> chats.get(i).send("/timezone Europe/Berlin"));
        List<BotMessage> confirmations = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        for (FakePrivateChat chat : chats) {
            Optional<BotMessage> confirmation = Optional.empty();
            while (confirmation.isEmpty() && System.nanoTime() < deadline) {
                confirmation = api.messages(chat.id()).stream().filter(m -> confirmData(m) != null).findFirst();
                if (confirmation.isEmpty()) {
                    Thread.sleep(50);
                }
            }
            confirmations.add(confirmation.orElseThrow(() -> new IllegalStateException(
                    "learner " + chat.id() + " got no time-zone confirmation; see the application log")));
        }
        return confirmations;
    }

    /**
     * Presses "looks right" on each learner's confirmation in turn, paced. The bot removes the buttons after the
     * first press, so later presses are forged (same message, same callback data), as a client with a stale
     * screen does; the bot answers them all the same (a stale press with a short refusal).
     */
    private Press[] press(List<FakePrivateChat> chats, List<BotMessage> confirmations, int presses)
            throws InterruptedException {
        Press[] made = new Press[presses];
        paced(presses, PRESSES_PER_SECOND, i -> {
            int user = i % chats.size();
            Instant queued = clock.instant();
            BotMessage confirmation = confirmations.get(user);
            made[i] = new Press(chats.get(user).forgeButtonPress(confirmation, confirmData(confirmation)), queued);
        });
        return made;
    }

    private static String confirmData(BotMessage message) {
        return message.callbackData().stream().filter(data -> data.startsWith(CONFIRM)).findFirst().orElse(null);
    }

    private Instant awaitAnswers(FakeBotApi api, Press[] made, List<Duration> latencies) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        Instant last = made[0].queuedAt();
        for (Press press : made) {
            Optional<CallbackAnswer> answer = api.callbackAnswer(press.callbackQueryId());
            while (answer.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
                answer = api.callbackAnswer(press.callbackQueryId());
            }
            if (answer.isPresent()) {
                latencies.add(Duration.between(press.queuedAt(), answer.get().answeredAt()));
                last = answer.get().answeredAt().isAfter(last) ? answer.get().answeredAt() : last;
            }
        }
        return last;
    }

    /** One line per answered press (queued at, latency in microseconds), to see when slow answers happened. */
    private static void writeLatencies(Path file, Press[] made, FakeBotApi api) {
        StringBuilder csv = new StringBuilder("queued_at,latency_us\n");
        for (Press press : made) {
            api.callbackAnswer(press.callbackQueryId()).ifPresent(answer -> csv.append(press.queuedAt()).append(',')
                    .append(Duration.between(press.queuedAt(), answer.answeredAt()).toNanos() / 1000).append('\n'));
        }
        try {
            Files.writeString(file, csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code action(0..count-1)} at a fixed rate on a scheduler, and waits for the last one. */
    private static void paced(int count, int perSecond, IntConsumer action) throws InterruptedException {
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(count);
        pacer.scheduleAtFixedRate(() -> {
            int i = next.getAndIncrement();
            if (i < count) {
                try {
                    action.accept(i);
                } finally {
                    done.countDown();
                }
            }
        }, 0, 1_000_000_000L / perSecond, TimeUnit.NANOSECONDS);
        try {
            done.await();
        } finally {
            pacer.shutdownNow();
        }
    }
}
