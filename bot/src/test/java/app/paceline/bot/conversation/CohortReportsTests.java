package app.paceline.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.bot.inbound.ChatKind;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Sender;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Button;
import app.paceline.bot.outbound.Keyboard;
import app.paceline.bot.outbound.Outbound;
import app.paceline.bot.render.StatsButtons;
import app.paceline.bot.render.StatsTexts;
import app.paceline.calendar.InMemoryAssignmentProgresses;
import app.paceline.challenge.InMemoryChallengeEnrollments;
import app.paceline.course.Course;
import app.paceline.course.CourseCode;
import app.paceline.course.Enrollment;
import app.paceline.course.InMemoryCourses;
import app.paceline.course.InMemoryEnrollments;
import app.paceline.delivery.InMemoryPlannedDeliveries;
import app.paceline.learner.InMemoryLearners;
import app.paceline.learner.Learner;
import app.paceline.learner.LearnerId;
import app.paceline.prompts.Prompts;
import app.paceline.session.CourseOccurrences;
import app.paceline.session.InMemoryOccurrenceChanges;
import app.paceline.session.InMemoryReplays;
import app.paceline.session.InMemoryRsvps;
import app.paceline.session.InMemoryWatchedReplays;
import app.paceline.stats.CohortReading;
import app.paceline.stats.ExportingCohort;
import app.paceline.stats.NudgingLearner;
import app.paceline.stats.ReadingCohortStats;
import app.paceline.time.SimulatedClock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CohortReportsTests {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
    private static final long CHEF = 1;
    private static final long ANA = 1001;

    private final SimulatedClock clock = SimulatedClock.stoppedAt(NOW);
    private final InMemoryCourses courses = new InMemoryCourses();
    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final InMemoryLearners learners = new InMemoryLearners();
    private final InMemoryPlannedDeliveries deliveries = new InMemoryPlannedDeliveries();
    private final Prompts prompts = Prompts.load();
    private final CohortReading reading = new CohortReading(courses, enrollments, learners, new InMemoryAssignmentProgresses(),
            new InMemoryChallengeEnrollments(), new CourseOccurrences(new InMemoryOccurrenceChanges()), new InMemoryRsvps(),
            new InMemoryReplays(), new InMemoryWatchedReplays());
    private final CohortReports reports = new CohortReports(new ReadingCohortStats(reading, clock), new ExportingCohort(reading, clock),
            new NudgingLearner(reading, enrollments, learners, deliveries, clock), learners, new StatsTexts(prompts), prompts, clock);

    CohortReportsTests() {
        for (String code : List.of("bread", "cakes")) {
            courses.add(new Course(new CourseCode(code), code.equals("bread") ? "Bread" : "Cakes", ZoneOffset.UTC, new LearnerId(CHEF),
                    List.of(), List.of(), NOW, NOW));
        }
        learners.save(Learner.firstSeen(new LearnerId(CHEF), "Chef", "en", NOW));
        learners.save(Learner.firstSeen(new LearnerId(ANA), "Ana", "en", NOW));
        enrollments.save(Enrollment.joined(new LearnerId(ANA), new CourseCode("bread"), NOW));
    }

    private Turn turn(long user, Inbound inbound) {
        return new Turn(inbound, Locale.ENGLISH, learners.find(new LearnerId(user)));
    }

    private List<Outbound> press(long user, String data) {
        var press = new Inbound.ButtonPress(user, ChatKind.PRIVATE, Sender.user(user, "U", "en"), "q1", 5, data);
        return reports.onButton(turn(user, press), press);
    }

    private static String toast(List<Outbound> outbounds) {
        return ((Outbound.AnswerPress) outbounds.get(0)).toast();
    }

    @Test
    void aCreatorOfSeveralCoursesPicksOneWithAButton() {
        var command = new Inbound.Command(CHEF, ChatKind.PRIVATE, Sender.user(CHEF, "Chef", "en"), 1, "stats", "", false);

        var reply = (Outbound.Reply) reports.stats(turn(CHEF, command), "").get(0);

        assertThat(reply.html()).startsWith("Which course?");
        assertThat(((Keyboard.Inline) reply.keyboard()).rows()).extracting(row -> row.get(0)).extracting(Button::label, Button::data)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bread (bread)", "st:s:bread"),
                        org.assertj.core.groups.Tuple.tuple("Cakes (cakes)", "st:s:cakes"));
        List<Outbound> picked = press(CHEF, "st:s:bread");
        assertThat(picked.get(0)).isEqualTo(new Outbound.AnswerPress("q1", ""));
        assertThat(((Outbound.Reply) picked.get(picked.size() - 1)).html()).contains("<b>Bread</b>");
    }

    @Test
    void theExportButtonSendsTheCsvWithAByteOrderMark() {
        List<Outbound> exported = press(CHEF, StatsButtons.export(new CourseCode("bread")));

        var document = (Outbound.Document) exported.get(1);
        assertThat(document.fileName()).isEqualTo("bread-2026-12-05.csv");
        byte[] bytes = document.bytes();
        assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("\uFEFFlearner_id,name,status,joined_at,left_at\r\n1001,Ana,active,");
    }

    @Test
    void everyPressIsAuthorizedAgainAndForgedDataChangesNothing() {
        for (String data : List.of("st:s:bread", "st:e:bread", "st:n:1001:bread", "st:s:~AAAAAAAA", "st:n:x:bread", "st:n:1001",
                "st:zz:bread", "st:", "st:s:no such course")) {
            List<Outbound> answer = press(ANA, data);
            assertThat(answer).as(data).hasSize(1);
            assertThat(toast(answer)).as(data).isEqualTo("That course isn't yours, or it's gone.");
        }
        assertThat(deliveries.countWaiting()).isZero();
        assertThat(toast(press(CHEF, "st:n:4242:bread"))).isEqualTo("That learner isn't in the course any more.");
        assertThat(toast(press(CHEF, "st:n:1001:bread"))).isEqualTo("Nudged 👋 Ana will get a friendly reminder.");
        assertThat(toast(press(CHEF, "st:n:1001:bread"))).isEqualTo("Ana was already nudged today.");
        assertThat(deliveries.countWaiting()).isEqualTo(1);
    }
}
