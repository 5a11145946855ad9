package app.paceline;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.calendar.AssignmentRef;
import app.paceline.calendar.BookingOutcome;
import app.paceline.calendar.BookingTime;
import app.paceline.calendar.ChangingBookings;
import app.paceline.challenge.ChallengeOutcome;
import app.paceline.challenge.TakingPart;
import app.paceline.course.CourseCode;
import app.paceline.delivery.DeliveryKey;
import app.paceline.delivery.PlannedDeliveries;
import app.paceline.fakebotapi.BotMessage;
import app.paceline.fakebotapi.FakeGroup;
import app.paceline.fakebotapi.FakePrivateChat;
import app.paceline.learner.LearnerId;
import app.paceline.session.AnsweringRsvp;
import app.paceline.session.PostingReplay;
import app.paceline.session.Rsvp;
import app.paceline.session.RsvpOutcome;
import app.paceline.session.WatchingReplay;
import app.paceline.testing.Eventually;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 7, part 5: a creator's course with two assignments, a five-day challenge from Monday 11 January 2027 and a
 * live Q&A on Tuesday 12 January, in London (UTC in winter). Ana keeps up, Ben never does anything, Cem catches up
 * late and books his essay; on Thursday at 09:00 the creator asks for {@code /stats} (a chart and a text that add up
 * to what they did), nudges Ben with one tap, and exports the CSV. Learners and other creators get nothing of it.
 */
