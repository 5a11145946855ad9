package app.paceline.bot.conversation;

import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Button;
import app.paceline.bot.outbound.Keyboard;
import app.paceline.bot.outbound.Outbound;
import app.paceline.bot.outbound.Outbound.AnswerPress;
import app.paceline.bot.outbound.Outbound.Reply;
import app.paceline.bot.render.StatsButtons;
import app.paceline.bot.render.StatsChart;
import app.paceline.bot.render.StatsTexts;
import app.paceline.course.Course;
import app.paceline.course.CourseCode;
import app.paceline.learner.Learner;
import app.paceline.learner.LearnerId;
import app.paceline.learner.Learners;
import app.paceline.prompts.Prompts;
import app.paceline.stats.CohortStats;
import app.paceline.stats.CohortTable;
import app.paceline.stats.ExportingCohort;
import app.paceline.stats.NudgeOutcome;
import app.paceline.stats.NudgingLearner;
import app.paceline.stats.ReadingCohortStats;
import java.io.ByteArrayOutputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A course's statistics and export for its creators ({@code /stats}, {@code /export}), and the buttons under them
 * ({@link StatsButtons}): pick a course, nudge a learner. Who asks is checked on every command and every press,
 * whatever the button says: only a creator or co-creator of the course gets anything, and anyone else gets the same
 * answer for someone else's course as for a course that does not exist. Learners' names only ever go to a creator's
 * private chat (the commands work in private only).
 *
 * <p>The statistics are a text (with a nudge button per learner listed as needing one) and, when there is anything
 * to draw, a PNG chart sent as a photo before it; a chart that cannot be drawn (no fonts on the server) is left out
 * and logged, and the text still comes. The export is a CSV document: UTF-8 with a byte-order mark, so that Excel
 * reads names in any script correctly (other programs skip the mark).
 */
public final class CohortReports implements ButtonHandler {

    private static final System.Logger LOG = System.getLogger(CohortReports.class.getName());
    /** A creator with more courses than this picks by typing the code. */
    static final int MAX_PICK = 20;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final ReadingCohortStats stats;
    private final ExportingCohort exporting;
    private final NudgingLearner nudging;
    private final Learners learners;
    private final StatsTexts texts;
    private final Prompts prompts;
    private final Clock clock;

    public CohortReports(ReadingCohortStats stats, ExportingCohort exporting, NudgingLearner nudging, Learners learners,
                         StatsTexts texts, Prompts prompts, Clock clock) {
        this.stats = stats;
        this.exporting = exporting;
        this.nudging = nudging;
        this.learners = learners;
        this.texts = texts;
        this.prompts = prompts;
        this.clock = clock;
    }

    @Override
    public String buttonArea() {
        return StatsButtons.AREA;
    }

    /** {@code /stats [code]}. */
    public List<Outbound> stats(Turn turn, String argument) {
        return choose(turn, argument, "stats.unknown", "stats.pick", StatsButtons::show, this::statsOf);
    }

    /** {@code /export [code]}. */
    public List<Outbound> export(Turn turn, String argument) {
        return choose(turn, argument, "export.unknown", "export.pick", StatsButtons::export, this::exportOf);
    }

    private List<Outbound> choose(Turn turn, String argument, String unknownKey, String pickKey,
                                  java.util.function.Function<CourseCode, String> button,
                                  BiFunction<Turn, CourseCode, Optional<List<Outbound>>> answer) {
        Locale locale = turn.locale();
        String typed = argument == null ? "" : argument.strip();
        if (!typed.isEmpty()) {
            Optional<CourseCode> code = CourseCode.parse(typed);
            Optional<List<Outbound>> answered = code.flatMap(c -> answer.apply(turn, c));
            return answered.orElseGet(() -> List.of(Reply.of(turn.chatId(), prompts.render(locale, unknownKey, Map.of("code", typed)))));
        }
        List<Course> courses = stats.coursesOf(turn.requireLearner().id());
        if (courses.isEmpty()) {
            return List.of(Reply.of(turn.chatId(), prompts.render(locale, "stats.no_courses")));
        }
        if (courses.size() == 1) {
            return answer.apply(turn, courses.get(0).code()).orElseGet(List::of);
        }
        List<List<Button>> rows = new ArrayList<>();
        for (Course course : courses.subList(0, Math.min(MAX_PICK, courses.size()))) {
            rows.add(List.of(new Button(prompts.renderPlain(locale, "stats.button.course",
                    Map.of("title", course.title(), "code", course.code().value())), button.apply(course.code()))));
        }
        String html = prompts.render(locale, pickKey);
        if (courses.size() > MAX_PICK) {
            html += "\n" + prompts.render(locale, "stats.pick_more", Map.of("count", courses.size() - MAX_PICK));
        }
        return List.of(new Reply(turn.chatId(), html, new Keyboard.Inline(rows)));
    }

