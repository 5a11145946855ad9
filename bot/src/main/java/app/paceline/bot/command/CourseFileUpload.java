package app.paceline.bot.command;

import app.paceline.bot.inbound.Attachments;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Outbound;
import app.paceline.bot.outbound.Outbound.Reply;
import app.paceline.course.Course;
import app.paceline.course.CourseProblem;
import app.paceline.course.ImportOutcome;
import app.paceline.course.ImportingCourse;
import app.paceline.course.yaml.YamlCourseFileReader;
import app.paceline.prompts.Prompts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A course file sent to the bot in private: fetched (within a size limit), imported, and answered with the join
 * link, what changed, or every problem with its line, in the sender's language. Nothing is stored on a problem.
 */
public final class CourseFileUpload {

    /** UTF-8 takes up to 4 bytes per character; the reader itself stops at its character limit. */
    static final int MAX_BYTES = YamlCourseFileReader.MAX_CHARS * 2;
    /** At most this many problems are listed; the rest are counted. */
    static final int MAX_PROBLEMS_SHOWN = 20;

    private final ImportingCourse importing;
    private final Attachments attachments;
    private final Prompts prompts;
    private final Supplier<String> botUsername;

    public CourseFileUpload(ImportingCourse importing, Attachments attachments, Prompts prompts, Supplier<String> botUsername) {
        this.importing = importing;
        this.attachments = attachments;
        this.prompts = prompts;
        this.botUsername = botUsername;
    }

    public List<Outbound> handle(Turn turn, Inbound.Document document) {
        Locale locale = turn.locale();
        if (document.size() > MAX_BYTES) {
            return say(turn, prompts.render(locale, "course.problem.too_large", Map.of("limit", YamlCourseFileReader.MAX_CHARS / 1024)));
        }
        var fetched = attachments.fetch(document.fileId(), MAX_BYTES);
        if (fetched instanceof Attachments.TooLarge) {
            return say(turn, prompts.render(locale, "course.problem.too_large", Map.of("limit", YamlCourseFileReader.MAX_CHARS / 1024)));
        }
        if (fetched instanceof Attachments.Failed) {
            return say(turn, prompts.render(locale, "error.generic"));
        }
        String text = new String(((Attachments.Content) fetched).bytes(), StandardCharsets.UTF_8);
        ImportOutcome outcome = importing.importFile(document.sender().userId(), text);
        return say(turn, render(outcome, locale));
    }

    private String render(ImportOutcome outcome, Locale locale) {
        if (outcome instanceof ImportOutcome.Created created) {
            Course course = created.course();
            return prompts.render(locale, "course.created", Map.of(
                    "title", course.title(),
                    "count", course.assignments().size(),
                    "link", "https://t.me/" + botUsername.get() + "?start=" + course.code().value()));
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
            if (summary.zoneChanged()) {
                text.append('\n').append(prompts.render(locale, "course.updated.zone_changed",
                        Map.of("zone", updated.course().zone().getId())));
            }
            return text.toString();
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

    private static List<Outbound> say(Turn turn, String html) {
        return List.of(Reply.of(turn.chatId(), html));
    }
}
