package app.paceline.bot.command;

import app.paceline.bot.inbound.ChatKind;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Outbound;
import app.paceline.bot.outbound.Outbound.Reply;
import app.paceline.bot.render.ChallengeTexts;
import app.paceline.bot.render.DeliveryTexts;
import app.paceline.challenge.ChallengeStanding;
import app.paceline.challenge.ListingChallenges;
import app.paceline.prompts.Prompts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code /catchup}: every released challenge day the learner has not done yet, a button each, any time. */
public final class CatchupCommand implements Command {

    public static final CommandSpec SPEC = new CommandSpec("catchup", Set.of(ChatKind.PRIVATE));

    private final ListingChallenges listing;
    private final ChallengeTexts texts;
    private final Prompts prompts;
    private final Clock clock;

    public CatchupCommand(ListingChallenges listing, ChallengeTexts texts, Prompts prompts, Clock clock) {
        this.listing = listing;
        this.texts = texts;
        this.prompts = prompts;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Outbound> handle(Turn turn, Inbound.Command command) {
        List<Outbound> replies = new ArrayList<>();
        for (ChallengeStanding standing : listing.of(turn.requireLearner().id())) {
            if (standing.progress().open().isEmpty() || standing.archived(clock.instant())) {
                continue;
            }
            String header = prompts.render(turn.locale(), "challenge.catchup.header", Map.of(
                    "challenge", standing.challenge().title(), "count", standing.progress().open().size(),
                    "date", ChallengeTexts.closingDate(standing, turn.locale())));
            DeliveryTexts.Message message = texts.dayList(standing, header, standing.progress().open(), turn.locale());
            replies.add(new Reply(turn.chatId(), message.html(), message.keyboard()));
        }
        if (replies.isEmpty()) {
            return List.of(Reply.of(turn.chatId(), prompts.render(turn.locale(), "challenge.catchup.none")));
        }
        return replies;
    }
}
