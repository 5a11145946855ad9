package app.paceline.bot.conversation;

import app.paceline.bot.feed.FeedTexts;
import app.paceline.bot.feed.GoogleCalendarLinks;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Button;
import app.paceline.bot.outbound.Keyboard;
import app.paceline.bot.outbound.Outbound;
import app.paceline.bot.outbound.Outbound.AnswerPress;
import app.paceline.bot.outbound.Outbound.EditButtons;
import app.paceline.bot.outbound.Outbound.Reply;
import app.paceline.bot.render.CalendarButtons;
import app.paceline.bot.render.LocalTimes;
import app.paceline.calendar.AssignmentProgresses;
import app.paceline.calendar.AssignmentRef;
import app.paceline.calendar.BookedSlot;
import app.paceline.calendar.BookingOutcome;
import app.paceline.calendar.BookingTime;
import app.paceline.calendar.ChangingBookings;
import app.paceline.calendar.FreeSlots;
import app.paceline.calendar.LearnerAssignments;
import app.paceline.calendar.LearnerAssignments.Standing;
import app.paceline.calendar.input.BookingBounds;
import app.paceline.calendar.input.TimeInput;
import app.paceline.calendar.input.TimeNote;
import app.paceline.calendar.input.TimeReading;
import app.paceline.learner.Learner;
import app.paceline.prompts.Prompts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Booking one's own time (see {@code plan.mmd}): {@code /plan} lists the open assignments that have no time booked
 * yet; picking one offers free times as buttons (the learner may also type a time); picking a time books it. The
 * same flow serves the buttons of a slot reminder: Done, Snooze 15 min, Move. A confirmed booking comes with an
 * "Add to Google Calendar" link for that one slot.
 *
 * <p>Buttons name an assignment by a digest ({@link CalendarButtons}), resolved again among the presser's own
 * assignments on every press, so a forged or foreign digest finds nothing.
 */
public final class PlanConversation implements Conversation {

    public static final String FLOW = "plan";
    public static final String BUTTON_AREA = CalendarButtons.AREA;
    static final Duration SNOOZE = Duration.ofMinutes(15);
    static final int DAYS_OFFERED = 3;

    /** The states of this flow. */
    enum Step {
        AWAITING_TIME
    }

    private final LearnerAssignments assignments;
    private final AssignmentProgresses progresses;
    private final BookingTime booking;
    private final ChangingBookings changing;
    private final ConversationStates states;
    private final TimeInput timeInput;
    private final Prompts prompts;
    private final FeedTexts eventTexts;
    private final Clock clock;

    public PlanConversation(LearnerAssignments assignments, AssignmentProgresses progresses, BookingTime booking,
                            ChangingBookings changing, ConversationStates states, TimeInput timeInput, Prompts prompts,
                            Clock clock) {
        this.assignments = assignments;
        this.progresses = progresses;
        this.booking = booking;
        this.changing = changing;
        this.states = states;
        this.timeInput = timeInput;
        this.prompts = prompts;
        this.eventTexts = new FeedTexts(prompts);
        this.clock = clock;
    }

    @Override
    public String flow() {
        return FLOW;
    }

    @Override
    public String buttonArea() {
        return BUTTON_AREA;
    }

    /** {@code /plan}: the open assignments without a time booked ahead. */
    public List<Outbound> begin(Turn turn) {
        Instant now = clock.instant();
        List<Standing> unplanned = openAssignments(turn.requireLearner()).stream()
                .filter(open -> open.progress().slots().stream().noneMatch(slot -> slot.start().isAfter(now)))
                .toList();
        if (unplanned.isEmpty()) {
            return List.of(Reply.of(turn.chatId(), prompts.render(turn.locale(), "calendar.plan.nothing")));
        }
        ZoneId zone = zoneOf(turn);
        var text = new StringBuilder(prompts.render(turn.locale(), "calendar.plan.pick_assignment"));
        List<List<Button>> rows = new ArrayList<>();
        for (Standing open : unplanned) {
            text.append('\n').append(prompts.render(turn.locale(), "calendar.plan.assignment", Map.of(
                    "title", open.assignment().title(),
                    "minutes", open.assignment().effort().toMinutes(),
                    "due", LocalTimes.moment(open.window().due(), zone, turn.locale()))));
            rows.add(List.of(new Button(CalendarButtons.label(open.assignment().title()), BUTTON_AREA + ":pa:" + digest(open.ref()))));
        }
        return List.of(new Reply(turn.chatId(), text.toString(), new Keyboard.Inline(rows)));
    }

