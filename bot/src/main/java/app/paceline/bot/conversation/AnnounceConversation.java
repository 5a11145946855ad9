package app.paceline.bot.conversation;

import app.paceline.announce.AnnouncementInput;
import app.paceline.announce.Announcing;
import app.paceline.announce.Announcement;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Button;
import app.paceline.bot.outbound.Keyboard;
import app.paceline.bot.outbound.Outbound;
import app.paceline.bot.outbound.Outbound.AnswerPress;
import app.paceline.bot.outbound.Outbound.Reply;
import app.paceline.bot.render.AnnouncementTexts;
import app.paceline.bot.render.LocalTimes;
import app.paceline.course.Course;
import app.paceline.course.CourseCode;
import app.paceline.course.CourseGroups;
import app.paceline.course.Courses;
import app.paceline.learner.LearnerId;
import app.paceline.prompts.Prompts;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

/**
 * A course creator makes one announcement for their course's group in private, step by step (see
 * {@code announce.mmd}): pick the course (when several have a group) → send the text → now, at a time, or every week
 * (a typed time or weekday and time, in the course's zone) → confirm: post, post and pin, or don't. The confirmation
 * checks again that the presser created the course, that it still has a group, and that Telegram lists them as an
 * admin of that group now. Bad text or times are explained and asked again, changing nothing; {@code /cancel} leaves.
 */
public final class AnnounceConversation implements Conversation {

    public static final String FLOW = "announce";
    public static final String AREA = "anf";
    static final String PICK = AREA + ":c:";
    static final String NOW = AREA + ":now";
    static final String AT = AREA + ":at";
    static final String EVERY = AREA + ":every";
    static final String POST = AREA + ":ok:n";
    static final String POST_PINNED = AREA + ":ok:p";
    static final String STOP = AREA + ":stop";
    /** Courses offered as buttons at most. */
    static final int MAX_COURSES = 20;

    /** The states of this flow; the context is {@code <course code>\n<when>\n<text>}, with {@code -} for what is not known yet. */
    enum Step {
        AWAITING_TEXT,
        AWAITING_WHEN,
        AWAITING_TIME,
        AWAITING_WEEKLY,
        CONFIRMING
    }

    private record Draft(CourseCode course, String when, String text) {

        String context() {
            return course.value() + "\n" + when + "\n" + text;
        }

        static Optional<Draft> of(String context) {
            String[] parts = context.split("\n", 3);
            if (parts.length < 3) {
                return Optional.empty();
            }
            return CourseCode.parse(parts[0]).map(code -> new Draft(code, parts[1], parts[2]));
        }

        Draft when(String newWhen) {
            return new Draft(course, newWhen, text);
        }
    }

    private final Courses courses;
    private final CourseGroups groups;
    /** Whether Telegram lists the user (second) as an admin of the group (first) now: the bot's group admin check. */
    private final BiPredicate<Long, Long> admins;
    private final AnnouncementInput input;
    private final Announcing announcing;
    private final AnnouncementTexts texts;
    private final ConversationStates states;
    private final Prompts prompts;
    private final Clock clock;
    private final Supplier<String> botUsername;

    public AnnounceConversation(Courses courses, CourseGroups groups, BiPredicate<Long, Long> admins, AnnouncementInput input,
                                Announcing announcing, AnnouncementTexts texts, ConversationStates states, Prompts prompts,
                                Clock clock, Supplier<String> botUsername) {
        this.courses = courses;
        this.groups = groups;
        this.admins = admins;
        this.input = input;
        this.announcing = announcing;
        this.texts = texts;
        this.states = states;
        this.prompts = prompts;
        this.clock = clock;
        this.botUsername = botUsername;
    }

    @Override
    public String flow() {
        return FLOW;
    }

    @Override
    public String buttonArea() {
        return AREA;
    }

    /** {@code /announce} in private: the course to post for, or how to get a course group first. */
    public List<Outbound> start(Turn turn) {
        Locale locale = turn.locale();
        List<Course> withGroups = coursesWithGroups(turn.requireLearner().id());
        if (withGroups.isEmpty()) {
            return List.of(Reply.of(turn.chatId(), prompts.render(locale, "announce.no_groups", Map.of("bot", botUsername.get()))));
        }
        Reply intro = Reply.of(turn.chatId(), prompts.render(locale, "announce.in_private"));
        if (withGroups.size() == 1) {
            return List.of(intro, askText(turn, withGroups.get(0)));
        }
        states.clear(turn.chatId(), turn.inbound().sender().userId());
        List<List<Button>> rows = new ArrayList<>();
        for (Course course : withGroups.subList(0, Math.min(withGroups.size(), MAX_COURSES))) {
            // Plain text: a label is not HTML, so the title goes in as it is.
            String title = course.title().length() <= 40 ? course.title() : course.title().substring(0, 39) + "…";
            rows.add(List.of(new Button(title, PICK + Button.digest(course.code().value()))));
        }
        return List.of(intro, new Reply(turn.chatId(), prompts.render(locale, "announce.flow.pick_course"), new Keyboard.Inline(rows)));
    }

