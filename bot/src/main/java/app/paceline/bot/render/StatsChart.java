package app.paceline.bot.render;

import app.paceline.stats.CohortStats;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The {@code /stats} chart: one stacked bar chart per part of the course, drawn one under the other into one PNG,
 * rendered headless with JFreeChart. Each challenge (at most {@link #MAX_CHALLENGES}): learners per released day, by
 * done, late, today, behind and silent. Assignments (at most {@link #MAX_ASSIGNMENTS}, course order): learners by
 * done, planned, not planned, not open yet, at risk and overdue. Live sessions (the last {@link #MAX_OCCURRENCES}
 * that started): answers by live, replay, can't and no answer. What is drawn is {@link #panels}, so that tests can
 * check the figures without reading pixels.
 */
public final class StatsChart {

    public static final int WIDTH = 1000;
    public static final int PANEL_HEIGHT = 380;
    static final int MAX_CHALLENGES = 2;
    static final int MAX_ASSIGNMENTS = 20;
    static final int MAX_OCCURRENCES = 12;

    static {
        // No display on a server: draw into images only. Spring Boot sets this too; a test without Spring needs it.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /**
     * The chart's words in the reader's language (plain text).
     *
     * @param challengeTitle a challenge panel's title, from the challenge's own title
     */
    public record Labels(java.util.function.UnaryOperator<String> challengeTitle, String assignmentsTitle, String sessionsTitle, String day, String learners,
                         String done, String late, String today, String behind, String silent, String planned,
                         String open, String upcoming, String atRisk, String overdue, String live, String replay,
                         String cant, String none) {
    }

    /**
     * One stacked bar chart: its title, what its categories are, and its figures (rows are the stacked series, in
     * stacking order; columns the bars).
     */
    public record Panel(String title, String categories, DefaultCategoryDataset dataset, List<Paint> colors) {
        public Panel {
            Objects.requireNonNull(dataset, "dataset");
            colors = List.copyOf(colors);
        }
    }

    private static final Color DONE = new Color(0x2e7d32);
    private static final Color LATE = new Color(0x81c784);
    private static final Color TODAY = new Color(0x64b5f6);
    private static final Color BEHIND = new Color(0xffa726);
    private static final Color SILENT = new Color(0x9e9e9e);
    private static final Color PLANNED = new Color(0x1976d2);
    private static final Color OPEN = new Color(0xfff176);
    private static final Color UPCOMING = new Color(0xe0e0e0);
    private static final Color AT_RISK = new Color(0xef6c00);
    private static final Color OVERDUE = new Color(0xc62828);
    private static final Color REPLAY = new Color(0x7e57c2);

    private StatsChart() {
    }

    /** What the chart shows, panel by panel; empty when there is nothing to draw. */
    public static List<Panel> panels(CohortStats stats, Labels labels) {
        List<Panel> panels = new ArrayList<>();
        for (CohortStats.ChallengeStats challenge : stats.challenges()) {
            if (challenge.releasedDays() == 0) {
                continue;
            }
            if (panels.size() == MAX_CHALLENGES) {
                break;
            }
            var dataset = new DefaultCategoryDataset();
            for (CohortStats.DayCounts day : challenge.days().subList(0, challenge.releasedDays())) {
                Integer column = day.day();
                dataset.addValue(day.done(), labels.done(), column);
                dataset.addValue(day.late(), labels.late(), column);
                dataset.addValue(day.today(), labels.today(), column);
                dataset.addValue(day.behind(), labels.behind(), column);
                dataset.addValue(day.silent(), labels.silent(), column);
            }
            panels.add(new Panel(labels.challengeTitle().apply(challenge.challenge().title()), labels.day(), dataset,
                    List.of(DONE, LATE, TODAY, BEHIND, SILENT)));
        }
        if (!stats.assignments().isEmpty() && stats.learners() > 0) {
            var dataset = new DefaultCategoryDataset();
            for (CohortStats.AssignmentStats a : stats.assignments().subList(0, Math.min(MAX_ASSIGNMENTS, stats.assignments().size()))) {
                String column = a.assignment().id();
                dataset.addValue(a.done(), labels.done(), column);
                dataset.addValue(a.planned(), labels.planned(), column);
                dataset.addValue(a.open(), labels.open(), column);
                dataset.addValue(a.upcoming(), labels.upcoming(), column);
                dataset.addValue(a.atRisk(), labels.atRisk(), column);
                dataset.addValue(a.overdue(), labels.overdue(), column);
            }
            panels.add(new Panel(labels.assignmentsTitle(), "", dataset, List.of(DONE, PLANNED, OPEN, UPCOMING, AT_RISK, OVERDUE)));
        }
        List<CohortStats.SessionStats> started = stats.sessions().stream().filter(s -> s.started(stats.at())).toList();
        if (!started.isEmpty() && stats.learners() > 0) {
            var dataset = new DefaultCategoryDataset();
            for (CohortStats.SessionStats s : started.subList(Math.max(0, started.size() - MAX_OCCURRENCES), started.size())) {
                String column = s.occurrence().occurrence().id();
                dataset.addValue(s.live(), labels.live(), column);
                dataset.addValue(s.replay(), labels.replay(), column);
                dataset.addValue(s.cant(), labels.cant(), column);
                dataset.addValue(s.none(), labels.none(), column);
            }
            panels.add(new Panel(labels.sessionsTitle(), "", dataset, List.of(DONE, REPLAY, OVERDUE, SILENT)));
        }
        return panels;
    }

    /** The panels drawn one under the other, {@link #WIDTH} wide, as PNG. */
    public static byte[] png(List<Panel> panels, String valueAxis) {
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("nothing to draw");
        }
        BufferedImage image = new BufferedImage(WIDTH, PANEL_HEIGHT * panels.size(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            for (int i = 0; i < panels.size(); i++) {
                chart(panels.get(i), valueAxis).draw(g, new Rectangle2D.Double(0, (double) i * PANEL_HEIGHT, WIDTH, PANEL_HEIGHT));
            }
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static JFreeChart chart(Panel panel, String valueAxis) {
        JFreeChart chart = ChartFactory.createStackedBarChart(panel.title(), panel.categories(), valueAxis, panel.dataset(),
                PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        if (panel.dataset().getColumnCount() > 12) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        }
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.08);
        for (int series = 0; series < panel.colors().size(); series++) {
            renderer.setSeriesPaint(series, panel.colors().get(series));
        }
        return chart;
    }
}
