package app.paceline.bot.command;

import app.paceline.bot.conversation.SetupConversation;
import app.paceline.bot.inbound.ChatKind;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Outbound;
import java.util.List;
import java.util.Set;

/** {@code /new}: set up a course or a live session step by step ({@link SetupConversation}). */
public final class NewCommand implements Command {

    public static final CommandSpec SPEC = CommandSpec.forCreators("new", Set.of(ChatKind.PRIVATE));

    private final SetupConversation setup;

    public NewCommand(SetupConversation setup) {
        this.setup = setup;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Outbound> handle(Turn turn, Inbound.Command command) {
        return setup.begin(turn);
    }
}
