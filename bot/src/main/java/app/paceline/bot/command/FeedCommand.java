package app.paceline.bot.command;

import app.paceline.bot.conversation.ButtonHandler;
import app.paceline.bot.feed.FeedLinks;
import app.paceline.bot.inbound.ChatKind;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Button;
import app.paceline.bot.outbound.Keyboard;
import app.paceline.bot.outbound.Outbound;
import app.paceline.bot.outbound.Outbound.AnswerPress;
import app.paceline.bot.outbound.Outbound.EditButtons;
import app.paceline.bot.outbound.Outbound.Reply;
import app.paceline.calendar.FeedToken;
import app.paceline.calendar.SubscribingToFeed;
import app.paceline.learner.LearnerId;
import app.paceline.prompts.Prompts;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /feed}: the learner's calendar feed address (issued on first use), how to subscribe to it, and that the
 * bot, not the calendar, is the reliable alarm. Its buttons: New link (the old address stops working at once) and
 * Turn off. Button data {@code feed:new:<digest>} / {@code feed:off:<digest>} names the token the message showed by
 * a short digest, so the buttons of an older message, whose link is gone, do nothing.
 */
public final class FeedCommand implements Command, ButtonHandler {

    public static final CommandSpec SPEC = new CommandSpec("feed", Set.of(ChatKind.PRIVATE));
    public static final String BUTTON_AREA = "feed";

    private final SubscribingToFeed subscribing;
    private final FeedLinks links;
    private final Prompts prompts;

    public FeedCommand(SubscribingToFeed subscribing, FeedLinks links, Prompts prompts) {
        this.subscribing = subscribing;
        this.links = links;
        this.prompts = prompts;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public String buttonArea() {
        return BUTTON_AREA;
    }

    @Override
    public List<Outbound> handle(Turn turn, Inbound.Command command) {
        FeedToken token = subscribing.link(turn.requireLearner().id());
        return List.of(new Reply(turn.chatId(), linkText(turn.locale(), token), keyboard(turn.locale(), token)));
    }

    @Override
    public List<Outbound> onButton(Turn turn, Inbound.ButtonPress press) {
        String[] parts = press.data().split(":");
        LearnerId learner = turn.requireLearner().id();
        Optional<FeedToken> shown = subscribing.current(learner).filter(current -> parts.length == 3 && digest(current).equals(parts[2]));
        if (shown.isEmpty()) {
            return List.of(new AnswerPress(press.callbackId(), prompts.render(turn.locale(), "button.expired")), clearButtons(press));
        }
        Locale locale = turn.locale();
        return switch (parts[1]) {
            case "new" -> {
                FeedToken renewed = subscribing.newLink(learner);
                String text = prompts.render(locale, "feed.renewed") + "\n\n" + linkText(locale, renewed);
                yield List.of(new AnswerPress(press.callbackId(), ""), clearButtons(press),
                        new Reply(turn.chatId(), text, keyboard(locale, renewed)));
            }
            case "off" -> {
                subscribing.turnOff(learner);
                yield List.of(new AnswerPress(press.callbackId(), ""), clearButtons(press),
                        Reply.of(turn.chatId(), prompts.render(locale, "feed.turned_off")));
            }
            default -> List.of(new AnswerPress(press.callbackId(), prompts.render(locale, "button.expired")));
        };
    }

    private String linkText(Locale locale, FeedToken token) {
        return prompts.render(locale, "feed.link", Map.of("url", links.of(token).toString()));
    }

    private Keyboard.Inline keyboard(Locale locale, FeedToken token) {
        String digest = digest(token);
        return Keyboard.Inline.row(
                new Button(prompts.render(locale, "feed.button.new"), BUTTON_AREA + ":new:" + digest),
                new Button(prompts.render(locale, "feed.button.off"), BUTTON_AREA + ":off:" + digest));
    }

    private static EditButtons clearButtons(Inbound.ButtonPress press) {
        return new EditButtons(press.chatId(), press.messageId(), new Keyboard.Inline(List.of()));
    }

    /** Eight URL-safe characters of the token's SHA-256: tells tokens apart without revealing them. */
    static String digest(FeedToken token) {
        return Button.digest(token.value());
    }
}
