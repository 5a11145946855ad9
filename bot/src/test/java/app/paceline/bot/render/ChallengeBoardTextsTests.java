package app.paceline.bot.render;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.course.Course;
import app.paceline.course.CourseCode;
import app.paceline.course.InMemoryCourses;
import app.paceline.delivery.DeliveryKey;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.DeliveryPlan;
import app.paceline.delivery.Outgoing;
import app.paceline.delivery.PlannedDelivery;
import app.paceline.delivery.Recipient;
import app.paceline.learner.InMemoryLearners;
import app.paceline.learner.Learner;
import app.paceline.learner.LearnerId;
import app.paceline.prompts.Prompts;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The board as the group reads it, in the course creator's language. */
class ChallengeBoardTextsTests {

    private static final Prompts PROMPTS = Prompts.load();
    private static final Instant NOW = Instant.parse("2026-12-02T13:00:00Z");
    private static final LearnerId CREATOR = new LearnerId(42);

    private final InMemoryCourses courses = new InMemoryCourses();
    private final InMemoryLearners learners = new InMemoryLearners();
    private final DeliveryTexts texts = new ChallengeBoardTexts(PROMPTS, courses, learners).registerWith(new DeliveryTexts(PROMPTS));

    private void courseByCreatorIn(String language) {
        courses.add(new Course(new CourseCode("baker-2026"), "Master Baker", ZoneId.of("America/New_York"), CREATOR, List.of(),
                List.of(), NOW, NOW));
        learners.save(Learner.firstSeen(CREATOR, "Chef", language, NOW));
    }

    private static Map<String, String> day(String done, String behind, String names, String more) {
        Map<String, String> payload = new HashMap<>(Map.of("board", "baker-2026:ten:2026-12-02", "course", "baker-2026",
                "challenge", "ten", "title", "10 days of bread", "date", "2026-12-02", "days", "10", "phase", "day",
                "day", "1", "dayTitle", "Starter & flour"));
        payload.putAll(Map.of("learners", "12", "done", done, "behind", behind, "finished", "0", "more", more));
        if (!names.isEmpty()) {
            payload.put("names", names);
        }
        return payload;
    }

    private String render(Map<String, String> payload) {
        var plan = DeliveryPlan.of(DeliveryKey.of("board", "baker-2026", "ten", "2026-12-02"), Recipient.group(-1001L),
                DeliveryKind.CHALLENGE_BOARD, NOW, payload);
        return texts.render(new Outgoing.Single(PlannedDelivery.fresh(plan)), PROMPTS.baseLocale(), ZoneOffset.UTC)
                .orElseThrow().html();
    }

    @Test
    void aDaysBoardCountsAndNamesThoseWhoChoseToBeNamedEscaped() {
        courseByCreatorIn("en");

        assertThat(render(day("5", "2", "Ana\n<Ben>\nCy & Co", "2"))).isEqualTo("""
                📋 <b>10 days of bread</b>, day 1 of 10: Starter &amp; flour
                ✅ Done today: 5 of 12
                🔄 Catching up: 2

                👏 Well done: Ana, &lt;Ben&gt;, Cy &amp; Co and 2 more""");
        assertThat(render(day("0", "0", "", "0"))).isEqualTo("""
                📋 <b>10 days of bread</b>, day 1 of 10: Starter &amp; flour
                ✅ Done today: 0 of 12
                🔄 Catching up: 0""");
    }

    @Test
    void theBoardIsInTheCreatorsLanguage() {
        courseByCreatorIn("ru-RU");

        assertThat(render(day("5", "2", "Аня\nБоря", "3"))).isEqualTo("""
                📋 <b>10 days of bread</b>, день 1 из 10: Starter &amp; flour
                ✅ Сделали сегодня: 5 из 12
                🔄 Нагоняют: 2

                👏 Молодцы: Аня, Боря и ещё 3""");
    }

    @Test
    void withoutAKnownCreatorTheBoardIsInTheBaseLanguage() {
        assertThat(render(day("1", "0", "", "0"))).startsWith("📋 <b>10 days of bread</b>, day 1 of 10");
    }

    @Test
    void graceDaysAndChallengesThatStartOnJoiningReadDifferently() {
        courseByCreatorIn("en");
        Map<String, String> grace = day("3", "4", "Ana", "0");
        grace.remove("day");
        grace.remove("dayTitle");
        grace.putAll(Map.of("phase", "grace", "openUntil", "2026-12-14", "finished", "3"));
        Map<String, String> own = day("7", "1", "", "0");
        own.remove("day");
        own.put("phase", "own");

        assertThat(render(grace)).isEqualTo("""
                📋 <b>10 days of bread</b>: every day is out (10 days). They stay open until Mon 14 Dec, so there is still time to catch up.
                🔄 Catching up: 4
                🏁 Finished every day: 3

                👏 Well done: Ana""");
        assertThat(render(own)).isEqualTo("""
                📋 <b>10 days of bread</b>, Wed 2 Dec
                ✅ Up to date: 7 of 12
                🔄 Catching up: 1""");
    }
}
