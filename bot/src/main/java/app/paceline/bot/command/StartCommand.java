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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code /start}: greets a new learner and asks their time zone, or welcomes a returning one back with their local
 * time. In a group it points to the private chat, where learners' things happen.
 */
public final class StartCommand implements Command {

    public static final CommandSpec SPEC = new CommandSpec("start", Set.of(ChatKind.PRIVATE, ChatKind.GROUP));

    private final TimeZoneConversation timeZone;
    private final Prompts prompts;
    private final Clock clock;
    private final Supplier<String> botUsername;

    public StartCommand(TimeZoneConversation timeZone, Prompts prompts, Clock clock, Supplier<String> botUsername) {
        this.timeZone = timeZone;
        this.prompts = prompts;
        this.clock = clock;
        this.botUsername = botUsername;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Outbound> handle(Turn turn, Inbound.Command command) {
        if (command.chatKind() == ChatKind.GROUP) {
            return List.of(Reply.of(turn.chatId(), prompts.render(turn.locale(), "start.in_group",
                    Map.of("bot", botUsername.get()))));
        }
        Learner learner = turn.requireLearner();
        if (learner.timeZone().isPresent()) {
            var zone = learner.timeZone().get();
            return List.of(Reply.of(turn.chatId(), prompts.render(turn.locale(), "start.welcome_back", Map.of(
                    "name", learner.firstName(),
                    "zone", LocalTimes.zone(zone),
                    "time", LocalTimes.clock(clock.instant().atZone(zone))))));
        }
        var replies = new ArrayList<Outbound>();
        replies.add(Reply.of(turn.chatId(), prompts.render(turn.locale(), "start.welcome", Map.of("name", learner.firstName()))));
        replies.addAll(timeZone.begin(turn));
        return replies;
    }
}