class StatsEndToEndTests extends EndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final AtomicLong NEXT_USER = USER_IDS;
    private static final String OCCURRENCE = "qa@2027-01-12";

    @Autowired
    TakingPart taking;
    @Autowired
    AnsweringRsvp answering;
    @Autowired
    PostingReplay posting;
    @Autowired
    WatchingReplay watching;
    @Autowired
    BookingTime booking;
    @Autowired
    ChangingBookings changing;
    @Autowired
    PlannedDeliveries deliveries;

    private static String courseFile(String code) {
        StringBuilder days = new StringBuilder();
        for (int day = 1; day <= 5; day++) {
            days.append("      - title: Bake ").append(day).append("\n        text: Bake loaf ").append(day).append(".\n");
        }
        return """
                course:
                  title: Stats Bakery
                  code: %s
                  timezone: Europe/London
                assignments:
                  - id: essay
                    title: Baking essay
                    effort: 120m
                    opens: 2027-01-10T00:00
                    due: 2027-01-14T12:00
                  - id: video
                    title: Knife skills video
                    effort: 30m
                    opens_after_join: 0d
                    due_after_join: 10d
                sessions:
                  - id: qa
                    title: Live Q&A
                    starts: 2027-01-12T18:00
                    duration: 60m
                challenges:
                  - id: five
                    title: Five-day bake
                    start: 2027-01-11
                    release_time: "08:00"
                    grace_days: 2
                    days:
                """.formatted(code) + days;
    }

    @Test
    void theCreatorGetsTextChartAndCsvThatAddUpAndNudgesOnceADayWhileOthersLearnNothing() throws Exception {
        simulatedClock.set(Instant.parse("2027-01-10T12:00:00Z"));
        String code = "stats-" + NEXT_USER.incrementAndGet();
        CourseCode course = new CourseCode(code);
        FakePrivateChat chef = TELEGRAM.privateChat(TELEGRAM.user(NEXT_USER.incrementAndGet(), "Chef", "en"));
        chef.sendDocument("bakery.yaml", "application/x-yaml", courseFile(code).getBytes(StandardCharsets.UTF_8));
        awaitMessage(chef, text -> text.contains("t.me/"));
        FakePrivateChat ana = learner("Ana", code);
        FakePrivateChat ben = learner("Ben", code);
        FakePrivateChat cem = learner("Cem", code);

        // Monday: day 1. Ana does it at once.
        tickAt(Instant.parse("2027-01-11T08:00:00Z"));
        simulatedClock.set(Instant.parse("2027-01-11T09:00:00Z"));
        assertThat(taking.markDone(id(ana), course, "five", 1, Optional.empty())).isInstanceOf(ChallengeOutcome.Changed.class);
        // Tuesday: day 2. Ana does it; Cem does day 1, a day late. Ana will join the Q&A live, Ben can't.
        tickAt(Instant.parse("2027-01-12T08:00:00Z"));
        simulatedClock.set(Instant.parse("2027-01-12T09:00:00Z"));
        assertThat(taking.markDone(id(ana), course, "five", 2, Optional.empty())).isInstanceOf(ChallengeOutcome.Changed.class);
        assertThat(taking.markDone(id(cem), course, "five", 1, Optional.empty())).isInstanceOf(ChallengeOutcome.Changed.class);
        assertThat(answering.answer(id(ana), course, OCCURRENCE, Rsvp.LIVE)).isInstanceOf(RsvpOutcome.Saved.class);
        assertThat(answering.answer(id(ben), course, OCCURRENCE, Rsvp.CANT)).isInstanceOf(RsvpOutcome.Saved.class);
        // After the Q&A the recording is posted; Cem, who had not answered, watches it.
        tickAt(Instant.parse("2027-01-12T19:00:00Z"));
        simulatedClock.set(Instant.parse("2027-01-12T19:05:00Z"));
        posting.post(new LearnerId(chef.id()), Optional.of(course), OCCURRENCE, "https://example.org/recordings/qa");
        assertThat(watching.watched(id(cem), course, OCCURRENCE)).isPresent();
        // Wednesday: day 3. Ana finishes her essay; Cem books his for Thursday 09:30.
        tickAt(Instant.parse("2027-01-13T08:00:00Z"));
        simulatedClock.set(Instant.parse("2027-01-13T10:00:00Z"));
        assertThat(changing.markDone(new AssignmentRef(id(ana), course, "essay"))).isTrue();
        assertThat(booking.book(id(cem), course, "essay", Instant.parse("2027-01-14T09:30:00Z")))
                .isInstanceOf(BookingOutcome.Booked.class);
        // Thursday: day 4. Ben has done nothing since day 1 came three days ago: silent.
        tickAt(Instant.parse("2027-01-14T08:00:00Z"));
        simulatedClock.set(Instant.parse("2027-01-14T09:00:00Z"));

        int before = chef.botMessages().size();
        chef.send("/stats");
        List<BotMessage> answer = awaitNew(chef, before, 2);
        BotMessage chart = answer.get(0);
        assertThat(chart.kind()).isEqualTo("photo");
        assertThat(chart.text()).isEqualTo("📊 Stats Bakery");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.fileBytes()));
        assertThat(image).as("a PNG that decodes").isNotNull();
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).as("challenge, assignments and sessions").isEqualTo(3 * 380);
        BotMessage stats = answer.get(1);
        assertThat(stats.text()).startsWith("📊 Stats Bakery (" + code + "), Thu 14 Jan 09:00 Europe/London\n3 learners\n")
                .contains("""
                        🔥 Five-day bake: 3 learners · 1 silent · 0 finished
                        Day 1: ✅ 1 · 🔄 1 late · ⏳ 0 today · 🐢 0 behind · 💤 1 silent
                        Day 2: ✅ 1 · 🔄 0 late · ⏳ 0 today · 🐢 1 behind · 💤 1 silent
                        Day 3: ✅ 0 · 🔄 0 late · ⏳ 0 today · 🐢 2 behind · 💤 1 silent
                        Day 4: ✅ 0 · 🔄 0 late · ⏳ 2 today · 🐢 0 behind · 💤 1 silent
                        """)
                .contains("""
                        📚 Assignments
                        • Baking essay: ✅ 1 done · 🗓 1 planned · ⚠️ 1 at risk · ⌛ 0 overdue
                        • Knife skills video: ✅ 0 done · 🗓 0 planned · ⚠️ 0 at risk · ⌛ 0 overdue
                        """)
                .contains("""
                        📅 Live sessions
                        • Tue 12 Jan 18:00 Live Q&A: 🟢 1 live · 📼 0 replay · 🚫 1 can't · ❔ 1 no answer
                        👀 1 watched the recording
                        """)
                .contains("""
                        🆘 Could use a nudge (2):
                        1. Ben: silent 3+ days, 1 assignment at risk, 3 days behind
                        2. Cem: 2 days behind
                        """);
        assertThat(stats.buttonTexts()).containsExactly("👋 Ben", "👋 Cem");

        // One tap nudges Ben, once today however often it is tapped.
        String nudgeBen = stats.callbackData().get(0);
        assertThat(TELEGRAM.awaitCallbackAnswer(chef.pressButton(stats, nudgeBen), WAIT).text())
                .isEqualTo("Nudged 👋 Ben will get a friendly reminder.");
        tickAt(Instant.parse("2027-01-14T09:01:00Z"));
        assertThat(awaitMessage(ben, text -> text.startsWith("👋")).text()).startsWith("👋 Hi from Stats Bakery! Your course misses you.");
        assertThat(TELEGRAM.awaitCallbackAnswer(chef.pressButton(stats, nudgeBen), WAIT).text())
                .isEqualTo("Ben was already nudged today.");

        // A learner replaying the creator's button for Cem is refused, and nothing is planned.
        String nudgeCem = stats.callbackData().get(1);
        BotMessage bensMessage = ben.botMessages().get(ben.botMessages().size() - 1);
        assertThat(TELEGRAM.awaitCallbackAnswer(ben.forgeButtonPress(bensMessage, nudgeCem), WAIT).text())
                .isEqualTo("That course isn't yours, or it's gone.");
        DeliveryKey cemsNudge = DeliveryKey.of("cnudge", code, Long.toString(cem.id()), "2027-01-14");
        assertThat(deliveries.waiting(cemsNudge)).isEmpty();
        assertThat(deliveries.isFinished(cemsNudge)).isFalse();

        // Learners and other creators learn nothing: the same answer as for a course that does not exist.
        FakePrivateChat dora = TELEGRAM.privateChat(TELEGRAM.user(NEXT_USER.incrementAndGet(), "Dora", "en"));
        assertThat(ask(ben, "/stats")).isEqualTo("You don't run a course yet, so there are no statistics. Send me a course file to create one.");
        for (FakePrivateChat stranger : List.of(ben, dora)) {
            assertThat(ask(stranger, "/stats " + code)).isEqualTo(ask(stranger, "/stats no-such-course").replace("no-such-course", code))
                    .isEqualTo("I can't find " + code + " among the courses you run. Send /stats alone to pick one of yours.");
            assertThat(ask(stranger, "/export " + code)).isEqualTo("I can't find " + code + " among the courses you run. Send /export alone to pick one of yours.");
        }
        assertThat(ben.botMessages()).noneMatch(m -> "photo".equals(m.kind()) || "document".equals(m.kind()));

        // The export: one row per learner by user id, every piece of work in columns.
        List<List<String>> table = export(chef, code);
        assertThat(table.get(0).subList(0, 9)).containsExactly("learner_id", "name", "status", "joined_at", "left_at",
                "assignment:essay", "assignment:video", "challenge:five", "challenge:five:day1");
        assertThat(table.get(0)).contains("challenge:five:day5", "session:" + OCCURRENCE, "replay:" + OCCURRENCE);
        assertThat(table.subList(1, table.size())).extracting(row -> row.get(0))
                .containsExactly(Long.toString(ana.id()), Long.toString(ben.id()), Long.toString(cem.id()));
        Map<String, String> anaRow = row(table, ana);
        assertThat(List.of(anaRow.get("name"), anaRow.get("status"), anaRow.get("assignment:essay"), anaRow.get("challenge:five"),
                anaRow.get("challenge:five:day1"), anaRow.get("challenge:five:day3"), anaRow.get("challenge:five:day4"),
                anaRow.get("challenge:five:day5"), anaRow.get("session:" + OCCURRENCE)))
                .containsExactly("Ana", "active", "done", "active", "done", "behind", "today", "", "live");
        Map<String, String> benRow = row(table, ben);
        assertThat(List.of(benRow.get("assignment:essay"), benRow.get("challenge:five"), benRow.get("challenge:five:day1"),
                benRow.get("session:" + OCCURRENCE), benRow.get("replay:" + OCCURRENCE)))
                .containsExactly("at_risk", "silent", "behind", "cant", "");
        Map<String, String> cemRow = row(table, cem);
        assertThat(List.of(cemRow.get("assignment:essay"), cemRow.get("challenge:five:day1"), cemRow.get("session:" + OCCURRENCE),
                cemRow.get("replay:" + OCCURRENCE))).containsExactly("planned", "late", "", "watched");

        // Cem leaves: his row stays, marked left, and nobody else's changes; the figures count two learners.
        cem.send("/leave " + code);
        awaitMessage(cem, text -> text.startsWith("You've left"));
        List<List<String>> after = export(chef, code);
        assertThat(after).hasSameSizeAs(table);
        assertThat(row(after, ana)).isEqualTo(anaRow);
        assertThat(row(after, ben)).isEqualTo(benRow);
        assertThat(row(after, cem).get("status")).isEqualTo("left");
        assertThat(row(after, cem).get("left_at")).isEqualTo("2027-01-14T09:01:00Z");
        int beforeAgain = chef.botMessages().size();
        chef.send("/stats " + code);
        assertThat(awaitNew(chef, beforeAgain, 2).get(1).text()).contains("\n2 learners · 1 left (not counted)\n");

        // In a group, /stats is explained and names nobody.
        FakeGroup group = TELEGRAM.group(-1_004_000_000_000L - NEXT_USER.incrementAndGet(), "Bakers");
        group.addBot("member");
        group.send(chef.user(), "/stats@paceline_test_bot");
        assertThat(group.awaitBotMessages(1, WAIT).get(0).text()).contains("works in our private chat");
    }

    private static FakePrivateChat learner(String name, String code) {
        FakePrivateChat chat = TELEGRAM.privateChat(TELEGRAM.user(NEXT_USER.incrementAndGet(), name, "en"));
        chat.send("/timezone Europe/London");
        chat.send("/start " + code);
        awaitMessage(chat, text -> text.startsWith("You're in"));
        return chat;
    }

    private static LearnerId id(FakePrivateChat chat) {
        return new LearnerId(chat.id());
    }

    /** The text of the bot's answer to {@code command}: the last message after it. */
    private static String ask(FakePrivateChat chat, String command) {
        int before = chat.botMessages().size();
        chat.send(command);
        List<BotMessage> fresh = awaitNew(chat, before, 1);
        return fresh.get(fresh.size() - 1).text();
    }

    private static List<List<String>> export(FakePrivateChat chef, String code) throws Exception {
        int before = chef.botMessages().size();
        chef.send("/export " + code);
        BotMessage file = awaitNew(chef, before, 1).get(0);
        assertThat(file.kind()).isEqualTo("document");
        assertThat(file.fileName()).isEqualTo(code + "-2027-01-14.csv");
        assertThat(file.text()).startsWith("📄 Stats Bakery: ");
        byte[] bytes = file.fileBytes();
        assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte-order mark").containsExactly(0xEF, 0xBB, 0xBF);
        return parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    /** RFC 4180: quoted fields with doubled quotes, CRLF after every row. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted && c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (!quoted && c == '\r' && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(row).as("ends with CRLF").isEmpty();
        rows.forEach(r -> assertThat(r).hasSameSizeAs(rows.get(0)));
        return rows;
    }

    private static Map<String, String> row(List<List<String>> table, FakePrivateChat learner) {
        List<String> row = table.stream().filter(r -> r.get(0).equals(Long.toString(learner.id()))).findFirst().orElseThrow();
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < row.size(); i++) {
            cells.put(table.get(0).get(i), row.get(i));
        }
        return cells;
    }

    /** At least {@code count} messages after the first {@code before}, waiting for them. */
    private static List<BotMessage> awaitNew(FakePrivateChat chat, int before, int count) {
        Eventually.await(WAIT, () -> chat.botMessages().size() >= before + count,
                () -> count + " new messages in chat " + chat.id() + " after " + chat.botMessages().stream().map(BotMessage::text).toList());
        List<BotMessage> all = chat.botMessages();
        return all.subList(before, all.size());
    }

    /** The latest message in the chat whose text matches, waiting for one. */
    private static BotMessage awaitMessage(FakePrivateChat chat, Predicate<String> text) {
        Eventually.await(WAIT, () -> chat.botMessages().stream().anyMatch(m -> m.text() != null && text.test(m.text())),
                () -> "a message like that in chat " + chat.id() + " among " + chat.botMessages().stream().map(BotMessage::text).toList());
        List<BotMessage> matching = chat.botMessages().stream().filter(m -> m.text() != null && text.test(m.text())).toList();
        return matching.get(matching.size() - 1);
    }
}
