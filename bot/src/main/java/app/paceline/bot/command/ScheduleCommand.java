package app.paceline.bot.command;

import app.paceline.bot.conversation.ScheduleConversation;
import app.paceline.bot.inbound.ChatKind;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Outbound;
import java.util.List;
import java.util.Set;

/** {@code /schedule}: a creator's coming live sessions, to move, cancel or add one occurrence. */
public final class ScheduleCommand implements Command {

    public static final CommandSpec SPEC = CommandSpec.forCreators("schedule", Set.of(ChatKind.PRIVATE));

    private final ScheduleConversation schedule;

    public ScheduleCommand(ScheduleConversation schedule) {
        this.schedule = schedule;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Outbound> handle(Turn turn, Inbound.Command command) {
        return schedule.show(turn);
    }
}