    /** A time typed while choosing one: read in the learner's zone, inside the assignment's window. */
    @Override
    public List<Outbound> onText(Turn turn, ConversationState state, String text) {
        String[] context = state.context().split(":");
        Optional<Standing> open = find(turn.requireLearner(), context[0]);
        if (open.isEmpty()) {
            states.clear(turn.chatId(), turn.inbound().sender().userId());
            return List.of(Reply.of(turn.chatId(), prompts.render(turn.locale(), "calendar.not_enrolled")));
        }
        ZoneId zone = zoneOf(turn);
        var bounds = new BookingBounds(open.get().window().opens(), open.get().window().due());
        TimeReading reading = timeInput.read(text, turn.locale(), zone, clock.instant(), bounds);
        if (reading instanceof TimeReading.NotUnderstood problem) {
            return List.of(Reply.of(turn.chatId(), prompts.render(turn.locale(), "time.problem." + problem.problem().key(),
                    LocalTimes.values(problem.arguments(), zone, turn.locale()))));
        }
        var understood = (TimeReading.Understood) reading;
        var outcome = context.length > 1
                ? changing.move(open.get().ref(), context[1], understood.at())
                : booking.book(open.get().ref().learner(), open.get().ref().course(), open.get().ref().assignmentId(), understood.at());
        if (outcome instanceof BookingOutcome.Booked || outcome instanceof BookingOutcome.NoSuchSlot) {
            states.clear(turn.chatId(), turn.inbound().sender().userId());
        }
        var answer = new StringBuilder(describe(turn, outcome));
        for (TimeNote note : understood.notes()) {
            answer.append('\n').append(prompts.render(turn.locale(), "time.note." + note.kind().key(),
                    LocalTimes.values(note.arguments(), zone, turn.locale())));
        }
        return List.of(new Reply(turn.chatId(), answer.toString(), keyboardAfter(turn, outcome)));
    }

    @Override
    public List<Outbound> onButton(Turn turn, Inbound.ButtonPress press) {
        String[] parts = press.data().split(":");
        Optional<Standing> open = parts.length >= 3 ? find(turn.requireLearner(), parts[2]) : Optional.empty();
        if (open.isEmpty()) {
            return expired(turn, press);
        }
        try {
            return switch (parts[1]) {
                case "pa" -> parts.length == 3 ? offerTimes(turn, press, open.get(), "pt", "") : expired(turn, press);
                case "pt" -> parts.length == 4 ? book(turn, press, open.get(), Instant.ofEpochSecond(Long.parseLong(parts[3]))) : expired(turn, press);
                case "dn" -> parts.length == 3 ? done(turn, press, open.get()) : expired(turn, press);
                case "sz" -> parts.length == 4 ? snooze(turn, press, open.get(), parts[3]) : expired(turn, press);
                case "mv" -> parts.length == 4 ? offerTimes(turn, press, open.get(), "mt", parts[3]) : expired(turn, press);
                case "mt" -> parts.length == 5 ? move(turn, press, open.get(), parts[3], Instant.ofEpochSecond(Long.parseLong(parts[4]))) : expired(turn, press);
                default -> expired(turn, press);
            };
        } catch (NumberFormatException | java.time.DateTimeException forged) {
            return expired(turn, press);
        }
    }

