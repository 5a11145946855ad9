package app.paceline.bot.render;

import static app.paceline.bot.render.StatsFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.bot.outbound.Button;
import app.paceline.bot.outbound.Keyboard;
import app.paceline.course.Assignment;
import app.paceline.course.Challenge;
import app.paceline.course.Course;
import app.paceline.learner.LearnerId;
import app.paceline.prompts.Prompts;
import app.paceline.stats.CohortStats;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StatsTextsTests {

    private static final Prompts PROMPTS = Prompts.load();
    private static final StatsTexts TEXTS = new StatsTexts(PROMPTS);

    @Test
    void aSmallCourseReadsInFullWithANudgeButtonPerLearnerListed() {
        Challenge five = StatsFixtures.challenge("five", "Five-day bake", 5);
        Course course = StatsFixtures.course(List.of(StatsFixtures.assignment("essay", "Essay")), List.of(five));
        var stats = new CohortStats(course, NOW, 3, 0,
                List.of(new CohortStats.ChallengeStats(five, 3, 1, 0, StatsFixtures.days(five, 2,
                        day -> new CohortStats.DayCounts(day, 3, 1, 0, day == 2 ? 1 : 0, day == 1 ? 1 : 0, 1)))),
                List.of(new CohortStats.AssignmentStats(course.assignments().get(0), 1, 1, 0, 0, 1, 0)),
                List.of(new CohortStats.SessionStats(StatsFixtures.occurrence(course, "2026-12-03", "2026-12-03T18:00:00Z"), 1, 0, 1, 1, Optional.of(0))),
                List.of(new CohortStats.AtRiskLearner(new LearnerId(1002), "<Bob & Co>", 1, 0, 1, true),
                        new CohortStats.AtRiskLearner(new LearnerId(1003), "", 0, 1, 0, false)));

        StatsTexts.Report report = TEXTS.report(stats, Locale.ENGLISH, ZoneId.of("Europe/Berlin"));

        assertThat(Prompts.plain(report.html())).isEqualTo("""
                📊 Master Baker (baker-2026), Sat 5 Dec 13:00 Europe/Berlin
                3 learners

                🔥 Five-day bake: 3 learners · 1 silent · 0 finished
                Day 1: ✅ 1 · 🔄 0 late · ⏳ 0 today · 🐢 1 behind · 💤 1 silent
                Day 2: ✅ 1 · 🔄 0 late · ⏳ 1 today · 🐢 0 behind · 💤 1 silent

                📚 Assignments
                • Essay: ✅ 1 done · 🗓 1 planned · ⚠️ 1 at risk · ⌛ 0 overdue

                📅 Live sessions
                • Thu 3 Dec 19:00 Live Q&A: 🟢 1 live · 📼 0 replay · 🚫 1 can't · ❔ 1 no answer
                👀 0 watched the recording

                🆘 Could use a nudge (2):
                1. <Bob & Co>: silent 3+ days, 1 assignment at risk, 1 day behind
                2. learner 1003: 1 overdue
                Tap a name to send them a friendly nudge (one a day at most).

                Late: done after its day. Behind: out on an earlier day, not done. Silent: nothing done for 3 days. At risk: not booked, and only the effort plus a day left.""");
        assertThat(report.html()).as("names are escaped").contains("1. &lt;Bob &amp; Co&gt;:");
        List<Button> buttons = ((Keyboard.Inline) report.keyboard()).rows().get(0);
        assertThat(buttons).extracting(Button::label).containsExactly("👋 <Bob & Co>", "👋 learner 1003");
        assertThat(buttons).extracting(Button::data).containsExactly("st:n:1002:baker-2026", "st:n:1003:baker-2026");
    }

    @Test
    void nobodyAtRiskMeansNoButtons() {
        Course course = StatsFixtures.course(List.of(), List.of());
        var stats = new CohortStats(course, NOW, 2, 1, List.of(), List.of(), List.of(), List.of());

        StatsTexts.Report report = TEXTS.report(stats, Locale.forLanguageTag("ru"), ZoneOffset.UTC);

        assertThat(report.keyboard()).isEqualTo(Keyboard.none());
        assertThat(Prompts.plain(report.html())).contains("2 ученика · ушёл 1 (не считается)", "🙌 Сейчас никого подбадривать не нужно.");
    }

    @Test
    void theLargestCourseStillFitsOneMessageAndSaysWhereTheRestIs() {
        String longTitle = "T".repeat(200);
        List<Challenge> challenges = IntStream.rangeClosed(1, 5).mapToObj(i -> StatsFixtures.challenge("c" + i, longTitle, 100)).toList();
        List<Assignment> assignments = IntStream.rangeClosed(1, 500).mapToObj(i -> StatsFixtures.assignment("a" + i, longTitle)).toList();
        Course course = StatsFixtures.course(assignments, challenges);
        var stats = new CohortStats(course, NOW, 1000, 20,
                challenges.stream().map(c -> new CohortStats.ChallengeStats(c, 1000, 100, 10, StatsFixtures.days(c, 100,
                        day -> new CohortStats.DayCounts(day, 1000, 500, 200, 0, 200, 100)))).toList(),
                assignments.stream().map(a -> new CohortStats.AssignmentStats(a, 100, 200, 300, 0, 300, 100)).toList(),
                IntStream.rangeClosed(1, 60).mapToObj(i -> new CohortStats.SessionStats(StatsFixtures.occurrence(course,
                        "2026-10-" + (i % 28 + 1), "2026-10-01T18:00:00Z"), 10, 10, 10, 10, Optional.of(5))).toList(),
                IntStream.rangeClosed(1, 300).mapToObj(i -> new CohortStats.AtRiskLearner(new LearnerId(10_000 + i), "N".repeat(64),
                        2, 3, 40, true)).toList());

        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"))) {
            StatsTexts.Report report = TEXTS.report(stats, locale, ZoneOffset.UTC);

            assertThat(report.html().length()).isLessThanOrEqualTo(Prompts.TELEGRAM_TEXT_LIMIT);
            int listed = (int) Prompts.plain(report.html()).lines().filter(line -> line.matches("\\d+\\. N+: .*")).count();
            assertThat(listed).isPositive();
            assertThat(((Keyboard.Inline) report.keyboard()).rows().stream().mapToInt(List::size).sum()).isEqualTo(listed);
            assertThat(report.html()).contains("/export");
        }
        String english = Prompts.plain(TEXTS.report(stats, Locale.ENGLISH, ZoneOffset.UTC).html());
        assertThat(english).containsPattern("Days 1–\\d+: ✅ \\d+").contains("more challenges", "more assignments", "295 more: /export has everyone.");
    }

    @Test
    void aLongCourseCodeIsNamedByDigestInButtons() {
        var code = new app.paceline.course.CourseCode("c".repeat(64));

        String data = StatsButtons.nudge(code, new LearnerId(Long.MAX_VALUE));

        assertThat(data).startsWith("st:n:" + Long.MAX_VALUE + ":~").hasSizeLessThanOrEqualTo(Button.MAX_DATA_BYTES);
        assertThat(StatsButtons.names(data.substring(data.lastIndexOf(':') + 1), code)).isTrue();
        assertThat(StatsButtons.code(data.substring(data.lastIndexOf(':') + 1))).isEmpty();
        assertThat(StatsButtons.show(StatsFixtures.CODE)).isEqualTo("st:s:baker-2026");
    }
}
