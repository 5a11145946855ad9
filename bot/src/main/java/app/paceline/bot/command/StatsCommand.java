package app.paceline.bot.command;

import app.paceline.bot.conversation.CohortReports;
import app.paceline.bot.inbound.ChatKind;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Outbound;
import java.util.List;
import java.util.Set;

/**
 * {@code /stats [code]}: a course's statistics for its creators (see {@link CohortReports}); private chats only, since
 * it names learners. {@code /export [code]} is the same course as a CSV file.
 */
public final class StatsCommand implements Command {

    public static final CommandSpec STATS = CommandSpec.forCreators("stats", Set.of(ChatKind.PRIVATE));
    public static final CommandSpec EXPORT = CommandSpec.forCreators("export", Set.of(ChatKind.PRIVATE));

    private final CommandSpec spec;
    private final CohortReports reports;

    public StatsCommand(CommandSpec spec, CohortReports reports) {
        if (!spec.equals(STATS) && !spec.equals(EXPORT)) {
            throw new IllegalArgumentException("not a statistics command: " + spec.name());
        }
        this.spec = spec;
        this.reports = reports;
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public List<Outbound> handle(Turn turn, Inbound.Command command) {
        return spec.equals(STATS) ? reports.stats(turn, command.argument()) : reports.export(turn, command.argument());
    }
}
