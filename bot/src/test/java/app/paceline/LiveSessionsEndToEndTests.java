package app.paceline;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.fakebotapi.BotMessage;
import app.paceline.fakebotapi.FakePrivateChat;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 5: a weekly live session, Thursdays 18:00 in New York (the creator's and the course's zone), across the
 * autumn daylight-saving changes (London falls back 25 October, New York 1 November), with learners in London,
 * Tokyo and Auckland (whose clocks went forward in September: its DST runs the other way). Every nudge comes exactly
 * 24 hours and 15 minutes before the session's start, which each learner sees in their own local time; a session
 * at night for a learner says so; a learner who will watch the replay gets no more nudges for that occurrence.
 * Arrival times are checked the way {@link DaylightSavingEndToEndTests} does (see {@link #tickAt}).
 */
class LiveSessionsEndToEndTests extends EndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final AtomicLong NEXT_USER = USER_IDS;
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final List<LocalDate> THURSDAYS = List.of(LocalDate.of(2026, 10, 22), LocalDate.of(2026, 10, 29),
            LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 12));

    /** A learner's chat and how many of the bot's messages in it the test has looked at. */
    static final class Learner {
        final ZoneId zone;
        final FakePrivateChat chat;
        int seen;

        Learner(ZoneId zone, FakePrivateChat chat) {
            this.zone = zone;
            this.chat = chat;
        }

        BotMessage next() {
            BotMessage message = chat.awaitBotMessages(seen + 1, WAIT).get(seen);
            seen++;
            return message;
        }

        List<BotMessage> unseen() {
            List<BotMessage> all = chat.botMessages();
            return all.subList(Math.min(seen, all.size()), all.size());
        }
    }

    @BeforeEach
    void stampMessagesWithSimulatedTime() {
        stampTelegramWithSimulatedTime();
    }

    @Test
    void everyNudgeComes24HoursAnd15MinutesBeforeTheSessionInEachLearnersOwnTime() throws Exception {
        simulatedClock.set(Instant.parse("2026-10-20T12:00:00Z"));
        String code = "live-" + NEXT_USER.incrementAndGet();
        FakePrivateChat creator = TELEGRAM.privateChat(TELEGRAM.user(NEXT_USER.incrementAndGet(), "Chef", "en"));
        creator.send("/timezone New York");
        creator.sendDocument("live.yaml", "application/x-yaml", courseFile(code).getBytes(StandardCharsets.UTF_8));
        assertThat(creator.awaitBotMessages(2, WAIT).get(1).text()).startsWith("Course Live Baking is ready");
        Learner london = join(code, "Europe/London", "en");
        Learner tokyo = join(code, "Asia/Tokyo", "en");
        Learner auckland = join(code, "Pacific/Auckland", "ru");
        List<Learner> learners = List.of(london, tokyo, auckland);

        List<Instant> starts = THURSDAYS.stream().map(day -> ZonedDateTime.of(day, LocalTime.of(18, 0), NEW_YORK).toInstant()).toList();
        assertThat(starts.get(1)).as("18:00 EDT").isEqualTo(Instant.parse("2026-10-29T22:00:00Z"));
        assertThat(starts.get(2)).as("18:00 EST, after New York fell back").isEqualTo(Instant.parse("2026-11-05T23:00:00Z"));
        boolean first = true;
        for (Instant start : starts) {
            for (Duration lead : List.of(Duration.ofHours(24), Duration.ofMinutes(15))) {
                Instant at = start.minus(lead);
                tickAt(at.minus(Duration.ofMinutes(1)));
                assertThat(learners).as("nothing a minute before %s", at).allSatisfy(l -> assertThat(l.unseen()).isEmpty());
                tickAt(at);
                boolean tokyoOnReplay = start.equals(starts.get(0)) && !first;
                for (Learner learner : learners) {
                    if (learner == tokyo && tokyoOnReplay) {
                        assertThat(learner.unseen()).as("no nudge after choosing the replay").isEmpty();
                        continue;
                    }
                    BotMessage nudge = learner.next();
                    assertThat(nudge.sentAt()).isEqualTo(at);
                    String local = start.atZone(learner.zone).toLocalTime().toString();
                    assertThat(nudge.text()).as("%s sees the session in their own time", learner.zone)
                            .contains(learner == auckland ? local + " по твоему времени" : local + " your time");
                    assertThat(nudge.buttonTexts()).hasSize(4);
                }
                if (first) {
                    first = false;
                    BotMessage londonNudge = london.chat.botMessages().get(london.seen - 1);
                    assertThat(londonNudge.text()).isEqualTo("""
                            📅 Live Q&A starts in 24 hours: Thu 22 Oct 23:00 your time (60 min).
                            🌙 That's 23:00 at night for you. If the recording suits you better, pick Watch replay.""");
                    BotMessage tokyoNudge = tokyo.chat.botMessages().get(tokyo.seen - 1);
                    assertThat(tokyoNudge.text()).isEqualTo("📅 Live Q&A starts in 24 hours: Fri 23 Oct 07:00 your time (60 min).");
                    assertThat(tokyoNudge.buttonTexts()).containsExactly("Join live", "Watch replay", "Can't make it", "Open the call");
                    tokyo.chat.pressButton(tokyoNudge, tokyoNudge.callbackData().get(1));
                    assertThat(tokyo.next().text()).isEqualTo("Got it: you'll watch Live Q&A (Fri 23 Oct 07:00) as a replay. "
                            + "No reminders before it; I'll send you the recording when it's posted.");
                }
            }
        }
        tickAt(starts.get(starts.size() - 1).plus(Duration.ofHours(1)));
        assertThat(learners).as("nothing after the last session").allSatisfy(l -> assertThat(l.unseen()).isEmpty());
    }

    /**
     * Issue 5, done when: a learner is nudged 24 h and 15 min before a weekly session in their own local time,
     * RSVPs replay, and receives the recording link with its watch-by reminder.
     */
    @Test
    void aLearnerOnTheReplayTrackGetsTheRecordingAndOneReminderToWatchIt() throws Exception {
        simulatedClock.set(Instant.parse("2026-10-20T12:00:00Z"));
        String code = "live-" + NEXT_USER.incrementAndGet();
        FakePrivateChat creator = TELEGRAM.privateChat(TELEGRAM.user(NEXT_USER.incrementAndGet(), "Chef", "en"));
        creator.send("/timezone New York");
        creator.sendDocument("live.yaml", "application/x-yaml", courseFile(code).getBytes(StandardCharsets.UTF_8));
        creator.awaitBotMessages(2, WAIT);
        Learner tokyo = join(code, "Asia/Tokyo", "en");
        Instant first = Instant.parse("2026-10-22T22:00:00Z"); // Thursday 18:00 New York, Friday 07:00 Tokyo
        Instant second = Instant.parse("2026-10-29T22:00:00Z");

        tickAt(first.minus(Duration.ofHours(24)));
        BotMessage day = tokyo.next();
        assertThat(day.sentAt()).isEqualTo(first.minus(Duration.ofHours(24)));
        assertThat(day.text()).isEqualTo("📅 Live Q&A starts in 24 hours: Fri 23 Oct 07:00 your time (60 min).");
        tickAt(first.minus(Duration.ofMinutes(15)));
        BotMessage soon = tokyo.next();
        assertThat(soon.sentAt()).isEqualTo(first.minus(Duration.ofMinutes(15)));
        assertThat(soon.text()).startsWith("📅 Live Q&A starts in 15 min: Fri 23 Oct 07:00 your time");

        // The second week: Watch replay on the day-before nudge, so no 15-minute nudge.
        tickAt(second.minus(Duration.ofHours(24)));
        BotMessage next = tokyo.next();
        tokyo.chat.pressButton(next, next.callbackData().get(1));
        assertThat(tokyo.next().text()).startsWith("Got it: you'll watch Live Q&A (Fri 30 Oct 07:00) as a replay.");
        tickAt(second.minus(Duration.ofMinutes(15)));
        assertThat(tokyo.unseen()).as("no nudge on the replay track").isEmpty();

        // After the session the creator hears how people answered and posts the recording.
        tickAt(second.plus(Duration.ofHours(1)));
        assertThat(creator.awaitBotMessages(4, WAIT).get(3).text()).startsWith("📊 Live Q&A (Thu 29 Oct 18:00, America/New_York) is over.")
                .contains("📼 Replay: 1");
        creator.send("/replay qa@2026-10-29 https://example.org/recordings/qa-1029");
        creator.awaitBotMessages(5, WAIT);
        BotMessage recording = tokyo.next();
        assertThat(recording.text()).startsWith("📼 The recording of Live Q&A (Fri 30 Oct 07:00) is here:\nhttps://example.org/recordings/qa-1029")
                .contains("Watch it by Fri 6 Nov 08:00.");

        // A day before the window closes (seven days after posting), one reminder (the same minute as the next
        // week's day-before nudge: the session is at the same time every week).
        tickAt(recording.sentAt().plus(Duration.ofDays(6)).minus(Duration.ofMinutes(1)));
        assertThat(tokyo.unseen()).isEmpty();
        tickAt(recording.sentAt().plus(Duration.ofDays(6)));
        assertThat(tokyo.unseen()).extracting(BotMessage::text)
                .filteredOn(text -> text.startsWith("⏳ A day left to watch the recording of Live Q&A (Fri 30 Oct 07:00)")).hasSize(1);
    }

    @Test
    void sessionsListsTheComingOccurrencesWithTheLearnersAnswers() throws Exception {
        simulatedClock.set(Instant.parse("2026-10-20T12:00:00Z"));
        String code = "live-" + NEXT_USER.incrementAndGet();
        FakePrivateChat creator = TELEGRAM.privateChat(TELEGRAM.user(NEXT_USER.incrementAndGet(), "Chef", "en"));
        creator.sendDocument("live.yaml", "application/x-yaml", courseFile(code).getBytes(StandardCharsets.UTF_8));
        creator.awaitBotMessages(1, WAIT);
        Learner london = join(code, "Europe/London", "en");

        london.chat.send("/sessions");
        BotMessage list = london.next();
        assertThat(list.text()).isEqualTo("""
                Your live sessions in the next 2 weeks:
                1. Live Q&A: Thu 22 Oct 23:00 (60 min). You: no answer yet. 🌙 At night for you (23:00).
                2. Live Q&A: Thu 29 Oct 22:00 (60 min). You: no answer yet. 🌙 At night for you (22:00).""");
        assertThat(list.buttonTexts()).startsWith("1. Join live", "1. Watch replay", "1. Can't make it");
        london.chat.pressButton(list, list.callbackData().get(5));
        assertThat(london.next().text()).startsWith("Okay, you can't make Live Q&A (Thu 29 Oct 22:00).");
        london.chat.send("/sessions");
        assertThat(london.next().text()).contains("2. Live Q&A: Thu 29 Oct 22:00 (60 min). You: can't make it.");

        london.chat.send("/today");
        assertThat(london.next().text()).isEqualTo("Nothing for today. /plan books time for your assignments.");
        simulatedClock.set(Instant.parse("2026-10-22T12:00:00Z"));
        assertThat(london.next().text()).as("the 24-hour nudge, late: it says how long is really left")
                .startsWith("📅 Live Q&A starts in 10 hours: Thu 22 Oct 23:00 your time");
        london.chat.send("/today");
        assertThat(london.next().text()).isEqualTo("""
                Today:
                • 23:00 📅 Live Q&A (60 min, live session)""");

        london.chat.forgeButtonPress(list, "ses:l:AAAAAAAA");
        london.chat.send("/help");
        assertThat(london.next().text()).as("a forged RSVP changes nothing and says nothing").startsWith("Here's what I can do");
    }

    private Learner join(String code, String zone, String language) {
        var learner = new Learner(ZoneId.of(zone), TELEGRAM.privateChat(TELEGRAM.user(NEXT_USER.incrementAndGet(), "Learner", language)));
        TELEGRAM.resetRateLimits();
        learner.chat.send("/timezone " + zone);
        learner.next();
        learner.chat.send("/start " + code);
        learner.next();
        return learner;
    }

    private static String courseFile(String code) {
        return """
                course:
                  title: Live Baking
                  code: %s
                  timezone: America/New_York
                sessions:
                  - id: qa
                    title: Live Q&A
                    starts: 2026-10-22T18:00
                    duration: 60m
                    join_url: https://example.org/call
                    repeat: weekly
                    until: 2026-11-12
                """.formatted(code);
    }
}
