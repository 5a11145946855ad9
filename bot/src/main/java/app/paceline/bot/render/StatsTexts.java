package app.paceline.bot.render;

import app.paceline.bot.outbound.Button;
import app.paceline.bot.outbound.Keyboard;
import app.paceline.prompts.Prompts;
import app.paceline.stats.CohortStats;
import app.paceline.stats.CohortStats.AssignmentStats;
import app.paceline.stats.CohortStats.AtRiskLearner;
import app.paceline.stats.CohortStats.ChallengeStats;
import app.paceline.stats.CohortStats.DayCounts;
import app.paceline.stats.CohortStats.SessionStats;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How {@code /stats} reads: a short text (the course, each challenge's newest days with the earlier ones added up,
 * the assignments that need attention first, the last live sessions and the next one, and who could use a nudge,
 * each with a button), always within one Telegram message: when a course is too large for the usual detail, less
 * is shown line by line ({@link Detail}), and the chart and {@code /export} have the rest.
 */
public final class StatsTexts {

    /** How much is listed line by line. */
    record Detail(int challenges, int days, int assignments, int sessions, int atRisk) {
    }

    /** From the most detail to the least; the first that fits one message is used. */
    static final List<Detail> DETAILS = List.of(new Detail(3, 7, 8, 5, 10), new Detail(2, 5, 5, 3, 8),
            new Detail(1, 3, 3, 2, 5), new Detail(1, 1, 2, 1, 5), new Detail(1, 0, 0, 0, 3));

    /** The text and its nudge buttons, one per learner listed as needing a nudge. */
    public record Report(String html, Keyboard keyboard) {
    }

    private final Prompts prompts;

    public StatsTexts(Prompts prompts) {
        this.prompts = prompts;
    }

    /** The statistics for a reader in {@code zone} who reads {@code locale}. */
    public Report report(CohortStats stats, Locale locale, ZoneId zone) {
        Report report = null;
        for (Detail detail : DETAILS) {
            report = report(stats, locale, zone, detail);
            if (report.html().length() <= Prompts.TELEGRAM_TEXT_LIMIT) {
                return report;
            }
        }
        return report;
    }

    Report report(CohortStats stats, Locale locale, ZoneId zone, Detail detail) {
        List<String> lines = new ArrayList<>();
        lines.add(prompts.render(locale, "stats.header", Map.of("title", stats.course().title(),
                "code", stats.course().code().value(), "time", LocalTimes.moment(stats.at(), zone, locale),
                "zone", LocalTimes.zone(zone), "learners", stats.learners(), "left", stats.left())));
        challenges(stats, locale, detail, lines);
        assignments(stats, locale, detail, lines);
        sessions(stats, locale, zone, detail, lines);
        List<List<Button>> buttons = atRisk(stats, locale, detail, lines);
        lines.add("");
        lines.add(prompts.render(locale, "stats.legend"));
        return new Report(String.join("\n", lines), buttons.isEmpty() ? Keyboard.none() : new Keyboard.Inline(buttons));
    }

    private void challenges(CohortStats stats, Locale locale, Detail detail, List<String> lines) {
        List<ChallengeStats> all = stats.challenges();
        for (ChallengeStats challenge : all.subList(0, Math.min(all.size(), detail.challenges()))) {
            lines.add("");
            lines.add(prompts.render(locale, "stats.challenge.header", Map.of("challenge", challenge.challenge().title(),
                    "learners", challenge.learners(), "silent", challenge.silent(), "finished", challenge.finished())));
            int released = challenge.releasedDays();
            if (released == 0) {
                lines.add(prompts.render(locale, "stats.challenge.not_started"));
                continue;
            }
            int firstShown = Math.max(1, released - detail.days() + 1);
            if (firstShown > 1) {
                List<DayCounts> earlier = challenge.days().subList(0, firstShown - 1);
                lines.add(prompts.render(locale, "stats.challenge.earlier", Map.of("to", firstShown - 1,
                        "done", earlier.stream().mapToInt(DayCounts::done).sum(),
                        "late", earlier.stream().mapToInt(DayCounts::late).sum(),
                        "behind", earlier.stream().mapToInt(d -> d.behind() + d.today()).sum(),
                        "silent", earlier.stream().mapToInt(DayCounts::silent).sum())));
            }
            for (DayCounts day : challenge.days().subList(firstShown - 1, released)) {
                lines.add(prompts.render(locale, "stats.challenge.day", Map.of("day", day.day(), "done", day.done(),
                        "late", day.late(), "today", day.today(), "behind", day.behind(), "silent", day.silent())));
            }
        }
        if (all.size() > detail.challenges()) {
            lines.add(prompts.render(locale, "stats.challenge.more", Map.of("count", all.size() - detail.challenges())));
        }
    }

    private void assignments(CohortStats stats, Locale locale, Detail detail, List<String> lines) {
        if (stats.assignments().isEmpty()) {
            return;
        }
        // Those that need attention first (at risk or overdue), then the others, each in course order.
        List<AssignmentStats> ordered = stats.assignments().stream()
                .sorted(Comparator.comparing((AssignmentStats a) -> a.atRisk() + a.overdue() == 0))
                .toList();
        lines.add("");
        lines.add(prompts.render(locale, "stats.assignments.header"));
        for (AssignmentStats a : ordered.subList(0, Math.min(ordered.size(), detail.assignments()))) {
            lines.add(prompts.render(locale, "stats.assignment", Map.of("title", a.assignment().title(), "done", a.done(),
                    "planned", a.planned(), "atRisk", a.atRisk(), "overdue", a.overdue())));
        }
        if (ordered.size() > detail.assignments()) {
            lines.add(prompts.render(locale, "stats.assignments.more", Map.of("count", ordered.size() - detail.assignments())));
        }
    }

