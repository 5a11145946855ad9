package app.paceline.bot.command;

import app.paceline.bot.conversation.TimeZoneConversation;
import app.paceline.bot.inbound.ChatKind;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Outbound;
import app.paceline.bot.outbound.Outbound.Reply;
import app.paceline.bot.render.LocalTimes;
import app.paceline.learner.Learner;
import app.paceline.prompts.Prompts;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /timezone [value]}: with a value, sets the learner's zone (an IANA id, a city or a UTC offset); without,
 * shows the current one, or asks when there is none yet.
 */
public final class TimezoneCommand implements Command {

    public static final CommandSpec SPEC = new CommandSpec("timezone", Set.of(ChatKind.PRIVATE));

    private final TimeZoneConversation timeZone;
    private final Prompts prompts;
    private final Clock clock;

    public TimezoneCommand(TimeZoneConversation timeZone, Prompts prompts, Clock clock) {
        this.timeZone = timeZone;
        this.prompts = prompts;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Outbound> handle(Turn turn, Inbound.Command command) {
        if (!command.argument().isEmpty()) {
            return timeZone.choose(turn, command.argument());
        }
        Learner learner = turn.requireLearner();
        if (learner.timeZone().isEmpty()) {
            return timeZone.begin(turn);
        }
        var zone = learner.timeZone().get();
        return List.of(Reply.of(turn.chatId(), prompts.render(turn.locale(), "timezone.current", Map.of(
                "zone", LocalTimes.zone(zone),
                "time", LocalTimes.clock(clock.instant().atZone(zone))))));
    }
}