    @Override
    public List<Outbound> onButton(Turn turn, Inbound.ButtonPress press) {
        String data = press.data();
        long user = press.sender().userId();
        if (data.startsWith(PICK)) {
            String digest = data.substring(PICK.length());
            Optional<Course> course = coursesWithGroups(turn.requireLearner().id()).stream()
                    .filter(c -> Button.digest(c.code().value()).equals(digest)).findFirst();
            if (course.isEmpty()) {
                return expired(turn, press);
            }
            return List.of(new AnswerPress(press.callbackId(), ""), askText(turn, course.get()));
        }
        Optional<ConversationState> state = states.find(turn.chatId(), user).filter(s -> s.flow().equals(FLOW));
        Optional<Draft> draft = state.flatMap(s -> Draft.of(s.context()));
        if (draft.isEmpty()) {
            return expired(turn, press);
        }
        String step = state.get().step();
        Optional<Course> course = courses.find(draft.get().course());
        if (course.isEmpty()) {
            states.clear(turn.chatId(), user);
            return expired(turn, press);
        }
        Locale locale = turn.locale();
        boolean choosingWhen = step.equals(Step.AWAITING_WHEN.name()) || step.equals(Step.AWAITING_TIME.name())
                || step.equals(Step.AWAITING_WEEKLY.name()) || step.equals(Step.CONFIRMING.name());
        if (data.equals(NOW) && choosingWhen) {
            return List.of(new AnswerPress(press.callbackId(), ""), confirm(turn, course.get(), draft.get().when("now")));
        }
        if (data.equals(AT) && choosingWhen) {
            save(turn, Step.AWAITING_TIME, draft.get().when("-"));
            return List.of(new AnswerPress(press.callbackId(), ""), Reply.of(turn.chatId(), prompts.render(locale, "announce.flow.ask_time",
                    Map.of("zone", LocalTimes.zone(course.get().zone())))));
        }
        if (data.equals(EVERY) && choosingWhen) {
            save(turn, Step.AWAITING_WEEKLY, draft.get().when("-"));
            return List.of(new AnswerPress(press.callbackId(), ""), Reply.of(turn.chatId(), prompts.render(locale, "announce.flow.ask_weekly",
                    Map.of("zone", LocalTimes.zone(course.get().zone())))));
        }
        if (data.equals(STOP)) {
            states.clear(turn.chatId(), user);
            return List.of(new AnswerPress(press.callbackId(), ""), Reply.of(turn.chatId(), prompts.render(locale, "announce.flow.stopped")));
        }
        if ((data.equals(POST) || data.equals(POST_PINNED)) && step.equals(Step.CONFIRMING.name())) {
            return post(turn, press, course.get(), draft.get(), data.equals(POST_PINNED));
        }
        return expired(turn, press);
    }

    @Override
    public List<Outbound> onText(Turn turn, ConversationState state, String text) {
        Optional<Draft> draft = Draft.of(state.context());
        Optional<Course> course = draft.flatMap(d -> courses.find(d.course()));
        if (course.isEmpty()) {
            states.clear(turn.chatId(), state.userId());
            return List.of(Reply.of(turn.chatId(), prompts.render(turn.locale(), "announce.flow.stopped")));
        }
        Locale locale = turn.locale();
        Instant now = clock.instant();
        String step = state.step();
        if (step.equals(Step.AWAITING_TEXT.name())) {
            Optional<Announcing.Outcome> bad = Announcing.checkText(text);
            if (bad.isPresent()) {
                return List.of(Reply.of(turn.chatId(), texts.problem(bad.get(), course.get().zone(), locale)));
            }
            save(turn, Step.AWAITING_WHEN, new Draft(course.get().code(), "-", text.strip()));
            return List.of(askWhen(turn));
        }
        if (step.equals(Step.AWAITING_TIME.name()) || step.equals(Step.AWAITING_WEEKLY.name())) {
            boolean weekly = step.equals(Step.AWAITING_WEEKLY.name());
            AnnouncementInput.Reading reading = weekly
                    ? input.weekly(text, locale, course.get().zone(), now)
                    : input.once(text, locale, course.get().zone(), now);
            if (reading instanceof AnnouncementInput.BadTime bad) {
                return List.of(Reply.of(turn.chatId(), texts.badTime(bad, course.get().zone(), locale)));
            }
            if (!(reading instanceof AnnouncementInput.Understood understood)) {
                return List.of(Reply.of(turn.chatId(), prompts.render(locale, weekly ? "announce.flow.ask_weekly" : "announce.flow.ask_time",
                        Map.of("zone", LocalTimes.zone(course.get().zone())))));
            }
            return List.of(confirm(turn, course.get(), draft.get().when(encode(understood.when()))));
        }
        // Waiting for a button: show the question again.
        if (step.equals(Step.CONFIRMING.name())) {
            return List.of(confirm(turn, course.get(), draft.get()));
        }
        return List.of(askWhen(turn));
    }

