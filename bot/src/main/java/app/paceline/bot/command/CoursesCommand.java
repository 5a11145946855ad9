package app.paceline.bot.command;

import app.paceline.bot.inbound.ChatKind;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Outbound;
import app.paceline.bot.outbound.Outbound.Reply;
import app.paceline.course.CourseList;
import app.paceline.course.ListingCourses;
import app.paceline.prompts.Prompts;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /courses}: the courses the learner is enrolled in, and those they run (own or co-create) with their learner
 * counts and join links.
 */
public final class CoursesCommand implements Command {

    public static final CommandSpec SPEC = new CommandSpec("courses", Set.of(ChatKind.PRIVATE));

    private final ListingCourses listing;
    private final Prompts prompts;
    private final java.util.function.Supplier<String> botUsername;

    public CoursesCommand(ListingCourses listing, Prompts prompts, java.util.function.Supplier<String> botUsername) {
        this.listing = listing;
        this.prompts = prompts;
        this.botUsername = botUsername;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Outbound> handle(Turn turn, Inbound.Command command) {
        CourseList list = listing.of(turn.requireLearner().id());
        var locale = turn.locale();
        if (list.isEmpty()) {
            return List.of(Reply.of(turn.chatId(), prompts.render(locale, "course.list_empty")));
        }
        var text = new StringBuilder();
        if (!list.enrolled().isEmpty()) {
            text.append(prompts.render(locale, "course.list_enrolled_header"));
            for (var enrolled : list.enrolled()) {
                text.append('\n').append(prompts.render(locale, "course.list_enrolled_line", Map.of(
                        "title", enrolled.course().title(), "code", enrolled.course().code().value())));
            }
        }
        if (!list.created().isEmpty()) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(prompts.render(locale, "course.list_created_header"));
            for (var created : list.created()) {
                text.append('\n').append(prompts.render(locale, "course.list_created_line", Map.of(
                        "title", created.course().title(), "code", created.course().code().value(),
                        "learners", created.activeLearners(),
                        "role", created.course().isOwnedBy(turn.requireLearner().id()) ? "owner" : "cocreator",
                        "link", "https://t.me/" + botUsername.get() + "?start=" + created.course().code().value())));
            }
        }
        return List.of(Reply.of(turn.chatId(), text.toString()));
    }
}