    private List<Outbound> offerTimes(Turn turn, Inbound.ButtonPress press, Standing open, String verb, String slotId) {
        ZoneId zone = zoneOf(turn);
        Learner learner = turn.requireLearner();
        List<BookedSlot> busy = progresses.ofLearner(learner.id()).stream().flatMap(p -> p.slots().stream()).toList();
        var free = FreeSlots.propose(open.window(), zone, learner.quietHours(), clock.instant(), open.assignment().effort(),
                busy, DAYS_OFFERED);
        String due = LocalTimes.moment(open.window().due(), zone, turn.locale());
        var answer = new AnswerPress(press.callbackId(), "");
        if (free.isEmpty()) {
            return List.of(answer, Reply.of(turn.chatId(), prompts.render(turn.locale(), "calendar.no_free_time",
                    Map.of("title", open.assignment().title(), "due", due))));
        }
        List<List<Button>> rows = new ArrayList<>();
        String prefix = BUTTON_AREA + ":" + verb + ":" + digest(open.ref()) + ":" + (slotId.isEmpty() ? "" : slotId + ":");
        free.values().forEach(day -> rows.add(day.stream()
                .map(start -> new Button(LocalTimes.moment(start, zone, turn.locale()), prefix + start.getEpochSecond()))
                .toList()));
        states.save(new ConversationState(turn.chatId(), learner.id().value(), FLOW, Step.AWAITING_TIME.name(),
                clock.instant(), digest(open.ref()) + (slotId.isEmpty() ? "" : ":" + slotId)));
        String text = slotId.isEmpty()
                ? prompts.render(turn.locale(), "calendar.plan.pick_time", Map.of("title", open.assignment().title(),
                        "minutes", open.assignment().effort().toMinutes(), "due", due))
                : prompts.render(turn.locale(), "calendar.move_pick", Map.of("title", open.assignment().title(), "due", due));
        var offer = new Reply(turn.chatId(), text, new Keyboard.Inline(rows));
        // Moving: the reminder's own buttons would act on the slot being moved, so they go.
        return slotId.isEmpty() ? List.of(answer, offer) : List.of(answer, clearButtons(press), offer);
    }

    private List<Outbound> book(Turn turn, Inbound.ButtonPress press, Standing open, Instant start) {
        var outcome = booking.book(open.ref().learner(), open.ref().course(), open.ref().assignmentId(), start);
        return afterBooking(turn, press, outcome);
    }

    private List<Outbound> move(Turn turn, Inbound.ButtonPress press, Standing open, String slotId, Instant start) {
        return afterBooking(turn, press, changing.move(open.ref(), slotId, start));
    }

    private List<Outbound> snooze(Turn turn, Inbound.ButtonPress press, Standing open, String slotId) {
        states.clear(turn.chatId(), turn.inbound().sender().userId());
        var outcome = changing.snooze(open.ref(), slotId, SNOOZE);
        if (outcome instanceof BookingOutcome.NoSuchSlot) {
            return List.of(new AnswerPress(press.callbackId(), prompts.render(turn.locale(), "button.expired")), clearButtons(press));
        }
        if (outcome instanceof BookingOutcome.Booked booked) {
            String time = LocalTimes.clock(booked.slot().start().atZone(zoneOf(turn)));
            return List.of(new AnswerPress(press.callbackId(), ""), clearButtons(press),
                    Reply.of(turn.chatId(), prompts.render(turn.locale(), "calendar.snoozed", Map.of("time", time))));
        }
        return afterBooking(turn, press, outcome);
    }

    private List<Outbound> done(Turn turn, Inbound.ButtonPress press, Standing open) {
        states.clear(turn.chatId(), turn.inbound().sender().userId());
        boolean changed = changing.markDone(open.ref());
        String key = changed ? "calendar.done" : "calendar.already_done";
        return List.of(new AnswerPress(press.callbackId(), ""), clearButtons(press),
                Reply.of(turn.chatId(), prompts.render(turn.locale(), key, Map.of("title", open.assignment().title()))));
    }

    private List<Outbound> afterBooking(Turn turn, Inbound.ButtonPress press, BookingOutcome outcome) {
        states.clear(turn.chatId(), turn.inbound().sender().userId());
        if (outcome instanceof BookingOutcome.NoSuchSlot) {
            return List.of(new AnswerPress(press.callbackId(), prompts.render(turn.locale(), "button.expired")), clearButtons(press));
        }
        var answer = new AnswerPress(press.callbackId(), "");
        return List.of(answer, clearButtons(press), new Reply(turn.chatId(), describe(turn, outcome), keyboardAfter(turn, outcome)));
    }

