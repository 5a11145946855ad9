package app.paceline.bot.command;

import app.paceline.bot.conversation.BroadcastConversation;
import app.paceline.bot.inbound.ChatKind;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Outbound;
import java.util.List;
import java.util.Set;

/**
 * {@code /broadcast [course code]}: a course's creator or co-creator sends one message to every learner enrolled in
 * it, by DM, and watches its progress. Private chats only: in a group, {@code /broadcast@bot} is told to use the
 * private chat (like every private command), and a bare {@code /broadcast} is left to other bots.
 */
public final class BroadcastCommand implements Command {

    public static final CommandSpec SPEC = CommandSpec.forCreators("broadcast", Set.of(ChatKind.PRIVATE));

    private final BroadcastConversation broadcasts;

    public BroadcastCommand(BroadcastConversation broadcasts) {
        this.broadcasts = broadcasts;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Outbound> handle(Turn turn, Inbound.Command command) {
        return broadcasts.begin(turn, command.argument());
    }
}
