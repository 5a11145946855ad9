package app.paceline.bot.conversation;

import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Button;
import app.paceline.bot.outbound.Keyboard;
import app.paceline.bot.outbound.Outbound;
import app.paceline.bot.outbound.Outbound.AnswerPress;
import app.paceline.bot.outbound.Outbound.EditButtons;
import app.paceline.bot.outbound.Outbound.Reply;
import app.paceline.bot.render.BroadcastButtons;
import app.paceline.bot.render.BroadcastTexts;
import app.paceline.broadcast.BroadcastOutcome;
import app.paceline.broadcast.CourseAudience;
import app.paceline.broadcast.SendingBroadcasts;
import app.paceline.broadcast.StopOutcome;
import app.paceline.course.CourseCode;
import app.paceline.learner.LearnerId;
import app.paceline.prompts.Prompts;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A creator's broadcast in chat (see {@code broadcast.mmd}): {@code /broadcast} picks the course (by button when they
 * have several, or {@code /broadcast <code>}), {@link Step#AWAITING_TEXT} takes the text, {@link Step#CONFIRMING} shows
 * it exactly as learners will get it with <b>Send</b> and <b>Cancel</b> (another text replaces the draft). Bad input is
 * explained and asked again, changing nothing; {@code /cancel} leaves at any step.
 *
 * <p>Every press is checked again: a course button is resolved among the presser's own courses; Send and Cancel must
 * carry the nonce of the presser's own draft in this chat (a replayed or old preview finds none); Stop, under the
 * progress message, must come from someone who may edit the broadcast's course. Anything else gets "This button is no
 * longer active." and learns nothing.
 */
public final class BroadcastConversation implements Conversation {

    /** The flow's name in {@link ConversationState#flow()}. */
    public static final String FLOW = "broadcast";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The states of this flow. */
    enum Step {
        /** Several courses were offered as buttons. Context: empty. */
        CHOOSING_COURSE,
        /** Context: the course code. */
        AWAITING_TEXT,
        /** Context: {@code <course code> <nonce>}, a line break, then the draft's text. */
        CONFIRMING
    }

    private final SendingBroadcasts sending;
    private final BroadcastTexts texts;
    private final ConversationStates states;
    private final Prompts prompts;
    private final Clock clock;

    public BroadcastConversation(SendingBroadcasts sending, BroadcastTexts texts, ConversationStates states, Prompts prompts,
                                 Clock clock) {
        this.sending = sending;
        this.texts = texts;
        this.states = states;
        this.prompts = prompts;
        this.clock = clock;
    }

    @Override
    public String flow() {
        return FLOW;
    }

    @Override
    public String buttonArea() {
        return BroadcastButtons.AREA;
    }

    /** {@code /broadcast [code]}: the course asked for, the only one, or a choice among the user's courses. */
    public List<Outbound> begin(Turn turn, String argument) {
        LearnerId user = turn.requireLearner().id();
        Locale locale = turn.locale();
        if (!argument.isBlank()) {
            Optional<CourseAudience> course = CourseCode.parse(argument.strip()).flatMap(code -> sending.course(user, code));
            if (course.isEmpty()) {
                return say(turn, prompts.render(locale, "broadcast.unknown_course", Map.of("code", argument.strip())));
            }
            return askForText(turn, course.get());
        }
        List<CourseAudience> courses = sending.courses(user);
        if (courses.isEmpty()) {
            return say(turn, prompts.render(locale, "broadcast.no_courses"));
        }
        if (courses.size() == 1) {
            return askForText(turn, courses.get(0));
        }
        List<List<Button>> rows = new ArrayList<>();
        for (CourseAudience course : courses) {
            rows.add(List.of(new Button(prompts.renderPlain(locale, "broadcast.course_button", Map.of(
                    "course", course.course().title(), "learners", course.learners())),
                    BroadcastButtons.data(BroadcastButtons.COURSE, BroadcastButtons.digest(course.course().code())))));
        }
        save(turn, Step.CHOOSING_COURSE, "");
        return List.of(new Reply(turn.chatId(), prompts.render(locale, "broadcast.choose_course"), new Keyboard.Inline(rows)));
    }

    @Override
    public List<Outbound> onButton(Turn turn, Inbound.ButtonPress press) {
        String[] parts = press.data().split(":");
        if (parts.length != 3) {
            return List.of(expired(turn, press));
        }
        return switch (parts[1]) {
            case BroadcastButtons.COURSE -> chooseCourse(turn, press, parts[2]);
            case BroadcastButtons.SEND -> send(turn, press, parts[2]);
            case BroadcastButtons.CANCEL -> cancel(turn, press, parts[2]);
            case BroadcastButtons.STOP -> stop(turn, press, parts[2]);
            default -> List.of(expired(turn, press));
        };
    }

    @Override
    public List<Outbound> onText(Turn turn, ConversationState state, String text) {
        Locale locale = turn.locale();
        Optional<Step> step = step(state);
        if (step.isEmpty()) {
            clear(turn);
            return begin(turn, "");
        }
        if (step.get() == Step.CHOOSING_COURSE) {
            return say(turn, prompts.render(locale, "broadcast.choose_first"));
        }
        Optional<CourseCode> code = CourseCode.parse(state.context().split("[ \n]", 2)[0]);
        Optional<CourseAudience> course = code.flatMap(c -> sending.course(turn.requireLearner().id(), c));
        if (course.isEmpty()) {
            clear(turn);
            return say(turn, prompts.render(locale, "broadcast.not_allowed"));
        }
        Optional<BroadcastOutcome> bad = sending.checkText(text);
        if (bad.isPresent()) {
            return say(turn, problem(bad.get(), locale));
        }
        String draft = text.strip();
        String nonce = nonce();
        save(turn, Step.CONFIRMING, course.get().course().code().value() + " " + nonce + "\n" + draft);
        int learners = course.get().learners();
        Keyboard.Inline buttons = Keyboard.Inline.row(
                new Button(prompts.renderPlain(locale, "broadcast.button.send", Map.of("learners", learners)),
                        BroadcastButtons.data(BroadcastButtons.SEND, nonce)),
                new Button(prompts.renderPlain(locale, "broadcast.button.cancel"), BroadcastButtons.data(BroadcastButtons.CANCEL, nonce)));
        return List.of(new Reply(turn.chatId(), texts.preview(course.get().course().title(), learners, draft, locale), buttons));
    }

    private List<Outbound> chooseCourse(Turn turn, Inbound.ButtonPress press, String digest) {
        Optional<CourseAudience> course = sending.courses(turn.requireLearner().id()).stream()
                .filter(c -> BroadcastButtons.digest(c.course().code()).equals(digest))
                .findFirst();
        if (course.isEmpty()) {
            return List.of(expired(turn, press));
        }
        List<Outbound> answer = new ArrayList<>();
        answer.add(new AnswerPress(press.callbackId(), ""));
        answer.addAll(askForText(turn, course.get()));
        return answer;
    }

    private List<Outbound> askForText(Turn turn, CourseAudience course) {
        Locale locale = turn.locale();
        String title = course.course().title();
        if (course.learners() == 0) {
            clear(turn);
            return say(turn, prompts.render(locale, "broadcast.no_learners", Map.of("course", title)));
        }
        save(turn, Step.AWAITING_TEXT, course.course().code().value());
        return say(turn, prompts.render(locale, "broadcast.ask_text", Map.of(
                "course", title, "learners", course.learners(), "max", SendingBroadcasts.MAX_TEXT)));
    }

    /** The draft behind a Send or Cancel press: only the presser's own, in this chat, shown with this nonce. */
    private Optional<Draft> draft(Turn turn, String nonce) {
        return states.find(turn.chatId(), turn.inbound().sender().userId())
                .filter(state -> FLOW.equals(state.flow()) && Step.CONFIRMING.name().equals(state.step()))
                .flatMap(state -> {
                    String[] headAndText = state.context().split("\n", 2);
                    String[] head = headAndText[0].split(" ");
                    if (headAndText.length != 2 || head.length != 2 || !head[1].equals(nonce)) {
                        return Optional.empty();
                    }
                    return CourseCode.parse(head[0]).map(code -> new Draft(code, headAndText[1]));
                });
    }

    private record Draft(CourseCode course, String text) {
    }

    private List<Outbound> send(Turn turn, Inbound.ButtonPress press, String nonce) {
        Optional<Draft> draft = draft(turn, nonce);
        if (draft.isEmpty()) {
            return List.of(expired(turn, press));
        }
        Locale locale = turn.locale();
        BroadcastOutcome outcome = sending.send(turn.requireLearner().id(), draft.get().course(), draft.get().text());
        clear(turn);
        EditButtons noButtons = new EditButtons(press.chatId(), press.messageId(), new Keyboard.Inline(List.of()));
        if (outcome instanceof BroadcastOutcome.Started) {
            return List.of(new AnswerPress(press.callbackId(), prompts.renderPlain(locale, "broadcast.sending")), noButtons);
        }
        return List.of(new AnswerPress(press.callbackId(), ""), noButtons, Reply.of(turn.chatId(), problem(outcome, locale)));
    }

    private List<Outbound> cancel(Turn turn, Inbound.ButtonPress press, String nonce) {
        if (draft(turn, nonce).isEmpty()) {
            return List.of(expired(turn, press));
        }
        clear(turn);
        return List.of(new AnswerPress(press.callbackId(), ""),
                new EditButtons(press.chatId(), press.messageId(), new Keyboard.Inline(List.of())),
                Reply.of(turn.chatId(), prompts.render(turn.locale(), "broadcast.cancelled")));
    }

    private List<Outbound> stop(Turn turn, Inbound.ButtonPress press, String id) {
        StopOutcome outcome = sending.stop(turn.requireLearner().id(), id);
        Locale locale = turn.locale();
        if (outcome instanceof StopOutcome.Stopped stopped) {
            return List.of(new AnswerPress(press.callbackId(), prompts.renderPlain(locale, "broadcast.stopping",
                            Map.of("count", stopped.withdrawn()))),
                    new EditButtons(press.chatId(), press.messageId(), new Keyboard.Inline(List.of())));
        }
        if (outcome instanceof StopOutcome.AlreadyOver) {
            return List.of(new AnswerPress(press.callbackId(), prompts.renderPlain(locale, "broadcast.already_over")));
        }
        return List.of(expired(turn, press));
    }

    private String problem(BroadcastOutcome outcome, Locale locale) {
        if (outcome instanceof BroadcastOutcome.Empty) {
            return prompts.render(locale, "broadcast.empty");
        }
        if (outcome instanceof BroadcastOutcome.TooLong tooLong) {
            return prompts.render(locale, "broadcast.too_long", Map.of("length", tooLong.length(), "max", tooLong.max()));
        }
        if (outcome instanceof BroadcastOutcome.NoLearners) {
            return prompts.render(locale, "broadcast.no_learners_now");
        }
        if (outcome instanceof BroadcastOutcome.AlreadyRunning running) {
            return prompts.render(locale, "broadcast.already_running", Map.of("course", running.running().courseTitle()));
        }
        return prompts.render(locale, "broadcast.not_allowed");
    }

    private static Optional<Step> step(ConversationState state) {
        try {
            return Optional.of(Step.valueOf(state.step()));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // stored by another version of this flow
        }
    }

    private void save(Turn turn, Step step, String context) {
        states.save(new ConversationState(turn.chatId(), turn.inbound().sender().userId(), FLOW, step.name(), clock.instant(), context));
    }

    private void clear(Turn turn) {
        states.clear(turn.chatId(), turn.inbound().sender().userId());
    }

    private static List<Outbound> say(Turn turn, String html) {
        return List.of(Reply.of(turn.chatId(), html));
    }

    private AnswerPress expired(Turn turn, Inbound.ButtonPress press) {
        return new AnswerPress(press.callbackId(), prompts.render(turn.locale(), "button.expired"));
    }

    private static String nonce() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
