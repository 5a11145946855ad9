package app.paceline.bot.command;

import app.paceline.bot.conversation.ButtonHandler;
import app.paceline.bot.conversation.ConversationState;
import app.paceline.bot.conversation.ConversationStates;
import app.paceline.bot.conversation.Conversation;
import app.paceline.bot.inbound.ChatKind;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Outbound;
import app.paceline.bot.outbound.Outbound.AnswerPress;
import app.paceline.bot.outbound.Outbound.Reply;
import app.paceline.delivery.TrackingReachability;
import app.paceline.learner.LearnerId;
import app.paceline.learner.RegisteringLearners;
import app.paceline.prompts.Prompts;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Sends each inbound event where it belongs: a command to its command ({@code /cancel} first of all), text to the
 * flow the user is in, a button press to the flow that owns its callback data, a file to the course-file import. In private chats the writer is
 * registered as a learner first, and {@code /start} makes a chat that had blocked the bot reachable again. In groups the bot answers only commands meant for it and stays quiet otherwise,
 * since the group's conversation is not addressed to it.
 */
public final class UpdateRouter {

    /** A flow nobody answered for this long is forgotten, so an old question does not swallow new text. */
    static final Duration ABANDONED_FLOW = Duration.ofDays(1);

    private final Map<String, Command> commands;
    private final Map<String, Conversation> flows;
    private final Map<String, ButtonHandler> buttonAreas;
    private final ConversationStates states;
    private final RegisteringLearners registering;
    private final Prompts prompts;
    private final TrackingReachability reachability;
    private final CourseFileUpload courseFiles;
    private final Supplier<String> botUsername;
    private final Clock clock;

    /**
     * @param conversations the multi-step flows; each also owns the buttons of its area
     * @param buttons       owners of other button areas (commands whose messages have buttons)
     */
    public UpdateRouter(List<Command> commands, List<Conversation> conversations, List<ButtonHandler> buttons,
                        ConversationStates states,
                        RegisteringLearners registering, TrackingReachability reachability, CourseFileUpload courseFiles,
                        Prompts prompts, Clock clock, Supplier<String> botUsername) {
        this.commands = commands.stream().collect(Collectors.toUnmodifiableMap(c -> c.spec().name(), Function.identity()));
        this.flows = conversations.stream().collect(Collectors.toUnmodifiableMap(Conversation::flow, Function.identity()));
        this.buttonAreas = Stream.concat(conversations.stream(), buttons.stream())
                .collect(Collectors.toUnmodifiableMap(ButtonHandler::buttonArea, Function.identity()));
        this.botUsername = botUsername;
        this.states = states;
        this.registering = registering;
        this.reachability = reachability;
        this.courseFiles = courseFiles;
        this.prompts = prompts;
        this.clock = clock;
    }

    public List<Outbound> route(Inbound inbound) {
        if (inbound instanceof Inbound.Membership membership) {
            return membership(membership);
        }
        Locale locale = prompts.localeFor(inbound.sender().languageCode());
        if (inbound.chatKind() == ChatKind.GROUP) {
            return inGroup(new Turn(inbound, locale, Optional.empty()));
        }
        var sender = inbound.sender();
        var learner = registering.register(new LearnerId(sender.userId()), sender.firstName(), sender.languageCode());
        Turn turn = new Turn(inbound, locale, Optional.of(learner));
        if (inbound instanceof Inbound.Command command) {
            if (command.name().equals(StartCommand.SPEC.name())) {
                reachability.cameBack(inbound.chatId());
            }
            return command(turn, command);
        }
        if (inbound instanceof Inbound.Text text) {
            var state = activeFlow(turn);
            if (state.isPresent()) {
                return flows.get(state.get().flow()).onText(turn, state.get(), text.text());
            }
            return flows.values().stream()
                    .map(flow -> flow.onStrayText(turn, text.text()))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .orElseGet(() -> say(turn, "text_without_flow"));
        }
        if (inbound instanceof Inbound.ButtonPress press) {
            return press(turn, press);
        }
        if (inbound instanceof Inbound.Document document) {
            return courseFiles.handle(turn, document);
        }
        return say(turn, "unsupported_message");
    }

    /** Blocked, restarted, removed from or added to a group: nothing to say, but who can be written to changed. */
    private List<Outbound> membership(Inbound.Membership membership) {
        if (membership.present()) {
            reachability.cameBack(membership.chatId());
        } else {
            reachability.wentAway(membership.chatId(), "bot " + membership.status());
        }
        return List.of();
    }

    private List<Outbound> inGroup(Turn turn) {
        if (turn.inbound() instanceof Inbound.Command command) {
            var handler = commands.get(command.name());
            if (handler != null && handler.spec().worksIn(ChatKind.GROUP)) {
                return handler.handle(turn, command);
            }
            // A bare /command in a group may be meant for another bot; answer only when addressed by name.
            if (!command.addressed()) {
                return List.of();
            }
            if (handler != null) {
                return List.of(Reply.of(turn.chatId(), prompts.render(turn.locale(), "command.private_only",
                        Map.of("command", command.name(), "bot", botUsername.get()))));
            }
            return unknown(turn, command);
        }
        if (turn.inbound() instanceof Inbound.ButtonPress press) {
            ButtonHandler owner = buttonAreas.get(areaOf(press));
            if (owner != null && owner.worksInGroups()) {
                return owner.onButton(turn, press);
            }
            return List.of(new AnswerPress(press.callbackId(), prompts.render(turn.locale(), "button.expired")));
        }
        return List.of();
    }

    private static String areaOf(Inbound.ButtonPress press) {
        return press.data().contains(":") ? press.data().substring(0, press.data().indexOf(':')) : press.data();
    }

    private List<Outbound> command(Turn turn, Inbound.Command command) {
        var handler = commands.get(command.name());
        if (handler == null || !handler.spec().worksIn(ChatKind.PRIVATE)) {
            return unknown(turn, command);
        }
        return handler.handle(turn, command);
    }

    private List<Outbound> press(Turn turn, Inbound.ButtonPress press) {
        ButtonHandler owner = buttonAreas.get(areaOf(press));
        if (owner != null) {
            return owner.onButton(turn, press);
        }
        return List.of(new AnswerPress(press.callbackId(), prompts.render(turn.locale(), "button.expired")));
    }

    private Optional<ConversationState> activeFlow(Turn turn) {
        long userId = turn.inbound().sender().userId();
        return states.find(turn.chatId(), userId).filter(state -> {
            boolean abandoned = state.since().plus(ABANDONED_FLOW).isBefore(clock.instant());
            boolean known = flows.containsKey(state.flow());
            if (abandoned || !known) {
                states.clear(turn.chatId(), userId);
                return false;
            }
            return true;
        });
    }

    private List<Outbound> unknown(Turn turn, Inbound.Command command) {
        return List.of(Reply.of(turn.chatId(), prompts.render(turn.locale(), "unknown_command",
                Map.of("command", command.name()))));
    }

    private List<Outbound> say(Turn turn, String key) {
        return List.of(Reply.of(turn.chatId(), prompts.render(turn.locale(), key)));
    }
}
