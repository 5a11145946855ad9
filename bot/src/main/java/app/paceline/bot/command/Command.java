package app.paceline.bot.command;

import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Outbound;
import java.util.List;

/** One bot command. Handlers are pure: they call use cases and return what to say. */
public interface Command {

    CommandSpec spec();

    List<Outbound> handle(Turn turn, Inbound.Command command);
}
