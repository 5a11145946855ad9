package app.paceline.bot.render;

import app.paceline.challenge.JoiningChallenge;
import app.paceline.course.Challenge;
import app.paceline.course.Course;
import app.paceline.course.CourseProblem;
import app.paceline.course.ImportOutcome;
import app.paceline.prompts.Prompts;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the bot answers to a course file, whether it came in a chat or from the command line: the join link of a
 * new course, what a re-import changed, or every problem in the file (the first {@link #MAX_PROBLEMS_SHOWN}).
 */
public final class CourseImportTexts {

    /** At most this many problems are listed, so that the answer fits one message. */
    static final int MAX_PROBLEMS_SHOWN = 20;

    private final Prompts prompts;

    public CourseImportTexts(Prompts prompts) {
        this.prompts = prompts;
    }

    /** The answer to an import, in {@code locale}; the join link names {@code botUsername}. */
    public String render(ImportOutcome outcome, Locale locale, String botUsername) {
        if (outcome instanceof ImportOutcome.Created created) {
            Course course = created.course();
            var text = new StringBuilder(prompts.render(locale, "course.created", Map.of(
                    "title", course.title(),
                    "count", course.assignments().size(),
                    "link", "https://t.me/" + botUsername + "?start=" + course.code().value())));
            for (Challenge challenge : course.challenges()) {
                text.append("\n\n").append(prompts.render(locale, "course.created.challenge", Map.of(
                        "challenge", challenge.title(),
                        "days", challenge.days().size(),
                        "start", challenge.cohortStart().map(date -> (Object) date.toString()).orElse("join"),
                        "time", challenge.releaseTime().toString(),
                        "link", "https://t.me/" + botUsername + "?start=" + JoiningChallenge.payload(course.code(), challenge.id()))));
            }
            return text.toString();
        }
        if (outcome instanceof ImportOutcome.Updated updated) {
            var summary = updated.summary();
            String title = updated.course().title();
            if (summary.isUnchanged()) {
                return prompts.render(locale, "course.unchanged", Map.of("title", title));
            }
            var text = new StringBuilder(prompts.render(locale, "course.updated", Map.of("title", title,
                    "added", summary.added().size(), "changed", summary.changed().size(), "removed", summary.removed().size())));
            if (!summary.removed().isEmpty() && summary.activeLearners() > 0) {
                text.append('\n').append(prompts.render(locale, "course.updated.removed_with_learners",
                        Map.of("learners", summary.activeLearners(), "removed", summary.removed().size())));
            }
            if (!summary.sessionsChanged().isEmpty()) {
                text.append('\n').append(prompts.render(locale, "course.updated.sessions_changed",
                        Map.of("count", summary.sessionsChanged().size())));
            }
            if (!summary.challengesChanged().isEmpty()) {
                text.append('\n').append(prompts.render(locale, "course.updated.challenges_changed",
                        Map.of("count", summary.challengesChanged().size())));
            }
            if (summary.zoneChanged()) {
                text.append('\n').append(prompts.render(locale, "course.updated.zone_changed",
                        Map.of("zone", updated.course().zone().getId())));
            }
            return text.toString();
        }
        if (outcome instanceof ImportOutcome.NotAllowedToCreate) {
            return prompts.render(locale, "course.not_allowed_to_create");
        }
        if (outcome instanceof ImportOutcome.NotTheCreator notTheCreator) {
            return prompts.render(locale, "course.not_the_creator", Map.of("code", notTheCreator.code().value()));
        }
        List<CourseProblem> problems = ((ImportOutcome.Invalid) outcome).problems();
        var text = new StringBuilder(prompts.render(locale, "course.invalid", Map.of("count", problems.size())));
        for (CourseProblem problem : problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS_SHOWN))) {
            text.append('\n').append(prompts.render(locale, "course.problem." + problem.code().key(), problem.arguments()));
        }
        if (problems.size() > MAX_PROBLEMS_SHOWN) {
            text.append('\n').append(prompts.render(locale, "course.problems_more", Map.of("count", problems.size() - MAX_PROBLEMS_SHOWN)));
        }
        return text.toString();
    }
}
