package app.paceline.bot.command;

import app.paceline.bot.inbound.ChatKind;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Outbound;
import app.paceline.bot.outbound.Outbound.Reply;
import app.paceline.course.CourseCode;
import app.paceline.course.LeaveOutcome;
import app.paceline.course.LeavingCourse;
import app.paceline.course.ListingCourses;
import app.paceline.prompts.Prompts;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code /leave <code>}: leaves a course; without a code, says how, naming one of the learner's courses. */
public final class LeaveCommand implements Command {

    public static final CommandSpec SPEC = new CommandSpec("leave", Set.of(ChatKind.PRIVATE));

    private final LeavingCourse leaving;
    private final ListingCourses listing;
    private final Prompts prompts;

    public LeaveCommand(LeavingCourse leaving, ListingCourses listing, Prompts prompts) {
        this.leaving = leaving;
        this.listing = listing;
        this.prompts = prompts;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Outbound> handle(Turn turn, Inbound.Command command) {
        var locale = turn.locale();
        var learner = turn.requireLearner().id();
        if (command.argument().isEmpty()) {
            var enrolled = listing.of(learner).enrolled();
            String text = enrolled.isEmpty() ? prompts.render(locale, "course.list_empty")
                    : prompts.render(locale, "course.leave_usage", Map.of("code", enrolled.get(0).course().code().value()));
            return List.of(Reply.of(turn.chatId(), text));
        }
        var code = CourseCode.parse(command.argument());
        if (code.isEmpty()) {
            return List.of(Reply.of(turn.chatId(), prompts.render(locale, "course.bad_code")));
        }
        LeaveOutcome outcome = leaving.leave(learner, code.get());
        String text = outcome instanceof LeaveOutcome.Left left
                ? prompts.render(locale, "course.left", Map.of("title", left.course().title()))
                : prompts.render(locale, "course.not_enrolled", Map.of("code", code.get().value()));
        return List.of(Reply.of(turn.chatId(), text));
    }
}
