package app.paceline;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.fakebotapi.BotMessage;
import app.paceline.fakebotapi.FakePrivateChat;
import app.paceline.schedule.RunningDueWork;
import app.paceline.testing.Eventually;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A learner changes their reminder lead and quiet hours in /settings, and the bot keeps to them. */
class SettingsEndToEndTests extends EndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final AtomicLong NEXT_USER = USER_IDS;

    @Autowired
    RunningDueWork metronome;

    @Test
    void aLongerReminderLeadMovesTheReminderOfATimeAlreadyBooked() throws Exception {
        FakePrivateChat ana = learnerInTheExampleCourse("Ana", "en", "Europe/Berlin");
        ana.send("/plan");
        BotMessage choices = ana.awaitBotMessages(3, WAIT).get(2);
        ana.pressButton(choices, choices.callbackData().get(0));
        ana.awaitBotMessages(4, WAIT);
        ana.send("tomorrow 19:30"); // Wednesday 2 December, 18:30 UTC
        assertThat(ana.awaitBotMessages(5, WAIT).get(4).text()).endsWith("I'll remind you 10 minutes before (/settings changes this).");

        ana.send("/settings");
        BotMessage settings = ana.awaitBotMessages(6, WAIT).get(5);
        assertThat(settings.text()).isEqualTo("""
                Your settings:
                🌍 Time zone: Europe/Berlin (it's 13:00 there now)
                🌙 Quiet hours: 22:00–07:00. No nudges then; reminders for times you booked still come.
                ⏰ Reminders: 10 min before each time you book.
                📅 Live sessions: reminders 24 h and 15 min before.""");
        ana.pressButton(settings, settings.callbackData().get(2)); // Reminders
        BotMessage leads = ana.awaitBotMessages(7, WAIT).get(6);
        assertThat(leads.buttonTexts()).containsExactly("At the start", "5 min before", "✓ 10 min before", "15 min before",
                "30 min before", "1 hour before");
        ana.pressButton(leads, leads.callbackData().get(4));
        assertThat(ana.awaitBotMessages(8, WAIT).get(7).text())
                .isEqualTo("Saved: reminders now come 30 min before each time you book, also for times you already booked.");

        awaitTickAt(Instant.parse("2026-12-02T17:59:00Z"));
        ana.send("/help");
        assertThat(ana.awaitBotMessages(9, WAIT).get(8).text()).as("no reminder 31 minutes before").startsWith("Here's what I can do");
        clock.set(Instant.parse("2026-12-02T18:00:00Z"));
        assertThat(ana.awaitBotMessages(10, WAIT).get(9).text()).startsWith("⏰ Time for Sourcing ingredients");
    }

    @Test
    void quietHoursCanBeTypedAndNonsenseChangesNothing() throws Exception {
        FakePrivateChat bo = TELEGRAM.privateChat(TELEGRAM.user(NEXT_USER.incrementAndGet(), "Bo", "ru"));
        bo.send("/timezone Moscow");
        bo.send("/settings");
        BotMessage settings = bo.awaitBotMessages(2, WAIT).get(1);
        assertThat(settings.text()).contains("Тихие часы: 22:00–07:00");

        bo.pressButton(settings, settings.callbackData().get(1));
        BotMessage ask = bo.awaitBotMessages(3, WAIT).get(2);
        assertThat(ask.buttonTexts()).containsExactly("22:00–07:00", "23:00–08:00", "21:00–06:00", "00:00–09:00", "Выкл");
        bo.send("всегда");
        assertThat(bo.awaitBotMessages(4, WAIT).get(3).text()).startsWith("Не понимаю «всегда» как тихие часы.");
        bo.send("с 23:30 до 8");
        assertThat(bo.awaitBotMessages(5, WAIT).get(4).text()).startsWith("Сохранено: тихие часы теперь 23:30–08:00.");

        bo.send("/settings");
        assertThat(bo.awaitBotMessages(6, WAIT).get(5).text()).contains("Тихие часы: 23:30–08:00");
        bo.pressButton(ask, ask.callbackData().get(4));
        assertThat(bo.awaitBotMessages(7, WAIT).get(6).text()).startsWith("Сохранено: тихие часы выключены.");
    }

    @Test
    void remindersBeforeLiveSessionsAreTurnedOnAndOffOneByOne() throws Exception {
        FakePrivateChat cy = TELEGRAM.privateChat(TELEGRAM.user(NEXT_USER.incrementAndGet(), "Cy", "en"));
        cy.send("/timezone Tokyo");
        cy.send("/settings");
        BotMessage settings = cy.awaitBotMessages(2, WAIT).get(1);

        cy.pressButton(settings, settings.callbackData().get(3));
        BotMessage leads = cy.awaitBotMessages(3, WAIT).get(2);
        assertThat(leads.buttonTexts()).containsExactly("✓ 24 h", "3 h", "1 h", "✓ 15 min", "5 min");
        String press = cy.pressButton(leads, leads.callbackData().get(2));

        assertThat(TELEGRAM.awaitCallbackAnswer(press, WAIT).text()).isEqualTo("📅 Live sessions: reminders 24 h, 1 h and 15 min before.");
        cy.send("/settings");
        assertThat(cy.awaitBotMessages(4, WAIT).get(3).text()).endsWith("📅 Live sessions: reminders 24 h, 1 h and 15 min before.");
    }

    /** Moves the clock and waits until the metronome has run at that instant (and so sent whatever was due). */
    private void awaitTickAt(Instant at) {
        clock.set(at);
        Eventually.await(Duration.ofSeconds(10), () -> metronome.lastTick().filter(tick -> !tick.isBefore(at)).isPresent());
    }

    @Autowired
    app.paceline.time.SimulatedClock clock;
}
