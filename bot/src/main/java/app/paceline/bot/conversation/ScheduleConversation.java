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
import app.paceline.calendar.input.BookingBounds;
import app.paceline.calendar.input.TimeInput;
import app.paceline.calendar.input.TimeNote;
import app.paceline.calendar.input.TimeProblem;
import app.paceline.calendar.input.TimeReading;
import app.paceline.course.Course;
import app.paceline.course.Session;
import app.paceline.learner.Learner;
import app.paceline.learner.LearnerId;
import app.paceline.prompts.Prompts;
import app.paceline.session.ChangingOccurrences;
import app.paceline.session.ListingCreatorSessions;
import app.paceline.session.OccurrenceChangeOutcome;
import app.paceline.session.ScheduledOccurrence;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A creator's live sessions (see {@code schedule.mmd}): {@code /schedule} lists the coming occurrences of the courses
 * they created, in their time zone (the course's when they have none), with how learners answered, and buttons to
 * move or cancel each one and to add an extra occurrence of a session. Moving and adding ask for a typed time,
 * read with {@link TimeInput} from now up to {@link #HORIZON} ahead; cancelling asks to confirm.
 *
 * <p>Buttons name an occurrence or a session by a digest of its course code and id (both together may exceed the
 * 64 bytes of callback data), resolved again among the presser's own courses on every press, so a forged or
 * foreign digest finds nothing; the use case checks again that the presser created the course.
 */
public final class ScheduleConversation implements Conversation {

    public static final String FLOW = "schedule";
    public static final String BUTTON_AREA = "sch";
    /** One page lists the occurrences of this long, from its first day on. */
    static final Duration WINDOW = Duration.ofDays(30);
    /** At most this many occurrences on one page (each has its own row of buttons). */
    static final int PAGE_SIZE = 10;
    /** How far ahead an occurrence can be moved or added. */
    static final Duration HORIZON = Duration.ofDays(90);
    /** At most this many sessions offered as buttons when adding an occurrence (Telegram takes 100 buttons). */
    static final int MAX_SESSIONS_OFFERED = 40;
    /** Titles in list lines are cut to this, so that a full page always fits in one message. */
    static final int LINE_TITLE_LENGTH = 60;

    /** The states of this flow. */
    enum Step {
        AWAITING_TIME
    }

    private static final String MOVE = "mv";
    private static final String ADD = "ad";

    private final ListingCreatorSessions listing;
    private final ChangingOccurrences changing;
    private final ConversationStates states;
    private final TimeInput timeInput;
    private final Prompts prompts;
    private final Clock clock;

    public ScheduleConversation(ListingCreatorSessions listing, ChangingOccurrences changing, ConversationStates states,
                                TimeInput timeInput, Prompts prompts, Clock clock) {
        this.listing = listing;
        this.changing = changing;
        this.states = states;
        this.timeInput = timeInput;
        this.prompts = prompts;
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

    /** {@code /schedule}: the coming occurrences of the next 30 days. */
    public List<Outbound> show(Turn turn) {
        return List.of(page(turn, Optional.empty()));
    }

    /** A time typed after Move or Add one. */
    @Override
    public List<Outbound> onText(Turn turn, ConversationState state, String text) {
        String[] context = state.context().split(":");
        LearnerId creator = turn.requireLearner().id();
        if (context.length == 2 && context[0].equals(MOVE)) {
            Optional<ScheduledOccurrence> occurrence = findOccurrence(creator, context[1]);
            if (occurrence.isPresent()) {
                return typedMove(turn, occurrence.get(), text);
            }
        } else if (context.length == 2 && context[0].equals(ADD)) {
            Optional<SessionOf> session = findSession(creator, context[1]);
            if (session.isPresent()) {
                return typedAdd(turn, session.get(), text);
            }
        }
        leave(turn);
        return List.of(Reply.of(turn.chatId(), prompts.render(turn.locale(), "schedule.gone")));
    }

    @Override
    public List<Outbound> onButton(Turn turn, Inbound.ButtonPress press) {
        String[] parts = press.data().split(":");
        if (parts.length < 2) {
            return expired(turn, press);
        }
        LearnerId creator = turn.requireLearner().id();
        if (parts[1].equals("pg") && parts.length == 3) {
            try {
                Instant from = Instant.ofEpochSecond(Long.parseLong(parts[2]));
                leave(turn);
                return List.of(new AnswerPress(press.callbackId(), ""), page(turn, Optional.of(from)));
            } catch (NumberFormatException | java.time.DateTimeException forged) {
                return expired(turn, press);
            }
        }
        if (parts[1].equals("ad") && parts.length == 2) {
            leave(turn);
            return pickSession(turn, press);
        }
        if (parts[1].equals("as") && parts.length == 3) {
            return findSession(creator, parts[2]).map(session -> askAddTime(turn, press, session)).orElseGet(() -> expired(turn, press));
        }
        Optional<ScheduledOccurrence> occurrence = parts.length == 3 ? findOccurrence(creator, parts[2]) : Optional.empty();
        if (occurrence.isEmpty()) {
            return expired(turn, press);
        }
        return switch (parts[1]) {
            case "mv" -> askNewTime(turn, press, occurrence.get());
            case "cx" -> askToCancel(turn, press, occurrence.get());
            case "cy" -> cancel(turn, press, occurrence.get());
            case "ck" -> keep(turn, press, occurrence.get());
            default -> expired(turn, press);
        };
    }

    /**
     * One page of the coming occurrences: from now (or {@code from}) for {@link #WINDOW}, at most {@link #PAGE_SIZE};
     * "Later" opens the page that starts with the first occurrence not shown. Occurrences that start together stay
     * on one page.
     */
    private Reply page(Turn turn, Optional<Instant> later) {
        LearnerId creator = turn.requireLearner().id();
        List<Course> courses = listing.courses(creator);
        if (courses.isEmpty()) {
            return Reply.of(turn.chatId(), prompts.render(turn.locale(), "schedule.no_sessions"));
        }
        ZoneId zone = turn.learner().flatMap(Learner::timeZone).orElse(courses.get(0).zone());
        Instant now = clock.instant();
        Instant from = later.filter(instant -> instant.isAfter(now)).orElse(now);
        List<ScheduledOccurrence> coming = listing.coming(creator).stream()
                .filter(o -> !o.occurrence().start().isBefore(from)).toList();
        List<ScheduledOccurrence> inWindow = coming.stream()
                .filter(o -> o.occurrence().start().isBefore(from.plus(WINDOW))).toList();
        List<ScheduledOccurrence> shown = new ArrayList<>(inWindow.subList(0, Math.min(PAGE_SIZE, inWindow.size())));
        if (coming.size() > shown.size()) {
            Instant next = coming.get(shown.size()).occurrence().start();
            while (shown.size() > 1 && shown.get(shown.size() - 1).occurrence().start().equals(next)) {
                shown.remove(shown.size() - 1);
            }
        }
        Optional<ScheduledOccurrence> next = coming.size() > shown.size() ? Optional.of(coming.get(shown.size())) : Optional.empty();

        var locale = turn.locale();
        var text = new StringBuilder(later.isEmpty()
                ? prompts.render(locale, "schedule.header", Map.of("zone", LocalTimes.zone(zone)))
                : prompts.render(locale, "schedule.header_from", Map.of("zone", LocalTimes.zone(zone),
                        "day", LocalTimes.value(from.atZone(zone).toLocalDate(), zone, locale))));
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            ScheduledOccurrence occurrence = shown.get(i);
            var answers = listing.answers(occurrence);
            int n = i + 1;
            text.append('\n').append(prompts.render(locale, "schedule.line", Map.of(
                    "n", n,
                    "time", LocalTimes.moment(occurrence.occurrence().start(), zone, locale),
                    "title", cut(occurrence.session().title(), LINE_TITLE_LENGTH),
                    "course", cut(occurrence.course().title(), LINE_TITLE_LENGTH),
                    "state", occurrence.added() ? "added" : occurrence.moved() ? "moved" : "planned",
                    "live", answers.live(), "replay", answers.replay(), "cant", answers.cant())));
            String digest = digest(occurrence);
            rows.add(List.of(
                    new Button(prompts.render(locale, "schedule.button.move", Map.of("n", n)), BUTTON_AREA + ":mv:" + digest),
                    new Button(prompts.render(locale, "schedule.button.cancel", Map.of("n", n)), BUTTON_AREA + ":cx:" + digest)));
        }
        if (shown.isEmpty()) {
            text.append('\n').append(prompts.render(locale, coming.isEmpty() ? "schedule.nothing_coming" : "schedule.nothing_in_window"));
        }
        int moreInWindow = inWindow.size() - shown.size();
        if (moreInWindow > 0) {
            text.append('\n').append(prompts.render(locale, "schedule.more_in_window", Map.of("count", moreInWindow)));
        } else if (next.isPresent()) {
            text.append('\n').append(prompts.render(locale, "schedule.more_later"));
        }
        if (!shown.isEmpty()) {
            text.append("\n\n").append(prompts.render(locale, "schedule.hint"));
        }
        next.ifPresent(first -> rows.add(List.of(new Button(prompts.render(locale, "schedule.button.later"),
                BUTTON_AREA + ":pg:" + first.occurrence().start().getEpochSecond()))));
        rows.add(List.of(new Button(prompts.render(locale, "schedule.button.add"), BUTTON_AREA + ":ad")));
        return new Reply(turn.chatId(), text.toString(), new Keyboard.Inline(rows));
    }

    private List<Outbound> askNewTime(Turn turn, Inbound.ButtonPress press, ScheduledOccurrence occurrence) {
        var answer = new AnswerPress(press.callbackId(), "");
        ZoneId zone = zoneFor(turn, occurrence.course());
        if (!occurrence.occurrence().start().isAfter(clock.instant())) {
            leave(turn);
            return List.of(answer, Reply.of(turn.chatId(), describe(turn, new OccurrenceChangeOutcome.AlreadyStarted(occurrence),
                    zone, Optional.empty(), occurrence.session().title())));
        }
        states.save(new ConversationState(turn.chatId(), turn.inbound().sender().userId(), FLOW, Step.AWAITING_TIME.name(),
                clock.instant(), MOVE + ":" + digest(occurrence)));
        return List.of(answer, Reply.of(turn.chatId(), prompts.render(turn.locale(), "schedule.move.ask", Map.of(
                "title", occurrence.session().title(),
                "course", occurrence.course().title(),
                "time", LocalTimes.moment(occurrence.occurrence().start(), zone, turn.locale()),
                "zone", LocalTimes.zone(zone)))));
    }

    private List<Outbound> typedMove(Turn turn, ScheduledOccurrence occurrence, String text) {
        ZoneId zone = zoneFor(turn, occurrence.course());
        TimeReading reading = read(turn, text, zone);
        if (reading instanceof TimeReading.NotUnderstood problem) {
            return List.of(Reply.of(turn.chatId(), problem(turn, problem, zone)));
        }
        var understood = (TimeReading.Understood) reading;
        var outcome = changing.move(turn.requireLearner().id(), occurrence.course().code(), occurrence.occurrence().id(), understood.at());
        return answerTyped(turn, outcome, zone, understood, occurrence.session().title());
    }

    private List<Outbound> pickSession(Turn turn, Inbound.ButtonPress press) {
        List<SessionOf> sessions = sessions(turn.requireLearner().id());
        if (sessions.isEmpty()) {
            return List.of(new AnswerPress(press.callbackId(), ""), Reply.of(turn.chatId(), prompts.render(turn.locale(), "schedule.no_sessions")));
        }
        if (sessions.size() == 1) {
            return askAddTime(turn, press, sessions.get(0));
        }
        List<List<Button>> rows = new ArrayList<>();
        for (SessionOf session : sessions.subList(0, Math.min(sessions.size(), MAX_SESSIONS_OFFERED))) {
            // Plain text: a label is not HTML, so the titles go in as they are, not through an (escaping) prompt.
            rows.add(List.of(new Button(cut(session.session().title() + " · " + session.course().title(), 40),
                    BUTTON_AREA + ":as:" + session.digest())));
        }
        return List.of(new AnswerPress(press.callbackId(), ""),
                new Reply(turn.chatId(), prompts.render(turn.locale(), "schedule.add.pick_session"), new Keyboard.Inline(rows)));
    }

    private List<Outbound> askAddTime(Turn turn, Inbound.ButtonPress press, SessionOf session) {
        ZoneId zone = zoneFor(turn, session.course());
        states.save(new ConversationState(turn.chatId(), turn.inbound().sender().userId(), FLOW, Step.AWAITING_TIME.name(),
                clock.instant(), ADD + ":" + session.digest()));
        return List.of(new AnswerPress(press.callbackId(), ""), Reply.of(turn.chatId(), prompts.render(turn.locale(), "schedule.add.ask", Map.of(
                "title", session.session().title(),
                "course", session.course().title(),
                "minutes", session.session().duration().toMinutes(),
                "zone", LocalTimes.zone(zone)))));
    }

    private List<Outbound> typedAdd(Turn turn, SessionOf session, String text) {
        ZoneId zone = zoneFor(turn, session.course());
        TimeReading reading = read(turn, text, zone);
        if (reading instanceof TimeReading.NotUnderstood problem) {
            return List.of(Reply.of(turn.chatId(), problem(turn, problem, zone)));
        }
        var understood = (TimeReading.Understood) reading;
        var outcome = changing.add(turn.requireLearner().id(), session.course().code(), session.session().id(), understood.at());
        return answerTyped(turn, outcome, zone, understood, session.session().title());
    }

    private List<Outbound> answerTyped(Turn turn, OccurrenceChangeOutcome outcome, ZoneId zone, TimeReading.Understood understood,
                                       String title) {
        boolean askAgain = outcome instanceof OccurrenceChangeOutcome.InThePast || outcome instanceof OccurrenceChangeOutcome.Overlaps
                || outcome instanceof OccurrenceChangeOutcome.DayTaken;
        if (!askAgain) {
            leave(turn);
        }
        var answer = new StringBuilder(describe(turn, outcome, zone, Optional.of(understood.at()), title));
        for (TimeNote note : understood.notes()) {
            answer.append('\n').append(prompts.render(turn.locale(), "time.note." + note.kind().key(),
                    LocalTimes.values(note.arguments(), zone, turn.locale())));
        }
        return List.of(Reply.of(turn.chatId(), answer.toString()));
    }

    private List<Outbound> askToCancel(Turn turn, Inbound.ButtonPress press, ScheduledOccurrence occurrence) {
        leave(turn);
        var answer = new AnswerPress(press.callbackId(), "");
        ZoneId zone = zoneFor(turn, occurrence.course());
        if (!occurrence.occurrence().start().isAfter(clock.instant())) {
            return List.of(answer, Reply.of(turn.chatId(), describe(turn, new OccurrenceChangeOutcome.AlreadyStarted(occurrence),
                    zone, Optional.empty(), occurrence.session().title())));
        }
        String digest = digest(occurrence);
        var locale = turn.locale();
        String text = prompts.render(locale, "schedule.cancel.ask", Map.of(
                "title", occurrence.session().title(),
                "course", occurrence.course().title(),
                "time", LocalTimes.moment(occurrence.occurrence().start(), zone, locale),
                "answered", listing.answers(occurrence).total()));
        return List.of(answer, new Reply(turn.chatId(), text, Keyboard.Inline.row(
                new Button(prompts.render(locale, "schedule.button.yes_cancel"), BUTTON_AREA + ":cy:" + digest),
                new Button(prompts.render(locale, "schedule.button.keep"), BUTTON_AREA + ":ck:" + digest))));
    }

    private List<Outbound> cancel(Turn turn, Inbound.ButtonPress press, ScheduledOccurrence occurrence) {
        leave(turn);
        var outcome = changing.cancel(turn.requireLearner().id(), occurrence.course().code(), occurrence.occurrence().id());
        return List.of(new AnswerPress(press.callbackId(), ""), clearButtons(press), Reply.of(turn.chatId(),
                describe(turn, outcome, zoneFor(turn, occurrence.course()), Optional.empty(), occurrence.session().title())));
    }

    private List<Outbound> keep(Turn turn, Inbound.ButtonPress press, ScheduledOccurrence occurrence) {
        leave(turn);
        ZoneId zone = zoneFor(turn, occurrence.course());
        return List.of(new AnswerPress(press.callbackId(), ""), clearButtons(press), Reply.of(turn.chatId(),
                prompts.render(turn.locale(), "schedule.kept", Map.of("title", occurrence.session().title(),
                        "time", LocalTimes.moment(occurrence.occurrence().start(), zone, turn.locale())))));
    }

    /** The creator-facing words for what came of a move, a cancellation or an addition. */
    String describe(Turn turn, OccurrenceChangeOutcome outcome, ZoneId zone, Optional<Instant> attempted, String title) {
        var locale = turn.locale();
        if (outcome instanceof OccurrenceChangeOutcome.Changed changed) {
            var before = changed.before();
            String from = LocalTimes.moment(before.occurrence().start(), zone, locale);
            if (changed.after().isEmpty()) {
                return prompts.render(locale, "schedule.cancelled", Map.of("title", before.session().title(), "time", from,
                        "notified", changed.notified()));
            }
            if (changed.after().get().equals(before.occurrence().start())) {
                return prompts.render(locale, "schedule.unchanged", Map.of("title", before.session().title(), "time", from));
            }
            return prompts.render(locale, "schedule.moved", Map.of("title", before.session().title(), "from", from,
                    "to", LocalTimes.moment(changed.after().get(), zone, locale), "notified", changed.notified()));
        }
        if (outcome instanceof OccurrenceChangeOutcome.Added added) {
            return prompts.render(locale, "schedule.added", Map.of("title", added.occurrence().session().title(),
                    "course", added.occurrence().course().title(),
                    "time", LocalTimes.moment(added.occurrence().occurrence().start(), zone, locale)));
        }
        if (outcome instanceof OccurrenceChangeOutcome.InThePast past) {
            return prompts.render(locale, "schedule.in_the_past", Map.of("at", LocalTimes.moment(past.start(), zone, locale)));
        }
        if (outcome instanceof OccurrenceChangeOutcome.Overlaps overlaps) {
            var other = overlaps.other().occurrence();
            return prompts.render(locale, "schedule.overlaps", Map.of(
                    "at", attempted.map(at -> LocalTimes.moment(at, zone, locale)).orElse(""),
                    "other", overlaps.other().session().title(),
                    "otherTime", LocalTimes.moment(other.start(), zone, locale) + "–" + LocalTimes.clock(other.end().atZone(zone))));
        }
        if (outcome instanceof OccurrenceChangeOutcome.DayTaken taken) {
            Object day = LocalTimes.value(taken.day(), zone, locale);
            return taken.standing()
                    .map(standing -> prompts.render(locale, "schedule.day_taken", Map.of("title", title, "day", day,
                            "time", LocalTimes.moment(standing.occurrence().start(), zone, locale))))
                    .orElseGet(() -> prompts.render(locale, "schedule.day_cancelled", Map.of("title", title, "day", day)));
        }
        if (outcome instanceof OccurrenceChangeOutcome.AlreadyStarted started) {
            return prompts.render(locale, "schedule.already_started", Map.of("title", started.occurrence().session().title(),
                    "time", LocalTimes.moment(started.occurrence().occurrence().start(), zone, locale)));
        }
        if (outcome instanceof OccurrenceChangeOutcome.NotTheCreator) {
            return prompts.render(locale, "schedule.not_the_creator");
        }
        return prompts.render(locale, "schedule.gone");
    }

    /** A typed time in {@code zone}, from now up to {@link #HORIZON} ahead. */
    private TimeReading read(Turn turn, String text, ZoneId zone) {
        Instant now = clock.instant();
        return timeInput.read(text, turn.locale(), zone, now, new BookingBounds(now, now.plus(HORIZON)));
    }

    private String problem(Turn turn, TimeReading.NotUnderstood problem, ZoneId zone) {
        if (problem.problem() == TimeProblem.AFTER_DEADLINE || problem.problem() == TimeProblem.TOO_FAR) {
            // The bounds end at the horizon, not at a deadline.
            return prompts.render(turn.locale(), "schedule.too_far", Map.of("days", HORIZON.toDays()));
        }
        return prompts.render(turn.locale(), "time.problem." + problem.problem().key(),
                LocalTimes.values(problem.arguments(), zone, turn.locale()));
    }

    /** A session of one of the creator's courses. */
    private record SessionOf(Course course, Session session) {

        String digest() {
            return ScheduleConversation.digest("s|" + course.code().value() + "|" + session.id());
        }
    }

    private List<SessionOf> sessions(LearnerId creator) {
        List<SessionOf> all = new ArrayList<>();
        for (Course course : listing.courses(creator)) {
            course.sessions().forEach(session -> all.add(new SessionOf(course, session)));
        }
        return all;
    }

    private Optional<SessionOf> findSession(LearnerId creator, String digest) {
        return sessions(creator).stream().filter(session -> session.digest().equals(digest)).findFirst();
    }

    /** Among every occurrence of the creator's courses, past ones too, so that a late press says it started. */
    private Optional<ScheduledOccurrence> findOccurrence(LearnerId creator, String digest) {
        Map<String, ScheduledOccurrence> byDigest = new HashMap<>();
        for (ScheduledOccurrence occurrence : listing.occurrences(creator)) {
            byDigest.putIfAbsent(digest(occurrence), occurrence);
        }
        return Optional.ofNullable(byDigest.get(digest));
    }

    static String digest(ScheduledOccurrence occurrence) {
        return digest("o|" + occurrence.course().code().value() + "|" + occurrence.occurrence().id());
    }

    /** Eight URL-safe characters (48 bits of SHA-256): unique among one creator's occurrences and sessions. */
    private static String digest(String key) {
        return Button.digest(key);
    }

    /** The creator's time zone, or the course's when they have none. */
    private static ZoneId zoneFor(Turn turn, Course course) {
        return turn.learner().flatMap(Learner::timeZone).orElse(course.zone());
    }

    private void leave(Turn turn) {
        states.find(turn.chatId(), turn.inbound().sender().userId())
                .filter(state -> state.flow().equals(FLOW))
                .ifPresent(state -> states.clear(turn.chatId(), turn.inbound().sender().userId()));
    }

    private List<Outbound> expired(Turn turn, Inbound.ButtonPress press) {
        return List.of(new AnswerPress(press.callbackId(), prompts.render(turn.locale(), "button.expired")));
    }

    private static EditButtons clearButtons(Inbound.ButtonPress press) {
        return new EditButtons(press.chatId(), press.messageId(), new Keyboard.Inline(List.of()));
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
