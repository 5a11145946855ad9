package app.paceline.bot.conversation;

import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Button;
import app.paceline.bot.outbound.Keyboard;
import app.paceline.bot.outbound.Outbound;
import app.paceline.bot.outbound.Outbound.AnswerPress;
import app.paceline.bot.outbound.Outbound.EditButtons;
import app.paceline.bot.outbound.Outbound.Reply;
import app.paceline.bot.render.LocalTimes;
import app.paceline.learner.ChoosingTimeZone;
import app.paceline.learner.TimeZoneChoice;
import app.paceline.prompts.Prompts;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Asking a learner for their time zone (see {@code timezone.mmd}). One step, {@link Step#AWAITING_ZONE}: any
 * text is tried as a zone; a zone we understand is stored and confirmed with the learner's local time and two
 * buttons (looks right / change); anything else re-asks and changes nothing. {@code /cancel} leaves the flow.
 */
public final class TimeZoneConversation implements Conversation {

    /** The flow's name in {@link ConversationState#flow()}. */
    public static final String FLOW = "timezone";

    /** Callback data area of this flow's buttons. */
    public static final String BUTTON_AREA = "tz";
    /** "Looks right", followed by the zone it confirms: a press on an outdated confirmation is recognised. */
    static final String CONFIRM = BUTTON_AREA + ":ok:";
    static final String CHANGE = BUTTON_AREA + ":change";

    /**
     * Offered as one-tap answers. They are IANA ids, which are identifiers rather than words, so they need no
     * translation; a learner elsewhere types their city.
     */
    static final List<List<String>> SUGGESTED_ZONES = List.of(
            List.of("Europe/London", "Europe/Berlin", "Europe/Moscow"),
            List.of("America/New_York", "America/Chicago", "America/Los_Angeles"),
            List.of("America/Sao_Paulo", "Asia/Kolkata", "Asia/Tokyo"));

    /** The states of this flow. */
    enum Step {
        AWAITING_ZONE
    }

    private final ChoosingTimeZone choosing;
    private final ConversationStates states;
    private final Prompts prompts;
    private final Clock clock;

    public TimeZoneConversation(ChoosingTimeZone choosing, ConversationStates states, Prompts prompts, Clock clock) {
        this.choosing = choosing;
        this.states = states;
        this.prompts = prompts;
        this.clock = clock;
    }

    /** Enters the flow and asks the question. */
    public List<Outbound> begin(Turn turn) {
        long userId = turn.inbound().sender().userId();
        states.save(new ConversationState(turn.chatId(), userId, FLOW, Step.AWAITING_ZONE.name(), clock.instant()));
        return List.of(question(turn));
    }

    /** The question alone, with the suggested zones as one-tap answers. */
    public Reply question(Turn turn) {
        return new Reply(turn.chatId(), prompts.render(turn.locale(), "timezone.ask"), new Keyboard.Choices(SUGGESTED_ZONES));
    }

    @Override
    public String flow() {
        return FLOW;
    }

    @Override
    public String buttonArea() {
        return BUTTON_AREA;
    }

    /** A tap on a suggested zone after the question was answered or cancelled still means that zone. */
    @Override
    public Optional<List<Outbound>> onStrayText(Turn turn, String text) {
        boolean suggested = SUGGESTED_ZONES.stream().anyMatch(row -> row.contains(text.strip()));
        return suggested ? Optional.of(choose(turn, text)) : Optional.empty();
    }

    /** The learner answered while in the flow. */
    @Override
    public List<Outbound> onText(Turn turn, ConversationState state, String text) {
        Step step;
        try {
            step = Step.valueOf(state.step());
        } catch (IllegalArgumentException storedByAnOlderVersion) {
            return begin(turn);
        }
        return switch (step) {
            case AWAITING_ZONE -> choose(turn, text);
        };
    }

    /**
     * Tries {@code text} as the learner's zone, in or out of the flow ({@code /timezone Berlin}); a success ends
     * the flow, a failure leaves everything as it was.
     */
    public List<Outbound> choose(Turn turn, String text) {
        TimeZoneChoice choice = choosing.choose(turn.requireLearner(), text);
        if (choice instanceof TimeZoneChoice.Chosen chosen) {
            states.clear(turn.chatId(), turn.inbound().sender().userId());
            String key = chosen.fixedOffset() ? "timezone.confirm_fixed_offset" : "timezone.confirm";
            String html = prompts.render(turn.locale(), key, Map.of(
                    "zone", LocalTimes.zone(chosen.zone()),
                    "time", LocalTimes.clock(chosen.localNow())));
            return List.of(new Reply(turn.chatId(), html, Keyboard.Inline.row(
                    new Button(prompts.render(turn.locale(), "timezone.button.ok"), CONFIRM + chosen.zone().getId()),
                    new Button(prompts.render(turn.locale(), "timezone.button.change"), CHANGE))));
        }
        var notUnderstood = (TimeZoneChoice.NotUnderstood) choice;
        return List.of(Reply.of(turn.chatId(),
                prompts.render(turn.locale(), "timezone.unknown", Map.of("input", notUnderstood.input()))));
    }

    /** A press on the confirmation's buttons; "looks right" only counts for the zone the learner has now. */
    @Override
    public List<Outbound> onButton(Turn turn, Inbound.ButtonPress press) {
        var clearButtons = new EditButtons(press.chatId(), press.messageId(), new Keyboard.Inline(List.of()));
        String current = turn.requireLearner().timeZone().map(zone -> zone.getId()).orElse("");
        if (press.data().equals(CONFIRM + current) && !current.isEmpty()) {
            return List.of(new AnswerPress(press.callbackId(), prompts.render(turn.locale(), "timezone.saved")), clearButtons);
        }
        if (CHANGE.equals(press.data())) {
            return Stream.concat(Stream.of(new AnswerPress(press.callbackId(), ""), clearButtons),
                    begin(turn).stream()).toList();
        }
        return List.of(new AnswerPress(press.callbackId(), prompts.render(turn.locale(), "button.expired")));
    }
}
