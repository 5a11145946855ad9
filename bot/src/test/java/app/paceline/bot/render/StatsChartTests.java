package app.paceline.bot.render;

import static app.paceline.bot.render.StatsFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.course.Challenge;
import app.paceline.course.Course;
import app.paceline.learner.LearnerId;
import app.paceline.prompts.Prompts;
import app.paceline.stats.CohortStats;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

class StatsChartTests {

    private static final StatsTexts TEXTS = new StatsTexts(Prompts.load());
    private static final StatsChart.Labels EN = TEXTS.chartLabels(Locale.ENGLISH);
    private static final Challenge TEN = StatsFixtures.challenge("ten", "10-day baking", 10);

    /** Day 1: 5 done, 2 late, 1 silent; day 2: 3 done, 1 today, 3 behind, 1 silent; day 3 (today): 2 done, 5 today, 1 silent. */
    private static CohortStats stats() {
        Course course = StatsFixtures.course(List.of(StatsFixtures.assignment("essay", "Essay"), StatsFixtures.assignment("video", "Video")),
                List.of(TEN));
        var days = StatsFixtures.days(TEN, 3, day -> switch (day) {
            case 1 -> new CohortStats.DayCounts(1, 8, 5, 2, 0, 0, 1);
            case 2 -> new CohortStats.DayCounts(2, 8, 3, 0, 1, 3, 1);
            default -> new CohortStats.DayCounts(3, 8, 2, 0, 5, 0, 1);
        });
        return new CohortStats(course, NOW, 8, 1,
                List.of(new CohortStats.ChallengeStats(TEN, 8, 1, 0, days)),
                List.of(new CohortStats.AssignmentStats(course.assignments().get(0), 4, 2, 0, 0, 1, 1),
                        new CohortStats.AssignmentStats(course.assignments().get(1), 0, 0, 0, 8, 0, 0)),
                List.of(new CohortStats.SessionStats(StatsFixtures.occurrence(course, "2026-12-03", "2026-12-03T18:00:00Z"), 3, 2, 1, 2, Optional.of(1)),
                        new CohortStats.SessionStats(StatsFixtures.occurrence(course, "2026-12-10", "2026-12-10T18:00:00Z"), 4, 0, 0, 4, Optional.empty())),
                List.of(new CohortStats.AtRiskLearner(new LearnerId(7), "Ana", 1, 0, 0, false)));
    }

    @Test
    void drawsEachChallengeDayAssignmentAndStartedSessionWithItsCounts() {
        List<StatsChart.Panel> panels = StatsChart.panels(stats(), EN);

        assertThat(panels).extracting(StatsChart.Panel::title)
                .containsExactly("10-day baking: learners per day", "Assignments: learners", "Live sessions: answers");
        DefaultCategoryDataset days = panels.get(0).dataset();
        assertThat(days.getColumnKeys()).as("released days only").containsExactly(1, 2, 3);
        assertThat(days.getRowKeys()).containsExactly("Done", "Done late", "Today", "Behind", "Silent");
        assertThat(value(days, "Done", 1)).isEqualTo(5);
        assertThat(value(days, "Done late", 1)).isEqualTo(2);
        assertThat(value(days, "Behind", 2)).isEqualTo(3);
        assertThat(value(days, "Today", 3)).isEqualTo(5);
        assertThat(value(days, "Silent", 3)).isEqualTo(1);
        DefaultCategoryDataset assignments = panels.get(1).dataset();
        assertThat(assignments.getColumnKeys()).containsExactly("essay", "video");
        assertThat(value(assignments, "Done", "essay")).isEqualTo(4);
        assertThat(value(assignments, "Planned", "essay")).isEqualTo(2);
        assertThat(value(assignments, "At risk", "essay")).isEqualTo(1);
        assertThat(value(assignments, "Overdue", "essay")).isEqualTo(1);
        assertThat(value(assignments, "Not open yet", "video")).isEqualTo(8);
        DefaultCategoryDataset sessions = panels.get(2).dataset();
        assertThat(sessions.getColumnKeys()).as("the one that started").containsExactly("qa@2026-12-03");
        assertThat(List.of(value(sessions, "Live", "qa@2026-12-03"), value(sessions, "Replay", "qa@2026-12-03"),
                value(sessions, "Can't", "qa@2026-12-03"), value(sessions, "No answer", "qa@2026-12-03"))).containsExactly(3, 2, 1, 2);
    }

