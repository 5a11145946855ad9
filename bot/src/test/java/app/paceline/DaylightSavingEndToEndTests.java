package app.paceline;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.fakebotapi.BotMessage;
import app.paceline.fakebotapi.FakePrivateChat;
import app.paceline.time.SimulatedClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 4: a course week containing daylight-saving changes, with learners in New York, Berlin, Sydney and Kolkata.
 * Each books 19:00 of their own clock on days before, on and after the changes, all at the start of the week, and
 * every slot reminder must arrive at 18:50 on that learner's clock: not an hour early, not an hour late, on no day.
 *
 * <p>Two course weeks: in autumn 2026 Berlin falls back (25 October) and then New York (1 November); in spring 2027
 * Berlin springs forward (28 March) and then Sydney falls back (4 April). Kolkata never changes: it is the control.
 *
 * <p>How arrival times are seen: the fake Bot API stamps each message with the application's simulated clock, which
 * stands still unless the test moves it. The test walks the clock from reminder to reminder; for each reminder due
 * at {@code E} it stops one minute before ({@code E - 1 min}) and at {@code E}, and at each stop waits until the
 * metronome has run the due work for that instant and the delivery engine holds nothing more (see {@link #tickAt}).
 * So every message the engine sends is sent, and stamped, while the clock shows the stop at which it became due: a
 * reminder due early arrives at the stop before its own (stamped {@code E - 1 min} or earlier), one due late does
 * not arrive at {@code E}.
 */
class DaylightSavingEndToEndTests extends EndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final AtomicLong NEXT_USER = USER_IDS;
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final LocalTime BOOKED = LocalTime.of(19, 0);
    private static final LocalTime REMINDED = LocalTime.of(18, 50);
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("America/New_York"), ZoneId.of("Europe/Berlin"),
            ZoneId.of("Australia/Sydney"), ZoneId.of("Asia/Kolkata"));

    /** One booking each learner makes: an assignment, the day, and how the time is typed (several forms). */
    record Booking(String title, LocalDate day, String typed) {
    }

    /**
     * A course week: its course (windows open all week, due after the last booking) and the bookings. Spring comes
     * first: each week leaves deadline reminders of its unfinished work behind, which the engine drops when they
     * come due later, at a chat's pace of one a second; walking into a later week would wait for that.
     */
    enum CourseWeek {
        SPRING_2027("Berlin springs forward 28 Mar, Sydney falls back 4 Apr", "Australia/Sydney",
                "2027-03-26T00:00", "2027-04-08T00:00", Instant.parse("2027-03-26T10:00:00Z"), List.of(
                new Booking("Knife skills", LocalDate.of(2027, 3, 27), "tomorrow 19:00"),
                new Booking("Mise en place", LocalDate.of(2027, 3, 28), "Sun 7pm"),
                new Booking("Stocks", LocalDate.of(2027, 4, 3), "3 Apr 19:00"),
                new Booking("Sauces", LocalDate.of(2027, 4, 4), "04.04.2027 19:00"),
                new Booking("Plating", LocalDate.of(2027, 4, 5), "2027-04-05 19:00"))),
        AUTUMN_2026("Berlin falls back 25 Oct, New York 1 Nov", "America/New_York",
                "2026-10-23T00:00", "2026-11-04T00:00", Instant.parse("2026-10-23T10:00:00Z"), List.of(
                new Booking("Levain build", LocalDate.of(2026, 10, 24), "Sat 7pm"),
                new Booking("Autolyse", LocalDate.of(2026, 10, 25), "25 Oct 19:00"),
                new Booking("Bulk fermentation", LocalDate.of(2026, 10, 31), "31.10 19:00"),
                new Booking("Shaping", LocalDate.of(2026, 11, 1), "2026-11-01 19:00"),
                new Booking("Scoring", LocalDate.of(2026, 11, 2), "Mon 2 Nov 2026 7:00 pm")));

        final String changes;
        final String courseZone;
        final String opens;
        final String due;
        /** When the learners join and book: Friday morning in New York, Friday evening in Sydney. */
        final Instant bookingAt;
        final List<Booking> bookings;

        CourseWeek(String changes, String courseZone, String opens, String due, Instant bookingAt, List<Booking> bookings) {
            this.changes = changes;
            this.courseZone = courseZone;
            this.opens = opens;
            this.due = due;
            this.bookingAt = bookingAt;
            this.bookings = bookings;
        }

        Instant dueInstant() {
            return LocalDateTime.parse(due).atZone(ZoneId.of(courseZone)).toInstant();
        }

        String courseFile(String code) {
            var yaml = new StringBuilder("""
                    course:
                      title: DST week %s
                      code: %s
                      timezone: %s
                    assignments:
                    """.formatted(name(), code, courseZone));
            for (int i = 0; i < bookings.size(); i++) {
                yaml.append("""
                          - id: a%d
                            title: %s
                            effort: 30m
                            opens: %s
                            due: %s
                        """.formatted(i + 1, bookings.get(i).title(), opens, due));
            }
            return yaml.toString();
        }

        @Override
        public String toString() {
            return name() + ": " + changes;
        }
    }

    /** A learner's chat and how many of the bot's messages in it the test has looked at. */
    static final class Learner {
        final ZoneId zone;
        final FakePrivateChat chat;
        int seen;
        BotMessage last;
        /** The answer to /plan: a button per assignment. */
        BotMessage assignments;

        Learner(ZoneId zone, FakePrivateChat chat) {
            this.zone = zone;
            this.chat = chat;
        }

        BotMessage next() {
            last = chat.awaitBotMessages(seen + 1, WAIT).get(seen);
            seen++;
            return last;
        }

        List<BotMessage> unseen() {
            List<BotMessage> all = chat.botMessages();
            return all.subList(Math.min(seen, all.size()), all.size());
        }

        @Override
        public String toString() {
            return zone.getId();
        }
    }

    /** A reminder the test expects: whose, for which booking, and the instant of 18:50 on their clock that day. */
    record Expected(Learner learner, Booking booking, Instant at) {
    }

    @Autowired
    SimulatedClock clock;

    @BeforeEach
    void stampMessagesWithSimulatedTime() {
        stampTelegramWithSimulatedTime();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(CourseWeek.class)
    void everySlotReminderArrivesAt1850OnTheLearnersClockBeforeOnAndAfterTheChanges(CourseWeek week) throws Exception {
        // Whatever earlier tests left due by now is sent before our learners exist.
        tickAt(week.bookingAt);
        String code = "dst-" + NEXT_USER.incrementAndGet();
        FakePrivateChat creator = TELEGRAM.privateChat(TELEGRAM.user(NEXT_USER.incrementAndGet(), "Chef", "en"));
        creator.sendDocument("dst-week.yaml", "application/x-yaml", week.courseFile(code).getBytes(StandardCharsets.UTF_8));
        assertThat(creator.awaitBotMessages(1, WAIT).get(0).text()).contains("?start=" + code);

        List<Learner> learners = new ArrayList<>();
        for (ZoneId zone : ZONES) {
            learners.add(new Learner(zone, TELEGRAM.privateChat(TELEGRAM.user(NEXT_USER.incrementAndGet(), "Learner", "en"))));
        }
        everyone(learners, learner -> learner.chat.send("/timezone " + learner.zone.getId()));
        everyone(learners, learner -> learner.chat.send("/start " + code));
        everyone(learners, learner -> learner.chat.send("/plan"));
        List<String> titles = week.bookings.stream().map(Booking::title).toList();
        learners.forEach(learner -> assertThat(learner.last.buttonTexts()).containsExactlyElementsOf(titles));
        learners.forEach(learner -> learner.assignments = learner.last);

        for (int b = 0; b < week.bookings.size(); b++) {
            Booking booking = week.bookings.get(b);
            int button = b;
            // The list of assignments stays usable: its buttons are resolved again on every press.
            List<BotMessage> offers = everyone(learners, learner -> learner.chat.pressButton(
                    learner.assignments, learner.assignments.callbackData().get(button)));
            offers.forEach(offer -> assertThat(offer.text()).startsWith("When will you do " + booking.title() + " (30 min)?"));
            List<BotMessage> answers = everyone(learners, learner -> learner.chat.send(booking.typed()));
            for (int l = 0; l < learners.size(); l++) {
                String local = MOMENT.format(ZonedDateTime.of(booking.day(), BOOKED, learners.get(l).zone));
                assertThat(answers.get(l).text()).as("%s typed '%s'", learners.get(l), booking.typed())
                        .isEqualTo("Booked: " + booking.title() + " at " + local + ". I'll remind you 10 minutes before (/settings changes this).");
            }
        }

        List<Expected> expected = new ArrayList<>();
        for (Learner learner : learners) {
            for (Booking booking : week.bookings) {
                expected.add(new Expected(learner, booking, ZonedDateTime.of(booking.day(), REMINDED, learner.zone).toInstant()));
            }
        }
        expected.sort(Comparator.comparing(Expected::at));
        assertThat(expected).extracting(Expected::at).doesNotHaveDuplicates();

        for (Expected reminder : expected) {
            tickAt(reminder.at().minus(Duration.ofMinutes(1)));
            assertThat(describe(learners)).as("nothing yet, a minute before %s", reminder).isEmpty();

            tickAt(reminder.at());
            assertThat(describe(learners)).as("only the reminder due at %s", reminder)
                    .hasSize(1).allMatch(line -> line.startsWith(reminder.learner().zone.getId() + ":"));
            BotMessage message = reminder.learner().next();
            String due = MOMENT.format(week.dueInstant().atZone(reminder.learner().zone));
            assertThat(message.text()).isEqualTo("⏰ Time for " + reminder.booking().title() + " (30 min). Due " + due + ".");
            assertThat(message.sentAt()).isEqualTo(reminder.at());
            assertThat(message.sentAt().atZone(reminder.learner().zone).toLocalDateTime())
                    .as("%s's clock when reminded of %s", reminder.learner(), reminder.booking().title())
                    .isEqualTo(reminder.booking().day().atTime(REMINDED));
        }
        tickAt(expected.get(expected.size() - 1).at().plus(Duration.ofHours(1)));
        assertThat(describe(learners)).as("nothing after the last reminder").isEmpty();
    }

    /**
     * Each learner sends a message or presses a button, then the test takes each one's answer. Four learners typing
     * this fast would run into Telegram's limit of about a message a second per chat, and the bot would wait out a
     * 429 before most answers; people take longer than that between messages, so the fake's buckets are refilled
     * instead.
     */
    private static List<BotMessage> everyone(List<Learner> learners, Consumer<Learner> action) {
        TELEGRAM.resetRateLimits();
        learners.forEach(action);
        return learners.stream().map(Learner::next).toList();
    }

    /** The messages learners received that the test has not looked at yet, as "zone: local time: text". */
    private static List<String> describe(List<Learner> learners) {
        return learners.stream().flatMap(learner -> learner.unseen().stream().map(message -> learner.zone.getId() + ": "
                        + message.sentAt().atZone(learner.zone).toOffsetDateTime() + ": " + message.text()))
                .collect(Collectors.toList());
    }
}