    /** Under a confirmed booking: "Add to Google Calendar" for that slot. */
    private Keyboard keyboardAfter(Turn turn, BookingOutcome outcome) {
        if (!(outcome instanceof BookingOutcome.Booked booked)) {
            return Keyboard.none();
        }
        ZoneId zone = zoneOf(turn);
        String details = eventTexts.slotDetails(booked.assignment().title(), booked.course().title(), booked.slot().effort(),
                booked.window().due(), zone, turn.locale());
        var link = GoogleCalendarLinks.event(booked.assignment().title(), booked.slot().start(), booked.slot().end(), details, zone);
        return Keyboard.Inline.row(Button.link(prompts.render(turn.locale(), "calendar.button.google"), link));
    }

    /** The learner-facing words for a booking outcome. */
    String describe(Turn turn, BookingOutcome outcome) {
        ZoneId zone = zoneOf(turn);
        var locale = turn.locale();
        if (outcome instanceof BookingOutcome.Booked booked) {
            String time = LocalTimes.moment(booked.slot().start(), zone, locale);
            String due = LocalTimes.moment(booked.window().due(), zone, locale);
            return booked.tight()
                    ? prompts.render(locale, "calendar.booked_tight", Map.of("title", booked.assignment().title(), "time", time,
                            "minutes", booked.assignment().effort().toMinutes(), "due", due))
                    : prompts.render(locale, "calendar.booked", Map.of("title", booked.assignment().title(), "time", time,
                            "lead", turn.requireLearner().reminderLead().toMinutes()));
        }
        if (outcome instanceof BookingOutcome.InThePast) {
            return prompts.render(locale, "calendar.in_the_past");
        }
        if (outcome instanceof BookingOutcome.AfterDeadline after) {
            return prompts.render(locale, "calendar.after_deadline", Map.of("due", LocalTimes.moment(after.due(), zone, locale)));
        }
        if (outcome instanceof BookingOutcome.BeforeOpening before) {
            return prompts.render(locale, "calendar.before_opening", Map.of("title", before.assignment().title(),
                    "opens", LocalTimes.moment(before.opens(), zone, locale)));
        }
        if (outcome instanceof BookingOutcome.Overlaps overlaps) {
            return prompts.render(locale, "calendar.overlaps", Map.of("time", LocalTimes.moment(overlaps.other().start(), zone, locale)));
        }
        if (outcome instanceof BookingOutcome.AlreadyDone done) {
            return prompts.render(locale, "calendar.already_done", Map.of("title", done.assignment().title()));
        }
        if (outcome instanceof BookingOutcome.NoSuchSlot) {
            return prompts.render(locale, "button.expired");
        }
        return prompts.render(locale, "calendar.not_enrolled");
    }

    /** Every assignment of the learner's active courses that is open or not yet open, and not done. */
    List<Standing> openAssignments(Learner learner) {
        Instant now = clock.instant();
        return assignments.of(learner.id()).stream()
                .filter(open -> !open.progress().isDone() && open.window().due().isAfter(now))
                .toList();
    }

    private Optional<Standing> find(Learner learner, String digest) {
        return openAssignments(learner).stream().filter(open -> digest(open.ref()).equals(digest)).findFirst();
    }

    private static String digest(AssignmentRef ref) {
        return CalendarButtons.digest(ref);
    }

    private List<Outbound> expired(Turn turn, Inbound.ButtonPress press) {
        return List.of(new AnswerPress(press.callbackId(), prompts.render(turn.locale(), "button.expired")));
    }

    private static EditButtons clearButtons(Inbound.ButtonPress press) {
        return new EditButtons(press.chatId(), press.messageId(), new Keyboard.Inline(List.of()));
    }

    private static ZoneId zoneOf(Turn turn) {
        return turn.learner().flatMap(Learner::timeZone).orElse(ZoneOffset.UTC);
    }
}