    @Test
    void speaksTheReadersLanguage() {
        List<StatsChart.Panel> panels = StatsChart.panels(stats(), TEXTS.chartLabels(Locale.forLanguageTag("ru")));

        assertThat(panels.get(0).title()).isEqualTo("10-day baking: участники по дням");
        assertThat(panels.get(0).dataset().getRowKeys()).contains("Сделали", "Молчат");
    }

    @Test
    void isAPngOfOnePanelPerPartWhoseBarsFollowTheFigures() throws IOException {
        byte[] png = StatsChart.png(StatsChart.panels(stats(), EN), EN.learners());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));

        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(StatsChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(3 * StatsChart.PANEL_HEIGHT);
        // Bars are solid areas of their series' colour; a legend swatch alone is a few dozen pixels.
        int doneInChallenge = pixels(image, 0, 0x2e7d32);
        int silentInChallenge = pixels(image, 0, 0x9e9e9e);
        assertThat(doneInChallenge).as("10 learners' days done").isGreaterThan(3 * silentInChallenge);
        assertThat(pixels(image, 1, 0xe0e0e0)).as("8 not open yet").isGreaterThan(2000);
    }

    @Test
    void anEmptyDayDrawsNoBar() throws IOException {
        Course course = StatsFixtures.course(List.of(), List.of(TEN));
        var allSilent = new CohortStats(course, NOW, 4, 0, List.of(new CohortStats.ChallengeStats(TEN, 4, 4, 0,
                StatsFixtures.days(TEN, 2, day -> new CohortStats.DayCounts(day, 4, 0, 0, 0, 0, 4)))), List.of(), List.of(), List.of());
        var allDone = new CohortStats(course, NOW, 4, 0, List.of(new CohortStats.ChallengeStats(TEN, 4, 0, 0,
                StatsFixtures.days(TEN, 2, day -> new CohortStats.DayCounts(day, 4, 4, 0, 0, 0, 0)))), List.of(), List.of(), List.of());

        BufferedImage silent = ImageIO.read(new ByteArrayInputStream(StatsChart.png(StatsChart.panels(allSilent, EN), "n")));
        BufferedImage done = ImageIO.read(new ByteArrayInputStream(StatsChart.png(StatsChart.panels(allDone, EN), "n")));

        assertThat(pixels(done, 0, 0x2e7d32)).isGreaterThan(10 * pixels(silent, 0, 0x2e7d32));
        assertThat(pixels(silent, 0, 0x9e9e9e)).isGreaterThan(10 * pixels(done, 0, 0x9e9e9e));
    }

    @Test
    void aCourseWithNothingToShowHasNoChart() {
        Course course = StatsFixtures.course(List.of(), List.of(TEN));
        var nothing = new CohortStats(course, NOW, 0, 0, List.of(new CohortStats.ChallengeStats(TEN, 0, 0, 0,
                StatsFixtures.days(TEN, 0, day -> null))), List.of(), List.of(), List.of());

        assertThat(StatsChart.panels(nothing, EN)).isEmpty();
    }

    private static int value(DefaultCategoryDataset dataset, Comparable<?> row, Comparable<?> column) {
        return dataset.getValue(row, column).intValue();
    }

    private static int pixels(BufferedImage image, int panel, int rgb) {
        int count = 0;
        for (int y = panel * StatsChart.PANEL_HEIGHT; y < (panel + 1) * StatsChart.PANEL_HEIGHT; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }
}
