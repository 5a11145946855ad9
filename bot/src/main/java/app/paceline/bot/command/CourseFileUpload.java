package app.paceline.bot.command;

import app.paceline.bot.inbound.Attachments;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Outbound;
import app.paceline.bot.render.CourseImportTexts;
import app.paceline.bot.outbound.Outbound.Reply;
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

    private final ImportingCourse importing;
    private final Attachments attachments;
    private final Prompts prompts;
    private final CourseImportTexts texts;
    private final Supplier<String> botUsername;

    public CourseFileUpload(ImportingCourse importing, Attachments attachments, Prompts prompts, Supplier<String> botUsername) {
        this.importing = importing;
        this.attachments = attachments;
        this.prompts = prompts;
        this.texts = new CourseImportTexts(prompts);
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
        return say(turn, texts.render(outcome, locale, botUsername.get()));
    }

    private static List<Outbound> say(Turn turn, String html) {
        return List.of(Reply.of(turn.chatId(), html));
    }
}
