package app.paceline;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.course.CourseCode;
import app.paceline.fakebotapi.BotMessage;
import app.paceline.fakebotapi.FakePrivateChat;
import app.paceline.learner.LearnerId;
import app.paceline.session.AnsweringRsvp;
import app.paceline.session.Rsvp;
import app.paceline.session.RsvpOutcome;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A creator changes single occurrences of a weekly live session in chat with {@code /schedule}: a bad time changes
 * nothing, a move tells the learner who answered for it in their zone and language, and so does a cancellation.
 * It is Tuesday 1 December 2026, 07:00 in New York; the session is on Thursdays at 18:00 New York time.
 */
class ScheduleEndToEndTests extends EndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final AtomicLong NEXT_USER = USER_IDS;

    @Autowired
    AnsweringRsvp answering;

    @Test
    void aCreatorMovesOneOccurrenceAndCancelsAnotherAndWhoAnsweredIsTold() {
        String code = "live-" + NEXT_USER.incrementAndGet();
        FakePrivateChat chef = TELEGRAM.privateChat(TELEGRAM.user(NEXT_USER.incrementAndGet(), "Chef", "en"));
        chef.send("/timezone New York");
        chef.sendDocument("live.yaml", "application/x-yaml", """
                course:
                  title: Live Baking
                  code: %s
                  timezone: America/New_York
                sessions:
                  - id: qa
                    title: Live Q&A
                    starts: 2026-12-03T18:00
                    duration: 60m
                    repeat: weekly
                    until: 2026-12-31
                """.formatted(code).getBytes(StandardCharsets.UTF_8));
        assertThat(chef.awaitBotMessages(2, WAIT).get(1).text()).startsWith("Course Live Baking is ready");

        FakePrivateChat ana = learner("Ana", "en", "Berlin", code);
        FakePrivateChat bo = learner("Bo", "ru", "Moscow", code);
        assertThat(answering.answer(new LearnerId(ana.user().id()), new CourseCode(code), "qa@2026-12-10", Rsvp.LIVE))
                .isInstanceOf(RsvpOutcome.Saved.class);
        assertThat(answering.answer(new LearnerId(bo.user().id()), new CourseCode(code), "qa@2026-12-17", Rsvp.CANT))
                .isInstanceOf(RsvpOutcome.Saved.class);

        chef.send("/schedule");
        BotMessage schedule = chef.awaitBotMessages(3, WAIT).get(2);
        assertThat(schedule.text()).isEqualTo("""
                🗓 Your live sessions in the next 30 days (America/New_York time):
                1. Thu 3 Dec 18:00 Live Q&A (Live Baking): 0 live, 0 replay, 0 can't
                2. Thu 10 Dec 18:00 Live Q&A (Live Baking): 1 live, 0 replay, 0 can't
                3. Thu 17 Dec 18:00 Live Q&A (Live Baking): 0 live, 0 replay, 1 can't
                4. Thu 24 Dec 18:00 Live Q&A (Live Baking): 0 live, 0 replay, 0 can't
                More come later: press Later.

                Move or cancel one with its buttons below; Add one adds an extra occurrence of a session.""");

        chef.pressButton(schedule, data(schedule, "Move 2"));
        assertThat(chef.awaitBotMessages(4, WAIT).get(3).text()).startsWith("When should Live Q&A (Live Baking) of Thu 10 Dec 18:00 be instead?");
        chef.send("next blursday");
        assertThat(chef.awaitBotMessages(5, WAIT).get(4).text()).startsWith("I can't read “next blursday” as a time.");
        chef.send("17 Dec 18:30");
        assertThat(chef.awaitBotMessages(6, WAIT).get(5).text())
                .isEqualTo("Thu 17 Dec 18:30 overlaps Live Q&A (Thu 17 Dec 18:00–19:00). Send another time, or /cancel.");
        chef.send("/schedule");
        assertThat(chef.awaitBotMessages(7, WAIT).get(6).text()).as("nothing changed")
                .contains("2. Thu 10 Dec 18:00 Live Q&A (Live Baking): 1 live");

        chef.send("11 Dec 18:00");
        assertThat(chef.awaitBotMessages(8, WAIT).get(7).text()).isEqualTo(
                "Moved Live Q&A from Thu 10 Dec 18:00 to Fri 11 Dec 18:00; 1 learner who answered was told. "
                        + "Everyone's reminders follow the new time.");
        assertThat(ana.awaitBotMessages(3, WAIT).get(2).text()).isEqualTo(
                "📅 Live Q&A on Fri 11 Dec 00:00 moved to Sat 12 Dec 00:00 (your time). Your answer still counts.");

        chef.pressButton(schedule, data(schedule, "Cancel 3"));
        BotMessage confirm = chef.awaitBotMessages(9, WAIT).get(8);
        assertThat(confirm.text()).isEqualTo("Cancel Live Q&A (Live Baking) on Thu 17 Dec 18:00? The 1 learner who answered will be told.");
        chef.pressButton(confirm, data(confirm, "Yes, cancel it"));
        assertThat(chef.awaitBotMessages(10, WAIT).get(9).text()).isEqualTo(
                "Cancelled Live Q&A on Thu 17 Dec 18:00; 1 learner who answered was told. Its reminders are withdrawn.");
        assertThat(bo.awaitBotMessages(3, WAIT).get(2).text()).isEqualTo("❌ Live Q&A пт 18 дек. 02:00 отменяется.");

        chef.send("/schedule");
        assertThat(chef.awaitBotMessages(11, WAIT).get(10).text())
                .contains("2. Fri 11 Dec 18:00 Live Q&A (Live Baking) · moved: 1 live, 0 replay, 0 can't",
                        "3. Thu 24 Dec 18:00 Live Q&A")
                .doesNotContain("Thu 17 Dec");
        assertThat(ana.botMessages()).as("Ana is told once").hasSize(3);
    }

    private static FakePrivateChat learner(String name, String language, String city, String code) {
        FakePrivateChat learner = TELEGRAM.privateChat(TELEGRAM.user(NEXT_USER.incrementAndGet(), name, language));
        learner.send("/timezone " + city);
        learner.send("/start " + code);
        learner.awaitBotMessages(2, WAIT);
        return learner;
    }

    private static String data(BotMessage message, String label) {
        int index = message.buttonTexts().indexOf(label);
        assertThat(index).as("a button " + label + " in " + message.buttonTexts()).isNotNegative();
        return message.callbackData().get(index);
    }
}
