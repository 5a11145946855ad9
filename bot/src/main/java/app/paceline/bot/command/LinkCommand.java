package app.paceline.bot.command;

import app.paceline.bot.inbound.ChatKind;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Outbound;
import app.paceline.bot.outbound.Outbound.Reply;
import app.paceline.course.LinkingGroup;
import app.paceline.learner.LearnerId;
import app.paceline.prompts.Prompts;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code /link <course code>} in a group: makes it the course's group, where live sessions are announced shortly
 * before they start. Only someone in the course's team (owner or co-creator) who is also an admin of the group (as
 * Telegram says at that moment). An anonymous admin, writing as the group, is told to write as themselves: the
 * group's name says nothing about who they are. Once linked, the bot says which of its own rights are missing
 * (pinning). In private it says how.
 */
public final class LinkCommand implements Command {

    public static final CommandSpec SPEC = CommandSpec.forCreators("link", Set.of(ChatKind.PRIVATE, ChatKind.GROUP));

    private final LinkingGroup linking;
    private final GroupAdmins admins;
    private final BotRights rights;
    private final Prompts prompts;
    private final Supplier<String> botUsername;

    public LinkCommand(LinkingGroup linking, GroupAdmins admins, BotRights rights, Prompts prompts, Supplier<String> botUsername) {
        this.linking = linking;
        this.admins = admins;
        this.rights = rights;
        this.prompts = prompts;
        this.botUsername = botUsername;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Outbound> handle(Turn turn, Inbound.Command command) {
        var locale = turn.locale();
        if (command.chatKind() != ChatKind.GROUP) {
            return List.of(Reply.of(turn.chatId(), prompts.render(locale, "group.link.in_private", Map.of("bot", botUsername.get()))));
        }
        if (command.argument().isBlank()) {
            // A bare /link may be meant for another bot; answer only when addressed by name.
            return command.addressed()
                    ? List.of(Reply.of(turn.chatId(), prompts.render(locale, "group.link.usage", Map.of("bot", botUsername.get()))))
                    : List.of();
        }
        if (command.sender().asGroup()) {
            return List.of(Reply.of(turn.chatId(), prompts.render(locale, "group.link.anonymous")));
        }
        long user = command.sender().userId();
        var outcome = linking.link(new LearnerId(user), turn.chatId(), command.argument(), admins.isAdmin(turn.chatId(), user));
        String text;
        if (outcome instanceof LinkingGroup.Outcome.Linked linked) {
            text = prompts.render(locale, "group.link.linked", Map.of("title", linked.course().title()));
            var mine = rights.in(turn.chatId());
            if (mine.isPresent() && !mine.get().pin()) {
                text += "\n\n" + prompts.render(locale, "group.link.cannot_pin");
            }
        } else if (outcome instanceof LinkingGroup.Outcome.UnknownCourse unknown) {
            text = prompts.render(locale, "group.link.unknown", Map.of("code", unknown.code()));
        } else if (outcome instanceof LinkingGroup.Outcome.NotTheCreator) {
            // The same answer as for a code that does not exist: nothing about someone else's course leaks.
            text = prompts.render(locale, "group.link.unknown", Map.of("code", command.argument().strip()));
        } else {
            text = prompts.render(locale, "group.link.not_admin");
        }
        return List.of(Reply.of(turn.chatId(), text));
    }
}