    private Reply askText(Turn turn, Course course) {
        save(turn, Step.AWAITING_TEXT, new Draft(course.code(), "-", "-"));
        return Reply.of(turn.chatId(), prompts.render(turn.locale(), "announce.flow.ask_text",
                Map.of("course", course.title(), "limit", Announcement.MAX_TEXT)));
    }

    private Reply askWhen(Turn turn) {
        Locale locale = turn.locale();
        return new Reply(turn.chatId(), prompts.render(locale, "announce.flow.ask_when"), Keyboard.Inline.row(
                new Button(prompts.renderPlain(locale, "announce.button.now"), NOW),
                new Button(prompts.renderPlain(locale, "announce.button.at"), AT),
                new Button(prompts.renderPlain(locale, "announce.button.every"), EVERY)));
    }

    private Reply confirm(Turn turn, Course course, Draft draft) {
        save(turn, Step.CONFIRMING, draft);
        Locale locale = turn.locale();
        Announcing.When when = decode(draft.when(), course);
        String question;
        if (when instanceof Announcing.Now) {
            question = prompts.render(locale, "announce.flow.confirm_now", Map.of("course", course.title()));
        } else {
            Instant first = firstPost(when, course);
            question = prompts.render(locale, "announce.flow.confirm", Map.of("course", course.title(),
                    "when", texts.when(when, first, course.zone(), locale)));
        }
        return new Reply(turn.chatId(), question + "\n\n" + AnnouncementTexts.preview(draft.text()), new Keyboard.Inline(List.of(
                List.of(new Button(prompts.renderPlain(locale, "announce.button.post"), POST),
                        new Button(prompts.renderPlain(locale, "announce.button.post_pinned"), POST_PINNED)),
                List.of(new Button(prompts.renderPlain(locale, "announce.button.stop"), STOP)))));
    }

    private List<Outbound> post(Turn turn, Inbound.ButtonPress press, Course course, Draft draft, boolean pinned) {
        Locale locale = turn.locale();
        long user = press.sender().userId();
        states.clear(turn.chatId(), user);
        AnswerPress answer = new AnswerPress(press.callbackId(), "");
        Optional<Long> group = groups.groupOf(course.code());
        if (!course.isEditableBy(new LearnerId(user)) || group.isEmpty() || !admins.test(group.get(), user)) {
            return List.of(answer, Reply.of(turn.chatId(), prompts.render(locale, "announce.flow.not_allowed")));
        }
        Announcing.When when = decode(draft.when(), course);
        var outcome = announcing.announce(new Announcing.Request(course.code(), group.get(), draft.text(), pinned, when, user));
        if (outcome instanceof Announcing.Outcome.Planned && when instanceof Announcing.Now) {
            return List.of(answer, Reply.of(turn.chatId(), prompts.render(locale, "announce.sent",
                    Map.of("course", course.title(), "pinned", pinned ? "yes" : "no"))));
        }
        return List.of(answer, Reply.of(turn.chatId(), texts.outcome(outcome, when, course.zone(), locale, List.of())));
    }

    private List<Course> coursesWithGroups(LearnerId user) {
        return courses.runBy(user).stream().filter(c -> groups.groupOf(c.code()).isPresent()).toList();
    }

    private void save(Turn turn, Step step, Draft draft) {
        states.save(new ConversationState(turn.chatId(), turn.inbound().sender().userId(), FLOW, step.name(), clock.instant(),
                draft.context()));
    }

    private List<Outbound> expired(Turn turn, Inbound.ButtonPress press) {
        return List.of(new AnswerPress(press.callbackId(), prompts.renderPlain(turn.locale(), "button.expired")));
    }

    private Instant firstPost(Announcing.When when, Course course) {
        if (when instanceof Announcing.At at) {
            return at.at();
        }
        Announcing.Every every = (Announcing.Every) when;
        return new app.paceline.announce.AnnouncementSchedule.Weekly(every.day(), every.time(), every.zone())
                .firstAtOrAfter(clock.instant()).orElseThrow();
    }

    static String encode(Announcing.When when) {
        if (when instanceof Announcing.At at) {
            return "at:" + at.at().getEpochSecond();
        }
        if (when instanceof Announcing.Every every) {
            return "every:" + every.day().name() + ":" + every.time();
        }
        return "now";
    }

    /** What {@link #encode} wrote; weekly times in the course's zone. Anything else is "now" only if it says so. */
    private static Announcing.When decode(String when, Course course) {
        String[] parts = when.split(":", 2);
        if (parts[0].equals("at") && parts.length == 2) {
            return new Announcing.At(Instant.ofEpochSecond(Long.parseLong(parts[1])));
        }
        if (parts[0].equals("every") && parts.length == 2) {
            String[] dayTime = parts[1].split(":", 2);
            return new Announcing.Every(DayOfWeek.valueOf(dayTime[0]), LocalTime.parse(dayTime[1]), course.zone());
        }
        return new Announcing.Now();
    }
}
