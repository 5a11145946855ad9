package app.paceline.bot.command;

import app.paceline.bot.conversation.ConversationStates;
import app.paceline.bot.inbound.ChatKind;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Keyboard;
import app.paceline.bot.outbound.Outbound;
import app.paceline.bot.outbound.Outbound.Reply;
import app.paceline.prompts.Prompts;
import java.util.List;
import java.util.Set;

/** {@code /cancel}: leaves whatever flow the user is in, changing nothing; it always wins over the flow. */
public final class CancelCommand implements Command {

    public static final CommandSpec SPEC = new CommandSpec("cancel", Set.of(ChatKind.PRIVATE));

    private final ConversationStates states;
    private final Prompts prompts;

    public CancelCommand(ConversationStates states, Prompts prompts) {
        this.states = states;
        this.prompts = prompts;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Outbound> handle(Turn turn, Inbound.Command command) {
        boolean wasInFlow = states.clear(turn.chatId(), command.sender().userId());
        String text = prompts.render(turn.locale(), wasInFlow ? "cancel.done" : "cancel.nothing");
        return List.of(new Reply(turn.chatId(), text, new Keyboard.RemoveChoices()));
    }
}
