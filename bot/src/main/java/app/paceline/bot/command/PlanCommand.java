package app.paceline.bot.command;

import app.paceline.bot.conversation.PlanConversation;
import app.paceline.bot.inbound.ChatKind;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Outbound;
import java.util.List;
import java.util.Set;

/** {@code /plan}: book time for the open assignments that have none yet. */
public final class PlanCommand implements Command {

    public static final CommandSpec SPEC = new CommandSpec("plan", Set.of(ChatKind.PRIVATE));

    private final PlanConversation plan;

    public PlanCommand(PlanConversation plan) {
        this.plan = plan;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Outbound> handle(Turn turn, Inbound.Command command) {
        return plan.begin(turn);
    }
}
