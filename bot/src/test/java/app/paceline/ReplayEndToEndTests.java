package app.paceline;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.course.CourseCode;
import app.paceline.delivery.DeliveryDecision.Verdict;
import app.paceline.delivery.DeliveryKey;
import app.paceline.delivery.FinishedDelivery;
import app.paceline.delivery.PlannedDeliveries;
import app.paceline.fakebotapi.BotMessage;
import app.paceline.fakebotapi.FakePrivateChat;
import app.paceline.learner.LearnerId;
import app.paceline.schedule.RunningDueWork;
import app.paceline.session.AnsweringRsvp;
import app.paceline.session.Rsvp;
import app.paceline.session.RsvpOutcome;
import app.paceline.testing.Eventually;
import app.paceline.time.SimulatedClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * After a weekly live session (Thursdays 18:00 New York, 3 and 10 December): the creator gets the answers, posts the
 * recording, and the learner who did not answer live gets it with a watch-by date and one reminder a day before, on
 * simulated time against the fake Bot API. Ana (Los Angeles) answers replay for the first session and nothing for
 * the second; Bo answers live for both and gets nothing.
 */
class ReplayEndToEndTests extends EndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final AtomicLong NEXT_USER = USER_IDS;
    private static final String SESSIONS = """
            sessions:
              - id: qa
                title: Live Q&A
                starts: 2026-12-03T18:00
                duration: 60m
                repeat: weekly
                until: 2026-12-10
            """;

    @Autowired
    SimulatedClock clock;

    @Autowired
    RunningDueWork metronome;

    @Autowired
    AnsweringRsvp answering;

    @Autowired
    PlannedDeliveries deliveries;

    @Test
    void theCreatorGetsTheAnswersPostsTheRecordingAndTheLearnerWhoMissedItIsSentItRemindedOnceAndCanMarkItWatched() throws Exception {
        String code = "replay-" + NEXT_USER.incrementAndGet();
        FakePrivateChat creator = TELEGRAM.privateChat(TELEGRAM.user(NEXT_USER.incrementAndGet(), "Chef", "en"));
        creator.sendDocument("baker.yaml", "application/x-yaml", (Files.readString(Path.of("../examples/master-baker.yaml"))
                .replace("code: baker-2026", "code: " + code) + SESSIONS).getBytes(StandardCharsets.UTF_8));
        creator.awaitBotMessages(1, WAIT);
        FakePrivateChat ana = learner("Ana", "America/Los_Angeles", code);
        FakePrivateChat bo = learner("Bo", "Europe/Berlin", code);
        CourseCode course = new CourseCode(code);
        assertThat(answering.answer(id(ana), course, "qa@2026-12-03", Rsvp.REPLAY)).isInstanceOf(RsvpOutcome.Saved.class);
        assertThat(answering.answer(id(bo), course, "qa@2026-12-03", Rsvp.LIVE)).isInstanceOf(RsvpOutcome.Saved.class);
        assertThat(answering.answer(id(bo), course, "qa@2026-12-10", Rsvp.LIVE)).isInstanceOf(RsvpOutcome.Saved.class);

        // The first session ends at 19:00 New York (00:00 UTC); the creator, who told no zone, sees the course's.
        clock.set(Instant.parse("2026-12-04T00:00:00Z"));
        BotMessage summary = awaitMessage(creator, text -> text.startsWith("📊"));
        assertThat(summary.text()).isEqualTo("""
                📊 Live Q&A (Thu 3 Dec 18:00, America/New_York) is over. How your learners answered:
                🟢 Live: 1
                📼 Replay: 1
                🚫 Can't make it: 0
                ❔ No answer: 0

                Post the recording and I'll send it to the 1 learner who didn't answer live. The button below does it, or /replay qa@2026-12-03 link.""");
        assertThat(summary.buttonTexts()).containsExactly("🎬 Post the recording");

        ana.send("/replay qa@2026-12-03 https://example.org/not-hers");
        assertThat(awaitMessage(ana, text -> text.startsWith("Only")).text()).isEqualTo("Only a course's creator can post its recordings.");
        creator.send("/replay qa@2026-12-03 https://example.org/recordings/qa-1");
        assertThat(awaitMessage(creator, text -> text.startsWith("📼")).text()).isEqualTo("📼 Saved the recording of Live Q&A "
                + "(Thu 3 Dec 18:00). I'm sending it to 1 learner who didn't answer live; they have until Thu 10 Dec 19:00 "
                + "to watch it, and I'll remind them a day before.");

        BotMessage first = awaitMessage(ana, text -> text.startsWith("📼"));
        assertThat(first.text()).isEqualTo("""
                📼 The recording of Live Q&A (Thu 3 Dec 15:00) is here:
                https://example.org/recordings/qa-1

                Watch it by Thu 10 Dec 16:00. Press Watched ✓ once you have, and I won't remind you.""");
        assertThat(first.buttonTexts()).containsExactly("▶ Watch", "Watched ✓");

        // A day before the window closes, 16:00 in Los Angeles.
        clock.set(Instant.parse("2026-12-10T00:00:00Z"));
        assertThat(awaitMessage(ana, text -> text.startsWith("⏳")).text()).isEqualTo("""
                ⏳ A day left to watch the recording of Live Q&A (Thu 3 Dec 15:00): please watch it by Thu 10 Dec 16:00.
                https://example.org/recordings/qa-1""");

        // The second session: Ana did not answer, so she may have missed it. Posted with the button this time.
        clock.set(Instant.parse("2026-12-11T00:00:00Z"));
        BotMessage second = awaitMessage(creator, text -> text.startsWith("📊 Live Q&A (Thu 10 Dec"));
        assertThat(second.text()).contains("🟢 Live: 1", "📼 Replay: 0", "❔ No answer: 1");
        creator.pressButton(second, second.callbackData().get(0));
        assertThat(awaitMessage(creator, text -> text.startsWith("Send me")).text())
                .isEqualTo("Send me the link to the recording of Live Q&A (Thu 10 Dec 18:00). /cancel stops.");
        creator.send("the zoom one");
        assertThat(awaitMessage(creator, text -> text.startsWith("“the zoom one”")).text()).contains("isn't a link I can send");
        creator.send("https://example.org/recordings/qa-2");
        assertThat(awaitMessage(creator, text -> text.contains("until Thu 17 Dec 19:00")).text()).startsWith("📼 Saved the recording of Live Q&A (Thu 10 Dec 18:00). I'm sending it to 1 learner");

        BotMessage recording = awaitMessage(ana, text -> text.contains("recordings/qa-2"));
        String watched = ana.pressButton(recording, recording.callbackData().get(0));
        assertThat(TELEGRAM.awaitCallbackAnswer(watched, WAIT).text()).isEqualTo("Marked as watched ✓ No more reminders about it.");
        Eventually.await(WAIT, () -> ana.botMessages().stream().filter(m -> m.messageId() == recording.messageId())
                .allMatch(m -> m.buttonTexts().equals(List.of("▶ Watch"))), () -> "the Watched button gone");
        String again = ana.forgeButtonPress(recording, recording.callbackData().get(0));
        assertThat(TELEGRAM.awaitCallbackAnswer(again, WAIT).text()).isEqualTo("This button is no longer active.");
        String late = ana.pressButton(first, first.callbackData().get(0));
        assertThat(TELEGRAM.awaitCallbackAnswer(late, WAIT).text()).as("the first window closed").isEqualTo("This button is no longer active.");

        // When its reminder would have come: nothing.
        awaitTickAt(Instant.parse("2026-12-17T00:00:00Z"));
        DeliveryKey reminder = DeliveryKey.of("replay-reminder", Long.toString(ana.id()), code, "qa@2026-12-10");
        assertThat(deliveries.finished(reminder)).map(FinishedDelivery::outcome).contains(Verdict.CANCELLED);
        ana.send("/help");
        awaitMessage(ana, text -> text.startsWith("Here's what I can do"));
        assertThat(ana.botMessages()).extracting(BotMessage::text).filteredOn(text -> text.startsWith("⏳")).as("one reminder only").hasSize(1);
        assertThat(bo.botMessages()).extracting(BotMessage::text).as("Bo joined live: no recording, no reminder to watch it").noneMatch(text -> text.startsWith("📼") || text.startsWith("⏳"));
    }

    private static FakePrivateChat learner(String name, String zone, String code) {
        FakePrivateChat chat = TELEGRAM.privateChat(TELEGRAM.user(NEXT_USER.incrementAndGet(), name, "en"));
        chat.send("/timezone " + zone);
        chat.send("/start " + code);
        chat.awaitBotMessages(2, WAIT);
        return chat;
    }

    private static LearnerId id(FakePrivateChat chat) {
        return new LearnerId(chat.id());
    }

    /** The latest message in the chat whose text matches, waiting for one; other messages may come in between. */
    private static BotMessage awaitMessage(FakePrivateChat chat, Predicate<String> text) {
        Eventually.await(WAIT, () -> chat.botMessages().stream().anyMatch(m -> text.test(m.text())),
                () -> "a message like that in chat " + chat.id() + " among " + chat.botMessages().stream().map(BotMessage::text).toList());
        List<BotMessage> matching = chat.botMessages().stream().filter(m -> text.test(m.text())).toList();
        return matching.get(matching.size() - 1);
    }

    /** Moves the clock and waits until the metronome has run at that instant (and so sent whatever was due). */
    private void awaitTickAt(Instant at) {
        clock.set(at);
        Eventually.await(WAIT, () -> metronome.lastTick().filter(tick -> !tick.isBefore(at)).isPresent());
    }
}