    private void sessions(CohortStats stats, Locale locale, ZoneId zone, Detail detail, List<String> lines) {
        if (stats.sessions().isEmpty() || detail.sessions() == 0) {
            return;
        }
        List<SessionStats> started = stats.sessions().stream().filter(s -> s.started(stats.at())).toList();
        List<SessionStats> coming = stats.sessions().stream().filter(s -> !s.started(stats.at())).toList();
        int next = Math.min(coming.size(), detail.sessions() > 1 ? 1 : 0);
        int past = Math.min(started.size(), detail.sessions() - next);
        List<SessionStats> shown = new ArrayList<>(started.subList(started.size() - past, started.size()));
        shown.addAll(coming.subList(0, Math.min(coming.size(), detail.sessions() - past)));
        lines.add("");
        lines.add(prompts.render(locale, "stats.sessions.header"));
        for (SessionStats s : shown) {
            lines.add(prompts.render(locale, "stats.session", Map.of("time",
                    LocalTimes.moment(s.occurrence().occurrence().start(), zone, locale), "title", s.occurrence().session().title(),
                    "live", s.live(), "replay", s.replay(), "cant", s.cant(), "none", s.none())));
            s.watched().ifPresent(watched -> lines.add(prompts.render(locale, "stats.session.watched", Map.of("watched", watched))));
        }
    }

    private List<List<Button>> atRisk(CohortStats stats, Locale locale, Detail detail, List<String> lines) {
        lines.add("");
        List<List<Button>> buttons = new ArrayList<>();
        if (stats.atRisk().isEmpty()) {
            lines.add(prompts.render(locale, "stats.at_risk.none"));
            return buttons;
        }
        lines.add(prompts.render(locale, "stats.at_risk.header", Map.of("count", stats.atRisk().size())));
        List<AtRiskLearner> shown = stats.atRisk().subList(0, Math.min(stats.atRisk().size(), detail.atRisk()));
        List<Button> row = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            AtRiskLearner learner = shown.get(i);
            String name = name(learner, locale);
            lines.add(prompts.render(locale, "stats.at_risk.line", Map.of("n", i + 1, "name", name,
                    "reasons", reasons(learner, locale))));
            row.add(new Button(prompts.renderPlain(locale, "stats.button.nudge", Map.of("name", name)),
                    StatsButtons.nudge(stats.course().code(), learner.id())));
            if (row.size() == 2) {
                buttons.add(row);
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            buttons.add(row);
        }
        if (stats.atRisk().size() > shown.size()) {
            lines.add(prompts.render(locale, "stats.at_risk.more", Map.of("count", stats.atRisk().size() - shown.size())));
        }
        lines.add(prompts.render(locale, "stats.at_risk.hint"));
        return buttons;
    }

    /** A learner's first name, or "learner 1234" when Telegram gave none; plain text. */
    public String name(AtRiskLearner learner, Locale locale) {
        return name(learner.name(), learner.id().value(), locale);
    }

    /** A learner's first name, or "learner 1234" when Telegram gave none; plain text. */
    public String name(String firstName, long id, Locale locale) {
        return firstName.isBlank() ? prompts.renderPlain(locale, "stats.at_risk.unnamed", Map.of("id", Long.toString(id)))
                : firstName.strip();
    }

    private String reasons(AtRiskLearner learner, Locale locale) {
        List<String> reasons = new ArrayList<>();
        if (learner.silent()) {
            reasons.add(prompts.renderPlain(locale, "stats.reason.silent"));
        }
        if (learner.atRisk() > 0) {
            reasons.add(prompts.renderPlain(locale, "stats.reason.at_risk", Map.of("count", learner.atRisk())));
        }
        if (learner.overdue() > 0) {
            reasons.add(prompts.renderPlain(locale, "stats.reason.overdue", Map.of("count", learner.overdue())));
        }
        if (learner.behindDays() > 0) {
            reasons.add(prompts.renderPlain(locale, "stats.reason.behind", Map.of("count", learner.behindDays())));
        }
        return String.join(", ", reasons);
    }

    /** The chart's words. */
    public StatsChart.Labels chartLabels(Locale locale) {
        return new StatsChart.Labels(
                challenge -> prompts.renderPlain(locale, "stats.chart.challenge", Map.of("challenge", challenge)),
                prompts.renderPlain(locale, "stats.chart.assignments"), prompts.renderPlain(locale, "stats.chart.sessions"),
                prompts.renderPlain(locale, "stats.chart.day"), prompts.renderPlain(locale, "stats.chart.learners"),
                prompts.renderPlain(locale, "stats.chart.done"), prompts.renderPlain(locale, "stats.chart.late"),
                prompts.renderPlain(locale, "stats.chart.today"), prompts.renderPlain(locale, "stats.chart.behind"),
                prompts.renderPlain(locale, "stats.chart.silent"), prompts.renderPlain(locale, "stats.chart.planned"),
                prompts.renderPlain(locale, "stats.chart.open"), prompts.renderPlain(locale, "stats.chart.upcoming"),
                prompts.renderPlain(locale, "stats.chart.at_risk"), prompts.renderPlain(locale, "stats.chart.overdue"),
                prompts.renderPlain(locale, "stats.chart.live"), prompts.renderPlain(locale, "stats.chart.replay"),
                prompts.renderPlain(locale, "stats.chart.cant"), prompts.renderPlain(locale, "stats.chart.none"));
    }

    /** The caption under the chart. */
    public String chartCaption(CohortStats stats, Locale locale) {
        return prompts.render(locale, "stats.chart.caption", Map.of("title", stats.course().title()));
    }
}
