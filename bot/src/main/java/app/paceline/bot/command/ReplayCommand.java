package app.paceline.bot.command;

import app.paceline.bot.conversation.ReplayConversation;
import app.paceline.bot.inbound.ChatKind;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Outbound;
import app.paceline.bot.outbound.Outbound.Reply;
import app.paceline.course.CourseCode;
import app.paceline.prompts.Prompts;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /replay [course] <occurrence> <link>}: a course's creator posts the recording of an occurrence that has
 * started, e.g. {@code /replay qa@2026-12-03 https://example.org/rec}. The course is needed only when the occurrence
 * id is in several of their courses. Without arguments (or with too many) it explains itself.
 */
public final class ReplayCommand implements Command {

    public static final CommandSpec SPEC = CommandSpec.forCreators("replay", Set.of(ChatKind.PRIVATE));

    private final ReplayConversation replays;
    private final Prompts prompts;

    public ReplayCommand(ReplayConversation replays, Prompts prompts) {
        this.replays = replays;
        this.prompts = prompts;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Outbound> handle(Turn turn, Inbound.Command command) {
        String[] words = command.argument().isBlank() ? new String[0] : command.argument().strip().split("\\s+");
        if (words.length == 2) {
            return replays.post(turn, Optional.empty(), words[0], words[1]);
        }
        if (words.length == 3) {
            Optional<CourseCode> course = CourseCode.parse(words[0]);
            if (course.isPresent()) {
                return replays.post(turn, course, words[1], words[2]);
            }
        }
        return List.of(Reply.of(turn.chatId(), prompts.render(turn.locale(), "replay.usage")));
    }
}
