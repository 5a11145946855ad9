package app.paceline;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.fakebotapi.BotMessage;
import app.paceline.fakebotapi.FakePrivateChat;
import app.paceline.time.SimulatedClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A learner books their own time for an assignment, is reminded at it in their own time zone, snoozes, and marks
 * it done — on simulated time, against the fake Bot API.
 */
class PlanningEndToEndTests extends EndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    SimulatedClock clock;

    @Test
    void bookRemindSnoozeMoveAndDone() throws Exception {
        FakePrivateChat ana = learnerInTheExampleCourse("Ana", "en", "Europe/Berlin");

        ana.send("/plan");
        BotMessage choices = ana.awaitBotMessages(3, WAIT).get(2);
        assertThat(choices.text()).startsWith("Which assignment do you want to book time for?")
                .contains("Sourcing ingredients (45 min), due Tue 8 Dec 05:59", "Knife skills video (30 min)");
        assertThat(choices.buttonTexts()).containsExactly("Sourcing ingredients", "Knife skills video");

        ana.pressButton(choices, choices.callbackData().get(0));
        BotMessage times = ana.awaitBotMessages(4, WAIT).get(3);
        assertThat(times.text()).startsWith("When will you do Sourcing ingredients (45 min)?");
        assertThat(times.buttonTexts()).contains("Tue 1 Dec 18:00", "Wed 2 Dec 08:00");

        ana.send("tomorrow 19:30");
        assertThat(ana.awaitBotMessages(5, WAIT).get(4).text())
                .isEqualTo("Booked: Sourcing ingredients at Wed 2 Dec 19:30. I'll remind you 10 minutes before (/settings changes this).");
        ana.send("/calendar");
        // It is Tuesday 1 December, 13:00 in Berlin: the 7 days end at midnight before Tuesday 8 December, when
        // both assignments are due (05:59 and 13:00 Berlin), so only the booked slot shows.
        assertThat(ana.awaitBotMessages(6, WAIT).get(5).text()).isEqualTo("""
                Your next 7 days:
                Wednesday 2 December
                • 19:30 Sourcing ingredients (45 min)""");

        clock.set(Instant.parse("2026-12-02T18:20:00Z")); // 19:20 in Berlin
        BotMessage reminder = ana.awaitBotMessages(7, WAIT).get(6);
        assertThat(reminder.text()).isEqualTo("⏰ Time for Sourcing ingredients (45 min). Due Tue 8 Dec 05:59.");
        assertThat(reminder.buttonTexts()).containsExactly("Done ✓", "Snooze 15 min", "Move…");

        ana.pressButton(reminder, reminder.callbackData().get(1));
        assertThat(ana.awaitBotMessages(8, WAIT).get(7).text()).isEqualTo("Snoozed: I'll remind you again at 19:45.");

        clock.advance(Duration.ofMinutes(15));
        BotMessage again = ana.awaitBotMessages(9, WAIT).get(8);
        assertThat(again.text()).startsWith("⏰ Time for Sourcing ingredients");

        // Not now after all: move it to another free time before the deadline.
        ana.pressButton(again, again.callbackData().get(2));
        BotMessage later = ana.awaitBotMessages(10, WAIT).get(9);
        assertThat(later.text()).startsWith("When would you rather do Sourcing ingredients? Pick a time before Tue 8 Dec 05:59");
        assertThat(later.buttonTexts()).first().asString().startsWith("Thu 3 Dec");
        ana.pressButton(later, later.callbackData().get(0));
        String newTime = later.buttonTexts().get(0);
        assertThat(ana.awaitBotMessages(11, WAIT).get(10).text()).startsWith("Booked: Sourcing ingredients at " + newTime + ".");
        Instant moved = java.time.LocalDateTime.parse("2026 " + newTime, java.time.format.DateTimeFormatter.ofPattern("yyyy EEE d MMM HH:mm", java.util.Locale.ENGLISH))
                .atZone(java.time.ZoneId.of("Europe/Berlin")).toInstant();
        clock.set(moved.minus(Duration.ofMinutes(10)));
        BotMessage atNewTime = ana.awaitBotMessages(12, WAIT).get(11);
        assertThat(atNewTime.text()).startsWith("⏰ Time for Sourcing ingredients");

        ana.pressButton(atNewTime, atNewTime.callbackData().get(0));
        assertThat(ana.awaitBotMessages(13, WAIT).get(12).text()).isEqualTo("Well done! Sourcing ingredients is done, and I cancelled its other reminders.");

        ana.send("/calendar");
        assertThat(ana.awaitBotMessages(14, WAIT).get(13).text()).as("finished work leaves the calendar").contains("""
                Tuesday 8 December
                • 13:00 due: Knife skills video""").doesNotContain("Sourcing");

        ana.send("/plan");
        BotMessage left = ana.awaitBotMessages(15, WAIT).get(14);
        assertThat(left.buttonTexts()).containsExactly("Knife skills video");
    }

    @Test
    void aTypedTimeAfterTheDeadlineIsRefusedAndNothingIsBooked() throws Exception {
        FakePrivateChat bo = learnerInTheExampleCourse("Bo", "ru", "Europe/Moscow");
        bo.send("/plan");
        BotMessage choices = bo.awaitBotMessages(3, WAIT).get(2);
        bo.pressButton(choices, choices.callbackData().get(0));
        bo.awaitBotMessages(4, WAIT);

        bo.send("10 декабря 19:00");
        assertThat(bo.awaitBotMessages(5, WAIT).get(4).text()).contains("не раньше дедлайна");

        bo.send("фыва");
        assertThat(bo.awaitBotMessages(6, WAIT).get(5).text()).startsWith("Не понимаю «фыва» как время.");

        bo.send("/plan");
        assertThat(bo.awaitBotMessages(7, WAIT).get(6).buttonTexts()).hasSize(2);
    }

    @Test
    void workNeitherDoneNorBookedGetsOneAtRiskNudgeAndDeadlineRemindersFinishedWorkGetsSilence() throws Exception {
        FakePrivateChat kim = learnerInTheExampleCourse("Kim", "en", "Asia/Kolkata");

        // Sourcing is due 2026-12-08T04:59Z and takes 45 min: at risk a day and 45 minutes before, 09:44 in Kolkata.
        // Knife skills (due 7 days after joining, 12:00Z) comes at risk the same day, so one message tells both.
        clock.set(Instant.parse("2026-12-07T04:14:00Z"));
        BotMessage atRisk = kim.awaitBotMessages(3, WAIT).get(2);
        assertThat(atRisk.text()).isEqualTo("""
                🔔 2 assignments, 1 day left, and no time is booked for them yet. Together they take about 75 min. Book a slot for each:
                • Sourcing ingredients (45 min), due Tue 8 Dec 10:29
                • Knife skills video (30 min), due Tue 8 Dec 17:30""");
        assertThat(atRisk.buttonTexts()).containsExactly("Book: Sourcing ingredients", "Book: Knife skills video");

        clock.set(Instant.parse("2026-12-07T04:59:00Z"));
        BotMessage deadline = kim.awaitBotMessages(4, WAIT).get(3);
        assertThat(deadline.text()).isEqualTo("⏳ Sourcing ingredients is due Tue 8 Dec 10:29. It takes about 45 min.");

        kim.pressButton(deadline, deadline.callbackData().get(0));
        assertThat(kim.awaitBotMessages(5, WAIT).get(4).text()).startsWith("Well done! Sourcing ingredients is done");
        // Past Sourcing's 2-hour reminder time and Knife skills' own at-risk time, after its 24-hour reminder.
        clock.set(Instant.parse("2026-12-08T03:00:00Z"));
        kim.send("/help");
        var later = kim.awaitBotMessages(7, WAIT).subList(5, 7);
        assertThat(later).extracting(BotMessage::text)
                .as("silence for finished work, and no second at-risk nudge for work already told about")
                .noneMatch(text -> text.contains("Sourcing"))
                .noneMatch(text -> text.startsWith("🔔"))
                .anyMatch(text -> text.startsWith("⏳ Knife skills video is due Tue 8 Dec 17:30"));
    }
}
