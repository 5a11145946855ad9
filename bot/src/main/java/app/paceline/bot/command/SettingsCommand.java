package app.paceline.bot.command;

import app.paceline.bot.conversation.SettingsConversation;
import app.paceline.bot.inbound.ChatKind;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Outbound;
import java.util.List;
import java.util.Set;

/** {@code /settings}: the learner's time zone, quiet hours and reminder lead, each with a button to change it. */
public final class SettingsCommand implements Command {

    public static final CommandSpec SPEC = new CommandSpec("settings", Set.of(ChatKind.PRIVATE));

    private final SettingsConversation settings;

    public SettingsCommand(SettingsConversation settings) {
        this.settings = settings;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Outbound> handle(Turn turn, Inbound.Command command) {
        return settings.show(turn);
    }
}
