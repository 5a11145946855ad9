package app.paceline.bot.command;

import app.paceline.bot.conversation.ButtonHandler;
import app.paceline.bot.conversation.Conversation;
import java.util.List;

/**
 * One feature's part of the bot's answers: its commands (listed by {@code /help} and in the command menu after the
 * core ones, in this order), its conversations and its button handlers. A feature's configuration declares one as
 * a bean, and the router collects them all, so that adding a feature does not touch the core wiring.
 */
public record BotFeature(List<Command> commands, List<Conversation> conversations, List<ButtonHandler> buttons) {

    public BotFeature {
        commands = List.copyOf(commands);
        conversations = List.copyOf(conversations);
        buttons = List.copyOf(buttons);
    }

    public List<CommandSpec> specs() {
        return commands.stream().map(Command::spec).toList();
    }
}
