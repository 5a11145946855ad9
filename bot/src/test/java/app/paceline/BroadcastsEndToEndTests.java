package app.paceline;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.broadcast.Broadcast;
import app.paceline.broadcast.Broadcasts;
import app.paceline.course.CourseCode;
import app.paceline.course.Enrollment;
import app.paceline.course.Enrollments;
import app.paceline.delivery.DeliveryKey;
import app.paceline.delivery.PlannedDeliveries;
import app.paceline.delivery.PlannedDelivery;
import app.paceline.fakebotapi.BotMessage;
import app.paceline.fakebotapi.Failure;
import app.paceline.fakebotapi.FakePrivateChat;
import app.paceline.learner.LearnerId;
import app.paceline.learner.RegisteringLearners;
import app.paceline.schedule.quartz.MetronomeJob;
import app.paceline.testing.Eventually;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 7: a creator broadcasts to every learner of a course by DM, against the fake Bot API with Telegram's limits on,
 * and watches one progress message edited in place until a summary ends it.
 */
class BroadcastsEndToEndTests extends EndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final AtomicLong NEXT_USER = USER_IDS;
    private static final Pattern SENT = Pattern.compile("Sent (\\d+) / 500");
    private static final String TEXT = "Oven class moves to Friday 18:00 <b>sharp</b> & bring flour";

    @Autowired
    RegisteringLearners registering;
    @Autowired
    Enrollments enrollments;
    @Autowired
    Broadcasts broadcasts;
    @Autowired
    PlannedDeliveries ledger;

    private final List<Long> blocked = new ArrayList<>();

    @AfterEach
    void unblock() {
        TELEGRAM.clearFailures();
    }

    /**
     * 500 learners (one joined by the link, 499 seeded into the store), three of whom have blocked the bot (Telegram
     * answers 403). The creator sends one text; the progress message is edited in place as the counts grow, with a
     * plausible time left; every reachable learner gets the text exactly once, the blocked ones are counted
     * unreachable, Telegram never answers 429, and a summary ends it. A learner replaying the creator's Send or Stop
     * button changes nothing.
     */
    @Test
    void fiveHundredLearnersGetTheBroadcastOnceWithinTheLimitsWhileTheCreatorWatchesItsProgress() throws Exception {
        simulatedClock.set(NOON_UTC);
        String code = "bcast-" + NEXT_USER.incrementAndGet();
        FakePrivateChat creator = TELEGRAM.privateChat(TELEGRAM.user(NEXT_USER.incrementAndGet(), "Chef", "en"));
        creator.sendDocument("master-baker.yaml", "application/x-yaml", Files.readString(Path.of("../examples/master-baker.yaml"))
                .replace("code: baker-2026", "code: " + code).getBytes(StandardCharsets.UTF_8));
        creator.awaitBotMessages(1, WAIT);
        lookFromHere(creator);

        FakePrivateChat joined = TELEGRAM.privateChat(TELEGRAM.user(NEXT_USER.incrementAndGet(), "Ana", "en"));
        joined.send("/start " + code);
        joined.awaitBotMessages(1, WAIT);
        List<FakePrivateChat> learners = new ArrayList<>(List.of(joined));
        learners.addAll(seedLearners(new CourseCode(code), 499));
        for (FakePrivateChat learner : learners.subList(100, 103)) {
            TELEGRAM.failUntilCleared("sendMessage", learner.id(), Failure.botBlocked());
            blocked.add(learner.id());
        }

        creator.send("/broadcast");
        assertThat(next(creator, "the question").text()).contains("What should every learner of Master Baker get? 500 learners are enrolled.");
        creator.send(TEXT);
        BotMessage preview = next(creator, "the preview");
        assertThat(preview.text()).startsWith("👀 Preview: this is what 500 learners of Master Baker get.").endsWith("📣 Master Baker\n\n" + TEXT);
        assertThat(preview.buttonTexts()).containsExactly("📣 Send to 500 learners", "Cancel");
        String send = preview.callbackData().get(0);

        // Ana replays the creator's Send on a message of her own chat: refused, nothing sent.
        String replayed = joined.forgeButtonPress(joined.botMessages().get(0), send);
        assertThat(TELEGRAM.awaitCallbackAnswer(replayed, WAIT).text()).isEqualTo("This button is no longer active.");
        assertThat(broadcasts.running()).noneMatch(b -> b.course().value().equals(code));

        String pressed = creator.pressButton(preview, send);
        assertThat(TELEGRAM.awaitCallbackAnswer(pressed, WAIT).text()).isEqualTo("On its way.");
        Broadcast broadcast = broadcasts.running().stream().filter(b -> b.course().value().equals(code)).findFirst().orElseThrow();
        assertThat(broadcast.recipients()).hasSize(500);
        Eventually.await(WAIT, () -> creator.botMessages().stream().anyMatch(m -> m.messageId() == preview.messageId()
                && m.callbackData().isEmpty()), () -> "the preview's buttons gone");

        // Ana replays Stop (its data is no secret: it is on the creator's screen): refused, the broadcast goes on.
        String stopReplayed = joined.forgeButtonPress(joined.botMessages().get(0), "bc:stop:" + broadcast.id());
        assertThat(TELEGRAM.awaitCallbackAnswer(stopReplayed, WAIT).text()).isEqualTo("This button is no longer active.");

        List<Instant> dues = new ArrayList<>();
        for (DeliveryKey key : broadcast.recipientKeys()) {
            ledger.waiting(key).map(PlannedDelivery::plan).or(() -> ledger.finished(key).map(finished -> finished.plan()))
                    .map(plan -> plan.due()).ifPresent(dues::add);
        }
        assertThat(dues).hasSize(500);
        Instant start = simulatedClock.instant();
        BotMessage progress = next(creator, "the progress message");
        assertThat(progress.text()).startsWith("📣 Sending to Master Baker\nSent 0 / 500");
        assertThat(progress.buttonTexts()).containsExactly("⏹ Stop sending");

        // Simulated time walks a second at a time; at each stop everything due by then is sent (in real time, within
        // the limits) before the clock moves on.
        long realStart = System.nanoTime();
        Optional<BotMessage> summary = Optional.empty();
        for (int second = 1; second <= 60 && summary.isEmpty(); second++) {
            Instant now = start.plusSeconds(second);
            stepTo(now);
            long dueByNow = dues.stream().filter(due -> !due.isAfter(now)).count();
            Eventually.await(WAIT, () -> ledger.tally(broadcast.recipientKeys()).finishedCount() >= dueByNow,
                    () -> dueByNow + " messages ended at " + now);
            summary = creator.botMessages().stream().filter(m -> m.text().startsWith("✅ Your broadcast")).findFirst();
        }
        Duration real = Duration.ofNanos(System.nanoTime() - realStart);
        assertThat(summary).as("the summary").isPresent();

        // Every reachable learner got it exactly once; the blocked ones never did.
        for (FakePrivateChat learner : learners) {
            long got = TELEGRAM.messages(learner.id()).stream().filter(m -> m.text().equals("📣 Master Baker\n\n" + TEXT)).count();
            assertThat(got).as("learner %d", learner.id()).isEqualTo(blocked.contains(learner.id()) ? 0 : 1);
        }
        // No learner's message was answered 429: the broadcast kept within Telegram's limits. (The creator's own chat
        // is left out: answers to their commands and presses are not paced by the engine, and share the chat's 1/s.)
        java.util.Set<Long> learnerIds = new java.util.HashSet<>();
        learners.forEach(learner -> learnerIds.add(learner.id()));
        assertThat(TELEGRAM.calls("sendMessage").stream()
                .filter(call -> learnerIds.contains(call.params().path("chat_id").asLong()) && call.status() == 429))
                .as("429s answered to learners").isEmpty();

        // The progress message was edited in place a few times, the counts growing, with a time left while it went.
        List<String> edits = TELEGRAM.calls("editMessageText").stream()
                .filter(call -> call.params().path("chat_id").asLong() == creator.id()
                        && call.params().path("message_id").asInt() == progress.messageId())
                .map(call -> call.params().path("text").asText()).toList();
        List<Integer> counts = edits.stream().map(SENT::matcher).filter(Matcher::find).map(m -> Integer.parseInt(m.group(1))).toList();
        assertThat(counts).as("sent counts in the edits").hasSizeGreaterThanOrEqualTo(4).isSorted();
        assertThat(counts.stream().distinct().count()).isGreaterThanOrEqualTo(4);
        assertThat(edits.subList(0, edits.size() - 1)).as("while it goes").allSatisfy(edit ->
                assertThat(edit).startsWith("📣 Sending to <b>Master Baker</b>\nSent ").contains("less than a minute left"));
        assertThat(edits).anySatisfy(edit -> assertThat(edit).contains("3 unreachable"));
        BotMessage finalProgress = creator.botMessages().stream().filter(m -> m.messageId() == progress.messageId()).findFirst().orElseThrow();
        assertThat(finalProgress.text()).isEqualTo("✅ Broadcast to Master Baker done\nSent 497 / 500 · 3 unreachable");
        assertThat(finalProgress.callbackData()).as("no Stop once over").isEmpty();
        assertThat(summary.get().text()).startsWith("✅ Your broadcast to Master Baker is done. It took ")
                .contains("497 of 500 learners got it.\n3 learners could not be reached: they blocked the bot or left Telegram.");
        assertThat(creator.botMessages().stream().filter(m -> m.text().startsWith("✅ Your broadcast"))).hasSize(1);
        assertThat(broadcasts.find(broadcast.id()).orElseThrow().isRunning()).isFalse();
        System.out.printf("broadcast to 500 learners: %d edits of the progress message, %.1f s real time%n", edits.size(),
                real.toMillis() / 1000.0);
    }

    @Test
    void aCreatorCancelsADraftOrStopsABroadcastAndTheGroupIsToldToUseThePrivateChat() throws Exception {
        simulatedClock.set(NOON_UTC);
        String code = "bcast-" + NEXT_USER.incrementAndGet();
        FakePrivateChat creator = TELEGRAM.privateChat(TELEGRAM.user(NEXT_USER.incrementAndGet(), "Chef", "en"));
        creator.sendDocument("master-baker.yaml", "application/x-yaml", Files.readString(Path.of("../examples/master-baker.yaml"))
                .replace("code: baker-2026", "code: " + code).getBytes(StandardCharsets.UTF_8));
        creator.awaitBotMessages(1, WAIT);
        lookFromHere(creator);
        List<FakePrivateChat> learners = seedLearners(new CourseCode(code), 200);

        creator.send("/broadcast " + code);
        next(creator, "the question");
        creator.send(" ");
        assertThat(next(creator, "empty").text()).startsWith("That message has no text.");
        creator.send("x".repeat(3501));
        assertThat(next(creator, "too long").text()).startsWith("That's 3,501 characters; a broadcast takes up to 3,500.");
        creator.send("First draft");
        BotMessage first = next(creator, "the first preview");
        creator.send("Second draft");
        BotMessage second = next(creator, "the second preview");
        String stale = creator.pressButton(first, first.callbackData().get(0));
        assertThat(TELEGRAM.awaitCallbackAnswer(stale, WAIT).text()).as("the replaced draft's Send").isEqualTo("This button is no longer active.");
        creator.pressButton(second, second.callbackData().get(1));
        assertThat(next(creator, "cancelled").text()).isEqualTo("Cancelled: nothing was sent.");
        assertThat(broadcasts.running()).noneMatch(b -> b.course().value().equals(code));

        creator.send("/broadcast");
        next(creator, "the question again");
        creator.send("Last call for sourdough starters");
        BotMessage preview = next(creator, "the preview");
        creator.pressButton(preview, preview.callbackData().get(0));
        BotMessage progress = next(creator, "the progress message");
        stepTo(simulatedClock.instant().plusSeconds(1));
        String stop = creator.pressButton(progress, progress.callbackData().get(0));
        assertThat(TELEGRAM.awaitCallbackAnswer(stop, WAIT).text()).startsWith("Stopping: ").endsWith("messages withdrawn.");
        // What the engine held when it was stopped (due in the next seconds) still goes; then the next count ends it.
        Broadcast broadcast = broadcasts.find(progress.callbackData().get(0).substring("bc:stop:".length())).orElseThrow();
        stepTo(simulatedClock.instant().plusSeconds(3));
        Eventually.await(WAIT, () -> ledger.tally(broadcast.recipientKeys()).waiting() == 0, () -> "the messages on their way sent");
        stepTo(simulatedClock.instant().plusSeconds(3));
        Eventually.await(WAIT, () -> creator.botMessages().stream().anyMatch(m -> m.text().startsWith("⏹ Your broadcast")),
                () -> "the summary of a stopped broadcast in " + creator.botMessages());
        BotMessage stopped = creator.botMessages().stream().filter(m -> m.text().startsWith("⏹ Your broadcast")).findFirst().orElseThrow();
        long got = learners.stream().filter(l -> TELEGRAM.messages(l.id()).stream().anyMatch(m -> m.text().endsWith("Last call for sourdough starters"))).count();
        assertThat(got).as("some went before the stop, not all").isGreaterThan(0).isLessThan(200);
        assertThat(stopped.text()).contains(got + " of 200 learners got it.").contains((200 - got) + " messages were withdrawn when you stopped it.");

        var group = TELEGRAM.group(-1_003_100_000_000L - NEXT_USER.incrementAndGet(), "Bakers");
        group.send(creator.user(), "/broadcast@" + TELEGRAM.options().botUsername());
        assertThat(group.awaitBotMessages(1, WAIT).get(0).text()).startsWith("/broadcast works in our private chat");
    }

    /** How many of the bot's messages in each chat the test has looked at. */
    private final java.util.Map<Long, Integer> seen = new java.util.HashMap<>();

    /** From here on, {@link #next} returns the bot's messages in {@code chat} that come after those it has now. */
    private void lookFromHere(FakePrivateChat chat) {
        seen.put(chat.id(), chat.botMessages().size());
    }

    /** The bot's next message in {@code chat} that the test has not looked at yet. */
    private BotMessage next(FakePrivateChat chat, String what) {
        int index = seen.getOrDefault(chat.id(), 0);
        Eventually.await(WAIT, () -> chat.botMessages().size() > index, () -> what + " in " + chat.botMessages());
        seen.put(chat.id(), index + 1);
        return chat.botMessages().get(index);
    }

    /**
     * Learners in the course by direct store writes, each with a started chat at the fake: joining 500 learners through
     * the chat would send 1,000 answers through Telegram's 30 a second (half a minute of test time) and test nothing
     * about broadcasts. They have no time zone, so no quiet hours.
     */
    private List<FakePrivateChat> seedLearners(CourseCode course, int count) {
        List<FakePrivateChat> chats = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = NEXT_USER.incrementAndGet();
            chats.add(TELEGRAM.startedChat(TELEGRAM.user(id, "Learner", "en")));
            registering.register(new LearnerId(id), "Learner", "en");
            enrollments.save(Enrollment.joined(new LearnerId(id), course, simulatedClock.instant().minusSeconds(3600)));
        }
        return chats;
    }

    /** Sets the clock and waits for a metronome tick at that instant (which plans progress edits and claims what is due). */
    private void stepTo(Instant instant) {
        simulatedClock.set(instant);
        try {
            quartz.triggerJob(JobKey.jobKey(MetronomeJob.NAME));
        } catch (org.quartz.SchedulerException e) {
            throw new IllegalStateException(e);
        }
        Eventually.await(WAIT, () -> runningDueWork.lastTick().filter(instant::equals).isPresent(),
                () -> "a metronome tick at " + instant);
    }
}
