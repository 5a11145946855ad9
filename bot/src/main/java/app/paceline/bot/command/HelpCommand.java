package app.paceline.bot.command;

import app.paceline.bot.inbound.ChatKind;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Outbound;
import app.paceline.bot.outbound.Outbound.Reply;
import app.paceline.prompts.Prompts;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /help}: the commands that work in this kind of chat, each with its one-line description; in private, those
 * for course creators and group admins under a heading of their own, after the learners' ones.
 */
public final class HelpCommand implements Command {

    public static final CommandSpec SPEC = new CommandSpec("help", Set.of(ChatKind.PRIVATE, ChatKind.GROUP));

    private final List<CommandSpec> catalog;
    private final Prompts prompts;

    /** @param catalog every command, in the order /help lists them */
    public HelpCommand(List<CommandSpec> catalog, Prompts prompts) {
        this.catalog = List.copyOf(catalog);
        this.prompts = prompts;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Outbound> handle(Turn turn, Inbound.Command command) {
        ChatKind where = command.chatKind();
        var text = new StringBuilder(prompts.render(turn.locale(), where == ChatKind.GROUP ? "help.group_header" : "help.header"));
        // In private, learners' commands first; creators' ones under their own heading, so that learners need not read them.
        boolean apart = where == ChatKind.PRIVATE;
        lines(turn, text, spec -> spec.worksIn(where) && !(apart && spec.forCreators()));
        if (apart && catalog.stream().anyMatch(spec -> spec.worksIn(where) && spec.forCreators())) {
            text.append("\n\n").append(prompts.render(turn.locale(), "help.creators_header"));
            lines(turn, text, spec -> spec.worksIn(where) && spec.forCreators());
        }
        return List.of(Reply.of(turn.chatId(), text.toString()));
    }

    private void lines(Turn turn, StringBuilder text, java.util.function.Predicate<CommandSpec> which) {
        for (CommandSpec spec : catalog) {
            if (which.test(spec)) {
                text.append('\n').append(prompts.render(turn.locale(), "help.line", Map.of(
                        "command", spec.name(),
                        "description", prompts.render(turn.locale(), spec.descriptionKey()))));
            }
        }
    }
}
