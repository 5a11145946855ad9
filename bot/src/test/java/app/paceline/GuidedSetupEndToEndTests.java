package app.paceline;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.fakebotapi.BotMessage;
import app.paceline.fakebotapi.FakePrivateChat;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A creator sets up a course and a live session in chat (/new), and learners get the session's nudges. */
class GuidedSetupEndToEndTests extends EndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private static BotMessage last(FakePrivateChat chat, int count) {
        List<BotMessage> messages = chat.awaitBotMessages(count, WAIT);
        assertThat(messages).hasSize(count);
        return messages.get(count - 1);
    }

    @Test
    void aCourseAndALiveSessionWithoutAFileAndEveryBadAnswerAskedAgain() throws Exception {
        stampTelegramWithSimulatedTime();
        FakePrivateChat creator = TELEGRAM.privateChat(TELEGRAM.user(USER_IDS.incrementAndGet(), "Chef", "en"));
        creator.send("/timezone Europe/Berlin");
        int seen = creator.awaitBotMessages(1, WAIT).size();
        long unique = USER_IDS.incrementAndGet();

        creator.send("/new");
        BotMessage menu = last(creator, ++seen);
        assertThat(menu.buttonTexts()).containsExactly("A new course", "A live session");
        creator.pressButton(menu, menu.callbackData().get(0));
        assertThat(last(creator, ++seen).text()).startsWith("What is the course called?");

        creator.send("Bread Basics " + unique);
        BotMessage code = last(creator, ++seen);
        assertThat(code.text()).isEqualTo("Its join link will be t.me/paceline_test_bot?start=bread-basics-" + unique
                + ". Use this code, or send another: letters, digits, - and _, up to 64.");
        creator.send("no spaces please");
        assertThat(last(creator, ++seen).text()).isEqualTo("“no spaces please” can't be a code: use 1 to 64 letters, digits, - and _.");
        creator.pressButton(code, code.callbackData().get(0));
        BotMessage zone = last(creator, ++seen);
        assertThat(zone.buttonTexts()).containsExactly("Mine: Europe/Berlin");
        creator.send("Atlantis");
        assertThat(last(creator, ++seen).text()).startsWith("I don't know the time zone “Atlantis”.");
        creator.pressButton(zone, zone.callbackData().get(0));
        BotMessage created = last(creator, ++seen);
        String joinLink = "https://t.me/paceline_test_bot?start=bread-basics-" + unique;
        assertThat(created.text()).startsWith("Course Bread Basics " + unique + " is ready (times in Europe/Berlin). "
                + "Learners join with this link:\n" + joinLink);
        assertThat(created.buttonTexts()).containsExactly("Add a live session");
        // The zone button of a finished step does nothing any more.
        assertThat(TELEGRAM.awaitCallbackAnswer(creator.pressButton(zone, zone.callbackData().get(0)), WAIT).text())
                .isEqualTo("This button is no longer active.");

        FakePrivateChat learner = TELEGRAM.privateChat(TELEGRAM.user(USER_IDS.incrementAndGet(), "Lee", "en"));
        learner.send("/timezone Asia/Tokyo");
        learner.send("/start bread-basics-" + unique);
        assertThat(learner.awaitBotMessages(2, WAIT).get(1).text()).startsWith("You're in Bread Basics " + unique + "!");

        creator.pressButton(created, created.callbackData().get(0));
        assertThat(last(creator, ++seen).text()).startsWith("A live session for Bread Basics " + unique + ". What is it called?");
        creator.send("Live Q&A");
        assertThat(last(creator, ++seen).text()).startsWith("When does Live Q&A start? In the course's time zone, Europe/Berlin");
        creator.send("someday soon");
        assertThat(last(creator, ++seen).text()).startsWith("I can't read “someday soon” as a time.");
        creator.send("2026-12-03 18:00");
        BotMessage length = last(creator, ++seen);
        assertThat(length.buttonTexts()).containsExactly("30 min", "45 min", "60 min", "90 min", "120 min");
        creator.send("3 days");
        assertThat(last(creator, ++seen).text()).startsWith("“3 days” isn't a length I can use");
        creator.send("1h15m");
        assertThat(last(creator, ++seen).text()).startsWith("Last one: the link to join the call");
        creator.send("call me");
        assertThat(last(creator, ++seen).text()).isEqualTo("That isn't an http(s) link. Send the call's link, or tap No link.");
        creator.send("https://example.org/call");
        assertThat(last(creator, ++seen).text()).startsWith("Added Live Q&A to Bread Basics " + unique
                + ": Thu 3 Dec 18:00 (Europe/Berlin), 75 min.");

        // 18:00 in Berlin is 17:00 UTC, 02:00 the next day in Tokyo; the learner's first nudge comes a day before.
        Instant start = Instant.parse("2026-12-03T17:00:00Z");
        tickAt(start.minus(Duration.ofHours(24)));
        BotMessage nudge = learner.awaitBotMessages(3, WAIT).get(2);
        assertThat(nudge.text()).startsWith("📅 Live Q&A starts in 24 hours: Fri 4 Dec 02:00 your time (75 min).");
        assertThat(nudge.sentAt()).isEqualTo(start.minus(Duration.ofHours(24)));
    }

    @Test
    void someoneWithoutCoursesCannotAddASessionAndALearnerReplayingTheButtonsChangesNothing() {
        FakePrivateChat stranger = TELEGRAM.privateChat(TELEGRAM.user(USER_IDS.incrementAndGet(), "Sam", "en"));
        stranger.send("/new");
        BotMessage menu = stranger.awaitBotMessages(1, WAIT).get(0);
        stranger.pressButton(menu, menu.callbackData().get(1));
        assertThat(stranger.awaitBotMessages(2, WAIT).get(1).text())
                .isEqualTo("You have no course to add a session to yet. /new → A new course first.");

        // Button data of a step the presser is not in, or naming a course they don't run, finds nothing.
        for (String data : List.of("new:code", "new:zone", "new:len:60", "new:nolink", "new:sc:AAAAAAAA", "new:len:999")) {
            assertThat(TELEGRAM.awaitCallbackAnswer(stranger.forgeButtonPress(menu, data), WAIT).text())
                    .as(data).isEqualTo("This button is no longer active.");
        }
        assertThat(stranger.botMessages()).hasSize(2);
    }
}