    private Optional<List<Outbound>> statsOf(Turn turn, CourseCode code) {
        Learner asker = turn.requireLearner();
        return stats.of(asker.id(), code).map(figures -> {
            Locale locale = turn.locale();
            ZoneId zone = asker.timeZone().orElse(figures.course().zone());
            List<Outbound> replies = new ArrayList<>();
            chart(figures, locale).ifPresent(png -> replies.add(new Outbound.Photo(turn.chatId(), png,
                    "stats-" + code.value() + ".png", texts.chartCaption(figures, locale))));
            StatsTexts.Report report = texts.report(figures, locale, zone);
            replies.add(new Reply(turn.chatId(), report.html(), report.keyboard()));
            return replies;
        });
    }

    private Optional<byte[]> chart(CohortStats figures, Locale locale) {
        List<StatsChart.Panel> panels = StatsChart.panels(figures, texts.chartLabels(locale));
        if (panels.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(StatsChart.png(panels, prompts.renderPlain(locale, "stats.chart.learners")));
        } catch (RuntimeException | LinkageError | java.awt.AWTError e) {
            LOG.log(Level.WARNING, "Could not draw the statistics chart of " + figures.course().code() + "; sending the text only", e);
            return Optional.empty();
        }
    }

    private Optional<List<Outbound>> exportOf(Turn turn, CourseCode code) {
        Learner asker = turn.requireLearner();
        return exporting.of(asker.id(), code).map(table -> {
            Optional<Course> course = stats.course(asker.id(), code);
            String title = course.map(Course::title).orElse(code.value());
            ZoneId zone = asker.timeZone().orElse(course.map(Course::zone).orElse(java.time.ZoneOffset.UTC));
            String fileName = code.value() + "-" + LocalDate.ofInstant(clock.instant(), zone) + ".csv";
            String caption = prompts.render(turn.locale(), "export.caption", Map.of("title", title, "rows", table.rows().size()));
            return List.of(new Outbound.Document(turn.chatId(), csv(table), fileName, caption));
        });
    }

    /** The table as a file: UTF-8 with a byte-order mark. */
    static byte[] csv(CohortTable table) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(table.csv().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Override
    public List<Outbound> onButton(Turn turn, Inbound.ButtonPress press) {
        String[] parts = press.data().split(":", -1);
        LearnerId presser = turn.requireLearner().id();
        Locale locale = turn.locale();
        if (parts.length == 3 && (parts[1].equals(StatsButtons.SHOW) || parts[1].equals(StatsButtons.EXPORT))) {
            Optional<CourseCode> course = resolve(presser, parts[2]);
            Optional<List<Outbound>> answer = course.flatMap(code -> parts[1].equals(StatsButtons.SHOW)
                    ? statsOf(turn, code) : exportOf(turn, code));
            if (answer.isPresent()) {
                List<Outbound> replies = new ArrayList<>();
                replies.add(new AnswerPress(press.callbackId(), ""));
                replies.addAll(answer.get());
                return replies;
            }
        } else if (parts.length == 4 && parts[1].equals(StatsButtons.NUDGE)) {
            Optional<LearnerId> learner = learnerId(parts[2]);
            Optional<CourseCode> course = resolve(presser, parts[3]);
            if (learner.isPresent() && course.isPresent()) {
                return List.of(new AnswerPress(press.callbackId(), nudge(presser, course.get(), learner.get(), locale)));
            }
        }
        return List.of(new AnswerPress(press.callbackId(), prompts.renderPlain(locale, "stats.gone")));
    }

    private String nudge(LearnerId presser, CourseCode course, LearnerId learner, Locale locale) {
        NudgeOutcome outcome = nudging.nudge(presser, course, learner);
        return switch (outcome) {
            case NUDGED -> prompts.renderPlain(locale, "stats.nudged", Map.of("name", nameOf(learner, locale)));
            case ALREADY_TODAY -> prompts.renderPlain(locale, "stats.already_nudged", Map.of("name", nameOf(learner, locale)));
            case NOT_IN_COURSE -> prompts.renderPlain(locale, "stats.not_in_course");
            case NOT_ALLOWED -> prompts.renderPlain(locale, "stats.gone");
        };
    }

    /** Only called once the presser is known to be a creator of a course the learner is in. */
    private String nameOf(LearnerId learner, Locale locale) {
        return texts.name(learners.find(learner).map(Learner::firstName).orElse(""), learner.value(), locale);
    }

    /** The course a press names, if the presser may see it: by code (checked by the use cases), or by digest among their own. */
    private Optional<CourseCode> resolve(LearnerId presser, String argument) {
        if (argument.startsWith(StatsButtons.DIGEST)) {
            return stats.coursesOf(presser).stream().map(Course::code).filter(code -> StatsButtons.names(argument, code)).findFirst();
        }
        return StatsButtons.code(argument);
    }

    private static Optional<LearnerId> learnerId(String text) {
        try {
            long id = Long.parseLong(text);
            return id > 0 ? Optional.of(new LearnerId(id)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
