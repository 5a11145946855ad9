package app.paceline;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.fakebotapi.BotMessage;
import app.paceline.fakebotapi.FakeGroup;
import app.paceline.fakebotapi.FakePrivateChat;
import app.paceline.fakebotapi.FakeUser;
import app.paceline.testing.Eventually;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 6: the 10-day challenge of {@code examples/ten-day-challenge.yaml} in simulated time, against the fake Bot
 * API, with its board in the course's group. It starts on Saturday 27 March 2027, so Europe springs forward on day 2 and Lord Howe, Chatham and Sydney
 * fall back on day 9; each learner's day still comes at 08:00 on their own clock.
 */
class ChallengesEndToEndTests extends EndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final AtomicLong NEXT_USER = USER_IDS;
    private static final LocalDate START = LocalDate.of(2027, 3, 27);
    private static final int DAYS = 10;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final List<String> ZONES = List.of("Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Chatham",
            "Europe/Berlin", "America/New_York", "America/Los_Angeles", "Asia/Tokyo", "America/Sao_Paulo",
            "Asia/Kathmandu", "Australia/Sydney");
    private static final Pattern DAY_HEADER = Pattern.compile("· day (\\d+) of 10");
    private static final Pattern DAY_BUTTON = Pattern.compile("^Day (\\d+): ");

    /** A learner's chat, which of the bot's messages in it the test has read, and what it found. */
    static final class Learner {
        final ZoneId zone;
        final FakePrivateChat chat;
        final boolean late;
        final java.util.Set<Integer> read = new java.util.HashSet<>();
        /** Day number to the message that brought it (a day message, or a catch-up bundle listing it). */
        final Map<Integer, BotMessage> received = new LinkedHashMap<>();
        final TreeSet<Integer> done = new TreeSet<>();
        int bundles;
        int catchUps;
        /** Whether every day but the newest was done since the last catch-up message (or ever, before the first). */
        boolean caughtUp = true;

        Learner(ZoneId zone, FakePrivateChat chat, boolean late) {
            this.zone = zone;
            this.chat = chat;
            this.late = late;
        }

        /** The bot's messages not read yet, marked read. */
        List<BotMessage> unread() {
            List<BotMessage> fresh = chat.botMessages().stream().filter(m -> !read.contains(m.messageId())).toList();
            fresh.forEach(m -> read.add(m.messageId()));
            return fresh;
        }

        /** Waits for the first message not read yet that {@code wanted} accepts, and marks it read. */
        BotMessage next(java.util.function.Predicate<BotMessage> wanted, String what) {
            Eventually.await(WAIT, () -> chat.botMessages().stream().anyMatch(m -> !read.contains(m.messageId()) && wanted.test(m)),
                    () -> what + " in " + chat.botMessages());
            BotMessage found = chat.botMessages().stream().filter(m -> !read.contains(m.messageId()) && wanted.test(m))
                    .findFirst().orElseThrow();
            read.add(found.messageId());
            return found;
        }

        BotMessage next() {
            return next(m -> true, "a message");
        }

        void checkCaughtUp() {
            int newest = received.isEmpty() ? 0 : java.util.Collections.max(received.keySet());
            if (received.keySet().stream().allMatch(day -> day == newest || done.contains(day))) {
                caughtUp = true;
            }
        }
    }

    @BeforeEach
    void stampMessagesWithSimulatedTime() {
        stampTelegramWithSimulatedTime();
    }

    /**
     * Fifty learners in ten zones; 45 join before the start, 5 join on day 4 and get the days out so far as one
     * catch-up bundle.
     * Each learner presses Done on a random 60% of the days as they come, and a sixth never does. Every learner gets
     * every day exactly once, directly or inside a bundle, at 08:00 their time; a learner who falls behind gets one
     * catch-up message, not one a day; and at the end every learner marks every remaining day done, late, from the
     * messages they got, and no released day is refused.
     */
    @Test
    void fiftyLearnersInTenZonesGetEveryDayOnceAtEightTheirTimeAndCanAlwaysCatchUp() throws Exception {
        simulatedClock.set(Instant.parse("2027-03-20T12:00:00Z"));
        String code = createCourse();
        // The course's group is linked for the last two days only: the board is edited after nearly every stop, and a
        // group takes 20 messages a minute, so a board for all ten days would make this test wait minutes.
        Instant linkGroup = ZonedDateTime.of(START.plusDays(8), LocalTime.of(7, 0), BERLIN).toInstant();
        FakeGroup group = TELEGRAM.group(-1_003_000_000_000L - NEXT_USER.incrementAndGet(), "Sourdough club");
        Random random = new Random(6);
        List<Learner> learners = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            learners.add(join(code, ZONES.get(i % ZONES.size()), false));
        }
        Instant lateJoin = Instant.parse("2027-03-30T12:00:00Z");
        TreeSet<Instant> stops = new TreeSet<>();
        for (String zone : ZONES) {
            for (int day = 1; day <= DAYS; day++) {
                stops.add(ZonedDateTime.of(START.plusDays(day - 1), LocalTime.of(8, 0), ZoneId.of(zone)).toInstant());
            }
        }
        stops.add(lateJoin);
        stops.add(linkGroup);

        for (Instant stop : stops) {
            if (stop.equals(linkGroup)) {
                simulatedClock.set(linkGroup);
                group.addBot("administrator");
                group.member(chef, "administrator");
                group.send(chef, "/link " + code);
                assertThat(group.awaitBotMessages(1, WAIT).get(0).text()).startsWith("This group now belongs to Sourdough in 10 days.");
            }
            if (stop.equals(lateJoin)) {
                simulatedClock.set(lateJoin);
                for (int i = 0; i < 5; i++) {
                    learners.add(join(code, ZONES.get(i * 2), true));
                }
            }
            tickAt(stop);
            // Everyone presses first and the answers are checked after, as in a real group of learners: the presses
            // queue up at the bot instead of each waiting for the one before.
            List<Runnable> answers = new ArrayList<>();
            for (Learner learner : learners) {
                for (BotMessage message : learner.unread()) {
                    read(learner, message, random, learners.indexOf(learner) % 6 == 5).ifPresent(answers::add);
                }
            }
            answers.forEach(Runnable::run);
        }

        for (Learner learner : learners) {
            assertThat(learner.received.keySet()).as("every day once, in order, for a learner in %s", learner.zone)
                    .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
            learner.received.values().stream().filter(m -> DAY_HEADER.matcher(m.text()).find()).forEach(m ->
                    assertThat(m.sentAt().atZone(learner.zone).toLocalTime()).as("%s", learner.zone).isEqualTo(LocalTime.of(8, 0)));
            assertThat(learner.bundles).as("late joiners get the days out so far in one message").isEqualTo(learner.late ? 1 : 0);
        }
        assertThat(learners.stream().filter(l -> learners.indexOf(l) % 6 == 5))
                .as("never pressed Done: exactly one catch-up message").allSatisfy(l -> assertThat(l.catchUps).isEqualTo(1));

        // The group's board: day 8's at once when the group is linked (before 08:00 on day 9 in Berlin, the course's
        // zone), then one message a day at 08:00 Berlin time, edited in place as learners do the day; only the newest
        // is pinned.
        List<BotMessage> boards = group.botMessages().stream().filter(m -> m.text().startsWith("📋")).toList();
        assertThat(boards).extracting(BotMessage::sentAt).containsExactly(linkGroup,
                ZonedDateTime.of(START.plusDays(8), LocalTime.of(8, 0), BERLIN).toInstant(),
                ZonedDateTime.of(START.plusDays(9), LocalTime.of(8, 0), BERLIN).toInstant());
        for (int day = 8; day <= DAYS; day++) {
            BotMessage board = boards.get(day - 8);
            assertThat(board.text()).startsWith("📋 10-day sourdough challenge, day " + day + " of 10: ");
            assertThat(board.pinned()).isEqualTo(day == DAYS);
        }
        assertThat(boards).as("edited as learners did the day")
                .anySatisfy(board -> assertThat(board.editedAt()).isNotNull())
                .anySatisfy(board -> assertThat(board.text()).containsPattern("Done today: [1-9]\\d* of (45|50)"));

        // Two days after the last day, well inside the grace: everything still open is done late, and counts. Shown for
        // every fifth learner (among them one who never pressed Done, and a late joiner with a bundle), to keep the test
        // quick: each press is a round trip through the bot.
        tickAt(Instant.parse("2027-04-07T12:00:00Z"));
        for (Learner learner : learners.stream().filter(l -> learners.indexOf(l) % 5 == 0).toList()) {
            for (int day = 1; day <= DAYS; day++) {
                if (!learner.done.contains(day)) {
                    markDone(learner, learner.received.get(day), day);
                }
            }
            learner.chat.send("/challenge");
            assertThat(learner.next(m -> m.text().contains("days done"), "/challenge").text()).contains("10 of 10 days done").contains("All days done");
        }
    }

    /**
     * One learner in Kolkata through the whole of it: a day with its question and link, an answer, falling behind and
     * the one catch-up message, a late day done from it, {@code /today}, {@code /catchup}, {@code /challenge}, their
     * own release time, a pause, and a new time zone that keeps the local release time.
     */
    @Test
    void aLearnerAnswersFallsBehindCatchesUpLatePausesAndMovesTheirDays() throws Exception {
        simulatedClock.set(Instant.parse("2027-03-20T12:00:00Z"));
        String code = createCourse();
        Learner learner = join(code, "Asia/Kolkata", false);
        ZoneId kolkata = ZoneId.of("Asia/Kolkata");
        Instant day1 = ZonedDateTime.of(START, LocalTime.of(8, 0), kolkata).toInstant();

        tickAt(day1.minusSeconds(60));
        assertThat(learner.unread()).isEmpty();
        tickAt(day1);
        BotMessage first = learner.next();
        assertThat(first.sentAt()).isEqualTo(day1);
        assertThat(first.text()).isEqualTo("""
                🔥 10-day sourdough challenge · day 1 of 10
                Wake the starter

                Feed your starter twice today, 12 hours apart, and mark the jar after each feed.

                ✍️ How many hours until it doubled?""");
        assertThat(first.buttonTexts()).containsExactly("Done ✓", "Answer ✍️", "Starter basics");

        String answer = learner.chat.pressButton(first, first.callbackData().get(1));
        assertThat(TELEGRAM.awaitCallbackAnswer(answer, WAIT).text()).isNullOrEmpty();
        assertThat(learner.next().text()).isEqualTo("✍️ Day 1: How many hours until it doubled?\nSend your answer as a message (/cancel to stop).");
        learner.chat.send("About six hours");
        assertThat(learner.next().text()).isEqualTo("Saved your answer to day 1, and the day is done ✓ (1 of 10).");

        for (int day = 2; day <= 4; day++) {
            tickAt(ZonedDateTime.of(START.plusDays(day - 1), LocalTime.of(8, 0), kolkata).toInstant());
            assertThat(learner.next().text()).contains("· day " + day + " of 10");
        }
        BotMessage behind = learner.next();
        assertThat(behind.text()).isEqualTo("🌱 You're 2 days behind in 10-day sourdough challenge, and that's fine: nothing "
                + "locks before Mon 12 Apr, and late days count the same. Pick one when you have a moment:");
        assertThat(behind.buttonTexts()).containsExactly("Day 2: Autolyse", "Day 3: First bulk");
        tickAt(ZonedDateTime.of(START.plusDays(4), LocalTime.of(8, 0), kolkata).toInstant());
        assertThat(learner.next().text()).contains("· day 5 of 10");
        assertThat(learner.unread()).as("still behind: no second catch-up message").isEmpty();

        learner.chat.send("/today");
        assertThat(learner.next().text()).isEqualTo("Nothing for today. /plan books time for your assignments.");
        BotMessage today = learner.next();
        assertThat(today.text()).isEqualTo("""
                🔥 Today in your challenges:
                • 10-day sourdough challenge: day 5, Cold retard, not done yet
                …and 3 earlier days to catch up on: /catchup""");
        assertThat(today.buttonTexts()).containsExactly("Day 5: Cold retard");

        TELEGRAM.awaitCallbackAnswer(learner.chat.pressButton(behind, behind.callbackData().get(0)), WAIT);
        BotMessage day2 = learner.next();
        assertThat(day2.text()).startsWith("🔥 10-day sourdough challenge · day 2 of 10\nAutolyse");
        String done = learner.chat.pressButton(day2, day2.callbackData().get(0));
        assertThat(TELEGRAM.awaitCallbackAnswer(done, WAIT).text()).as("late counts").isEqualTo("Day 2 done ✓ (2 of 10)");
        Eventually.await(WAIT, () -> learner.chat.botMessages().stream().filter(m -> m.messageId() == day2.messageId())
                .allMatch(m -> m.buttonTexts().isEmpty()), () -> "the Done button gone");

        learner.chat.send("/catchup");
        BotMessage open = learner.next();
        assertThat(open.text()).isEqualTo("10-day sourdough challenge: 3 days are open for you until Mon 12 Apr. Tap one to open it:");
        assertThat(open.buttonTexts()).containsExactly("Day 3: First bulk", "Day 4: Shaping", "Day 5: Cold retard");

        learner.chat.send("/challenge");
        BotMessage status = learner.next();
        assertThat(status.text()).isEqualTo("""
                🔥 10-day sourdough challenge (Sourdough in 10 days)
                2 of 10 days done · streak: none yet
                Day 6 comes Thu 1 Apr 08:00.
                2 days to catch up on: /catchup
                Days come at 08:00 your time (Asia/Kolkata).
                Your name doesn't show on the group board.""");
        assertThat(status.buttonTexts()).containsExactly("Pause ⏸", "Release time 🕗", "Show my name on the group board",
                "Leave the challenge");

        TELEGRAM.awaitCallbackAnswer(learner.chat.pressButton(status, status.callbackData().get(1)), WAIT);
        assertThat(learner.next().text()).startsWith("At what time of day should the days of 10-day sourdough challenge come? Now 08:00.");
        learner.chat.send("quarter past seven");
        assertThat(learner.next().text()).startsWith("I couldn't read “quarter past seven” as a time of day.");
        learner.chat.send("7pm");
        assertThat(learner.next().text()).isEqualTo("Done: days come at 19:00 your time from now on. The next one: Thu 1 Apr 19:00.");

        // Paused on Wednesday 31 March (Kolkata), resumed on Friday 2 April: the days to come move on by two days.
        TELEGRAM.awaitCallbackAnswer(learner.chat.pressButton(status, status.callbackData().get(0)), WAIT);
        assertThat(learner.next().text()).startsWith("⏸ 10-day sourdough challenge is paused");
        tickAt(ZonedDateTime.of(START.plusDays(5), LocalTime.of(19, 0), kolkata).toInstant());
        assertThat(learner.unread()).as("nothing while paused").isEmpty();
        tickAt(ZonedDateTime.of(START.plusDays(6), LocalTime.of(12, 0), kolkata).toInstant());
        learner.chat.send("/challenge");
        BotMessage paused = learner.next();
        assertThat(paused.text()).contains("⏸ Paused since Wed 31 Mar.");
        TELEGRAM.awaitCallbackAnswer(learner.chat.pressButton(paused, paused.callbackData().get(0)), WAIT);
        assertThat(learner.next().text()).isEqualTo("▶️ Resumed. The next day comes Sat 3 Apr 19:00.");

        // Moving to Berlin keeps 19:00: day 6 comes at 19:00 Berlin time, not at 19:00 Kolkata time.
        learner.chat.send("/timezone Berlin");
        learner.next(m -> m.text().startsWith("Time zone set"), "the new zone confirmed");
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        tickAt(ZonedDateTime.of(START.plusDays(7), LocalTime.of(19, 0), kolkata).toInstant());
        assertThat(learner.unread()).isEmpty();
        Instant berlinEvening = ZonedDateTime.of(START.plusDays(7), LocalTime.of(19, 0), berlin).toInstant();
        tickAt(berlinEvening);
        BotMessage day6 = learner.next();
        assertThat(day6.text()).contains("· day 6 of 10");
        assertThat(day6.sentAt()).isEqualTo(berlinEvening);
    }

    /** A message in a learner's chat: a day, a bundle of days, or a catch-up message. */
    /** Reads one message; when the learner presses Done under it, returns the check of the bot's answer to run later. */
    private Optional<Runnable> read(Learner learner, BotMessage message, Random random, boolean neverDone) {
        Matcher header = DAY_HEADER.matcher(message.text());
        if (header.find()) {
            int day = Integer.parseInt(header.group(1));
            assertThat(learner.received.putIfAbsent(day, message)).as("day %d twice", day).isNull();
            if (!neverDone && random.nextDouble() < 0.6) {
                String press = learner.chat.pressButton(message, message.callbackData().get(0));
                return Optional.of(() -> {
                    assertThat(TELEGRAM.awaitCallbackAnswer(press, WAIT).text()).as("%s day %d", learner.zone, day)
                            .startsWith("Day " + day + " done ✓");
                    learner.done.add(day);
                    learner.checkCaughtUp();
                });
            }
        } else if (message.text().startsWith("📬")) {
            learner.bundles++;
            for (int day : daysListed(message)) {
                assertThat(learner.received.putIfAbsent(day, message)).as("day %d twice", day).isNull();
            }
        } else if (message.text().startsWith("🌱")) {
            assertThat(learner.caughtUp).as("a second catch-up message before catching up, in %s", learner.zone).isTrue();
            learner.caughtUp = false;
            learner.catchUps++;
        } else {
            throw new AssertionError("unexpected message to a learner in " + learner.zone + ": " + message.text());
        }
        return Optional.empty();
    }

    private static List<Integer> daysListed(BotMessage message) {
        List<Integer> days = new ArrayList<>();
        for (String label : message.buttonTexts()) {
            Matcher button = DAY_BUTTON.matcher(label);
            if (button.find()) {
                days.add(Integer.parseInt(button.group(1)));
            }
        }
        return days;
    }

    /** Presses Done under the day's message; a day that came in a bundle is opened from it first. */
    private void markDone(Learner learner, BotMessage from, int day) {
        BotMessage dayMessage = from;
        if (!DAY_HEADER.matcher(from.text()).find()) {
            int index = daysListed(from).indexOf(day);
            String open = TELEGRAM.awaitCallbackAnswer(learner.chat.pressButton(from, from.callbackData().get(index)), WAIT).text();
            assertThat(open).isNullOrEmpty();
            dayMessage = learner.next(m -> m.text().contains("· day " + day + " of 10"), "day " + day + " opened");
        }
        String press = learner.chat.pressButton(dayMessage, dayMessage.callbackData().get(0));
        assertThat(TELEGRAM.awaitCallbackAnswer(press, WAIT).text()).as("%s day %d", learner.zone, day)
                .startsWith("Day " + day + " done ✓");
        learner.done.add(day);
        learner.checkCaughtUp();
    }

    /** The course's creator, once {@link #createCourse} ran. */
    private FakeUser chef;

    private String createCourse() throws Exception {
        String code = "challenge-" + NEXT_USER.incrementAndGet();
        chef = TELEGRAM.user(NEXT_USER.incrementAndGet(), "Chef", "en");
        FakePrivateChat creator = TELEGRAM.privateChat(chef);
        creator.send("/timezone Berlin");
        creator.sendDocument("challenge.yaml", "application/x-yaml", Files.readString(Path.of("../examples/ten-day-challenge.yaml"))
                .replace("code: sourdough-10", "code: " + code).getBytes(StandardCharsets.UTF_8));
        assertThat(creator.awaitBotMessages(2, WAIT).get(1).text()).startsWith("Course Sourdough in 10 days is ready");
        return code;
    }

    private Learner join(String code, String zone, boolean late) {
        var learner = new Learner(ZoneId.of(zone), TELEGRAM.privateChat(TELEGRAM.user(NEXT_USER.incrementAndGet(), "Learner", "en")), late);
        TELEGRAM.resetRateLimits();
        learner.chat.send("/timezone " + zone);
        learner.next(m -> m.text().startsWith("Time zone set"), "the time zone confirmed");
        learner.chat.send("/start " + code);
        // Days already out may come before or after this answer: they are read with the rest.
        assertThat(learner.next(m -> m.text().startsWith("You're in Sourdough in 10 days"), "joined").text())
                .contains("You're in 10-day sourdough challenge (10 days)");
        return learner;
    }
}
