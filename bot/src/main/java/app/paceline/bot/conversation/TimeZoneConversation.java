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
import app.paceline.calendar.BookingOutcome;
import app.paceline.calendar.RetimingBookings;
import app.paceline.learner.ChoosingTimeZone;
import app.paceline.learner.TimeZoneChoice;
import app.paceline.prompts.Prompts;
import java.time.Clock;
import java.time.ZoneId;
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
    /** After a change of zone: booked times keep their local wall-clock time, or their moments. */
    static final String KEEP_LOCAL = BUTTON_AREA + ":wall";
    static final String KEEP_MOMENTS = BUTTON_AREA + ":moment";

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
        AWAITING_ZONE,
        /** The zone changed and the learner has booked times ahead; context: {@code <old zone> <new zone>}. */
        AWAITING_KEEP
    }

    private final ChoosingTimeZone choosing;
    private final RetimingBookings retiming;
    private final ConversationStates states;
    private final Prompts prompts;
    private final Clock clock;

    public TimeZoneConversation(ChoosingTimeZone choosing, RetimingBookings retiming, ConversationStates states,
                                Prompts prompts, Clock clock) {
        this.choosing = choosing;
        this.retiming = retiming;
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
            case AWAITING_KEEP -> List.of(Reply.of(turn.chatId(), prompts.render(turn.locale(), "timezone.keep.press_a_button")));
        };
    }

    /**
     * Tries {@code text} as the learner's zone, in or out of the flow ({@code /timezone Berlin}); a success ends
     * the flow, a failure leaves everything as it was.
     */
    public List<Outbound> choose(Turn turn, String text) {
        Optional<ZoneId> before = turn.requireLearner().timeZone();
        TimeZoneChoice choice = choosing.choose(turn.requireLearner(), text);
        if (choice instanceof TimeZoneChoice.Chosen chosen) {
            states.clear(turn.chatId(), turn.inbound().sender().userId());
            String key = chosen.fixedOffset() ? "timezone.confirm_fixed_offset" : "timezone.confirm";
            String html = prompts.render(turn.locale(), key, Map.of(
                    "zone", LocalTimes.zone(chosen.zone()),
                    "time", LocalTimes.clock(chosen.localNow())));
            var confirmation = new Reply(turn.chatId(), html, Keyboard.Inline.row(
                    new Button(prompts.render(turn.locale(), "timezone.button.ok"), CONFIRM + chosen.zone().getId()),
                    new Button(prompts.render(turn.locale(), "timezone.button.change"), CHANGE)));
            if (before.isPresent() && !before.get().equals(chosen.zone())) {
                return Stream.<Outbound>concat(Stream.of(confirmation), askWhatBookedTimesKeep(turn, before.get(), chosen.zone()).stream()).toList();
            }
            return List.of(confirmation);
        }
        var notUnderstood = (TimeZoneChoice.NotUnderstood) choice;
        return List.of(Reply.of(turn.chatId(),
                prompts.render(turn.locale(), "timezone.unknown", Map.of("input", notUnderstood.input()))));
    }

    /**
     * Asked once, after a change of zone, when the learner has booked times ahead: keep their local wall-clock
     * time, or their moments. Taking the example of the first one, in both zones.
     */
    private Optional<Reply> askWhatBookedTimesKeep(Turn turn, ZoneId from, ZoneId to) {
        var slots = retiming.futureSlots(turn.requireLearner().id());
        if (slots.isEmpty()) {
            return Optional.empty();
        }
        var first = slots.get(0);
        java.time.Instant start = first.slot().start();
        java.time.Instant sameLocal = RetimingBookings.sameLocalTime(start, from, to);
        states.save(new ConversationState(turn.chatId(), turn.inbound().sender().userId(), FLOW, Step.AWAITING_KEEP.name(),
                clock.instant(), from.getId() + " " + to.getId()));
        String html = prompts.render(turn.locale(), "timezone.keep.ask", Map.of(
                "count", slots.size(),
                "title", first.standing().assignment().title(),
                "then", LocalTimes.moment(start, from, turn.locale()),
                "oldZone", LocalTimes.zone(from),
                "local", LocalTimes.clock(sameLocal.atZone(to)),
                "moment", LocalTimes.clock(start.atZone(to)),
                "newZone", LocalTimes.zone(to)));
        return Optional.of(new Reply(turn.chatId(), html, new Keyboard.Inline(List.of(
                List.of(new Button(prompts.render(turn.locale(), "timezone.keep.button.local",
                        Map.of("time", LocalTimes.clock(sameLocal.atZone(to)))), KEEP_LOCAL)),
                List.of(new Button(prompts.render(turn.locale(), "timezone.keep.button.moment",
                        Map.of("time", LocalTimes.clock(start.atZone(to)))), KEEP_MOMENTS))))));
    }

    /** The answer to {@link #askWhatBookedTimesKeep}; only for the change it was asked about, and only once. */
    private List<Outbound> keep(Turn turn, Inbound.ButtonPress press, EditButtons clearButtons) {
        long userId = turn.inbound().sender().userId();
        Optional<String[]> change = states.find(turn.chatId(), userId)
                .filter(state -> state.flow().equals(FLOW) && state.step().equals(Step.AWAITING_KEEP.name()))
                .map(state -> state.context().split(" "))
                .filter(zones -> zones.length == 2
                        && turn.requireLearner().timeZone().map(ZoneId::getId).orElse("").equals(zones[1]));
        if (change.isEmpty()) {
            return List.of(new AnswerPress(press.callbackId(), prompts.render(turn.locale(), "button.expired")), clearButtons);
        }
        states.clear(turn.chatId(), userId);
        var answer = new AnswerPress(press.callbackId(), "");
        ZoneId to = ZoneId.of(change.get()[1]);
        if (press.data().equals(KEEP_MOMENTS)) {
            return List.of(answer, clearButtons, Reply.of(turn.chatId(), prompts.render(turn.locale(), "timezone.keep.moments")));
        }
        var retimed = retiming.keepLocalTimes(turn.requireLearner().id(), ZoneId.of(change.get()[0]), to);
        var text = new StringBuilder(prompts.render(turn.locale(), "timezone.keep.local_done",
                Map.of("count", retimed.moved().size(), "zone", LocalTimes.zone(to))));
        for (RetimingBookings.Kept kept : retimed.kept()) {
            text.append('\n').append(prompts.render(turn.locale(), "timezone.keep.kept_line", Map.of(
                    "title", kept.slot().standing().assignment().title(),
                    "time", LocalTimes.moment(kept.slot().slot().start(), to, turn.locale()),
                    "why", why(kept.why()))));
        }
        return List.of(answer, clearButtons, Reply.of(turn.chatId(), text.toString()));
    }

    private static String why(BookingOutcome outcome) {
        if (outcome instanceof BookingOutcome.AfterDeadline) {
            return "deadline";
        }
        if (outcome instanceof BookingOutcome.Overlaps) {
            return "overlap";
        }
        if (outcome instanceof BookingOutcome.InThePast) {
            return "past";
        }
        if (outcome instanceof BookingOutcome.BeforeOpening) {
            return "opening";
        }
        return "other";
    }

    /** A press on the confirmation's buttons; "looks right" only counts for the zone the learner has now. */
    @Override
    public List<Outbound> onButton(Turn turn, Inbound.ButtonPress press) {
        var clearButtons = new EditButtons(press.chatId(), press.messageId(), new Keyboard.Inline(List.of()));
        if (press.data().equals(KEEP_LOCAL) || press.data().equals(KEEP_MOMENTS)) {
            return keep(turn, press, clearButtons);
        }
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
