package app.paceline.bot.conversation;

import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Keyboard;
import app.paceline.bot.outbound.Outbound;
import app.paceline.bot.outbound.Outbound.AnswerPress;
import app.paceline.bot.outbound.Outbound.EditButtons;
import app.paceline.bot.outbound.Outbound.Reply;
import app.paceline.bot.render.ChallengeButtons;
import app.paceline.bot.render.ChallengeTexts;
import app.paceline.bot.render.DeliveryTexts;
import app.paceline.bot.render.LocalTimes;
import app.paceline.challenge.ChallengeOutcome;
import app.paceline.challenge.ChallengeStanding;
import app.paceline.challenge.ListingChallenges;
import app.paceline.challenge.TakingPart;
import app.paceline.course.CourseCode;
import app.paceline.learner.LearnerId;
import app.paceline.prompts.Prompts;
import app.paceline.time.ClockTimeInput;
import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A learner's challenges in chat (see {@code challenge.mmd}). Buttons under a day: <b>Done</b> marks it done (late
 * counts), <b>Answer</b> asks for the answer to its question, {@link Step#AWAITING_ANSWER}, stored with the day
 * marked done. Buttons under {@code /challenge}: pause, resume, leave, show one's name on the group board, and
 * <b>Release time</b>, which asks for a clock time, {@link Step#AWAITING_TIME}. A day's button in a list opens it.
 * Every press is resolved again among the presser's own challenges, so old or forged buttons change nothing; text
 * that is not understood is explained and asked again, changing nothing; {@code /cancel} leaves.
 */
public final class ChallengeConversation implements Conversation {

    public static final String FLOW = "challenge";
    /** Words that put the challenge's own release time back, in every language we read. */
    static final Set<String> DEFAULT_WORDS = Set.of("default", "reset", "по умолчанию", "сброс", "сбросить");

    /** The states of this flow. */
    enum Step {
        /** Context: {@code <course code> <challenge id> <day>}. */
        AWAITING_ANSWER,
        /** Context: {@code <course code> <challenge id>}. */
        AWAITING_TIME
    }

    private final ListingChallenges listing;
    private final TakingPart taking;
    private final ChallengeTexts texts;
    private final ConversationStates states;
    private final Prompts prompts;
    private final Clock clock;

    public ChallengeConversation(ListingChallenges listing, TakingPart taking, ChallengeTexts texts, ConversationStates states,
                                 Prompts prompts, Clock clock) {
        this.listing = listing;
        this.taking = taking;
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
        return ChallengeButtons.AREA;
    }

    @Override
    public List<Outbound> onButton(Turn turn, Inbound.ButtonPress press) {
        String[] parts = press.data().split(":");
        LearnerId learner = turn.requireLearner().id();
        Optional<ChallengeStanding> standing = parts.length < 3 ? Optional.empty() : listing.of(learner).stream()
                .filter(s -> ChallengeButtons.digest(s.course().code(), s.challenge().id()).equals(parts[2]))
                .findFirst();
        if (standing.isEmpty()) {
            return List.of(new AnswerPress(press.callbackId(), prompts.renderPlain(turn.locale(), "challenge.gone")));
        }
        ChallengeStanding found = standing.get();
        Optional<Integer> day = parts.length == 4 ? parseDay(parts[3]) : Optional.empty();
        String verb = parts[1];
        if (day.isPresent()) {
            switch (verb) {
                case ChallengeButtons.DONE:
                    return done(turn, press, found, day.get());
                case ChallengeButtons.ANSWER:
                    return askAnswer(turn, press, found, day.get());
                case ChallengeButtons.OPEN:
                    return open(turn, press, found, day.get());
                default:
                    break;
            }
        } else if (parts.length == 3) {
            switch (verb) {
                case ChallengeButtons.PAUSE:
                    return changed(turn, press, taking.pause(learner, found.course().code(), found.challenge().id()), "challenge.paused");
                case ChallengeButtons.RESUME:
                    return changed(turn, press, taking.resume(learner, found.course().code(), found.challenge().id()), "challenge.resumed");
                case ChallengeButtons.LEAVE:
                    return changed(turn, press, taking.leave(learner, found.course().code(), found.challenge().id()), "challenge.left");
                case ChallengeButtons.NAME:
                    boolean show = !found.enrollment().showName();
                    return changed(turn, press, taking.showName(learner, found.course().code(), found.challenge().id(), show),
                            show ? "challenge.name_shown" : "challenge.name_hidden");
                case ChallengeButtons.TIME:
                    return askTime(turn, press, found);
                default:
                    break;
            }
        }
        return List.of(new AnswerPress(press.callbackId(), prompts.renderPlain(turn.locale(), "challenge.gone")));
    }

    private static Optional<Integer> parseDay(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private List<Outbound> done(Turn turn, Inbound.ButtonPress press, ChallengeStanding standing, int day) {
        ChallengeOutcome outcome = taking.markDone(turn.requireLearner().id(), standing.course().code(), standing.challenge().id(),
                day, Optional.empty());
        Locale locale = turn.locale();
        if (outcome instanceof ChallengeOutcome.Changed changed) {
            ChallengeStanding now = changed.standing();
            String toast = prompts.renderPlain(locale, "challenge.done.toast", Map.of("day", day,
                    "done", now.progress().done(), "days", now.progress().days()));
            var replies = new java.util.ArrayList<Outbound>(List.of(new AnswerPress(press.callbackId(), toast),
                    new EditButtons(press.chatId(), press.messageId(), inline(texts.day(now, day, locale)))));
            if (now.progress().finished()) {
                replies.add(Reply.of(turn.chatId(), prompts.render(locale, "challenge.finished",
                        Map.of("challenge", now.challenge().title(), "days", now.progress().days()))));
            }
            return replies;
        }
        return List.of(new AnswerPress(press.callbackId(), refusal(locale, outcome)));
    }

    private List<Outbound> askAnswer(Turn turn, Inbound.ButtonPress press, ChallengeStanding standing, int day) {
        if (day < 1 || day > standing.progress().released() || standing.challenge().day(day).question().isEmpty()) {
            return List.of(new AnswerPress(press.callbackId(), prompts.renderPlain(turn.locale(), "challenge.not_released")));
        }
        if (standing.archived(clock.instant())) {
            return List.of(new AnswerPress(press.callbackId(), refusal(turn.locale(), new ChallengeOutcome.Archived(standing))));
        }
        states.save(new ConversationState(turn.chatId(), turn.inbound().sender().userId(), FLOW, Step.AWAITING_ANSWER.name(),
                clock.instant(), standing.course().code().value() + " " + standing.challenge().id() + " " + day));
        return List.of(new AnswerPress(press.callbackId(), ""), Reply.of(turn.chatId(), prompts.render(turn.locale(),
                "challenge.answer.ask", Map.of("day", day, "question", standing.challenge().day(day).question().get()))));
    }

    private List<Outbound> open(Turn turn, Inbound.ButtonPress press, ChallengeStanding standing, int day) {
        if (day < 1 || day > standing.progress().released()) {
            return List.of(new AnswerPress(press.callbackId(), prompts.renderPlain(turn.locale(), "challenge.not_released")));
        }
        DeliveryTexts.Message message = texts.day(standing, day, turn.locale());
        return List.of(new AnswerPress(press.callbackId(), ""), new Reply(turn.chatId(), message.html(), message.keyboard()));
    }

    private List<Outbound> askTime(Turn turn, Inbound.ButtonPress press, ChallengeStanding standing) {
        states.save(new ConversationState(turn.chatId(), turn.inbound().sender().userId(), FLOW, Step.AWAITING_TIME.name(),
                clock.instant(), standing.course().code().value() + " " + standing.challenge().id()));
        return List.of(new AnswerPress(press.callbackId(), ""), Reply.of(turn.chatId(), prompts.render(turn.locale(),
                "challenge.time.ask", Map.of("challenge", standing.challenge().title(),
                        "time", LocalTimes.value(standing.enrollment().releaseTimeIn(standing.challenge()), standing.zone(), turn.locale()),
                        "default", LocalTimes.value(standing.challenge().releaseTime(), standing.zone(), turn.locale())))));
    }

    private List<Outbound> changed(Turn turn, Inbound.ButtonPress press, ChallengeOutcome outcome, String key) {
        Locale locale = turn.locale();
        if (outcome instanceof ChallengeOutcome.Changed changed) {
            ChallengeStanding now = changed.standing();
            String html = switch (key) {
                case "challenge.resumed" -> now.nextRelease().isPresent()
                        ? prompts.render(locale, key, Map.of("time", LocalTimes.moment(now.nextRelease().get(), now.zone(), locale)))
                        : prompts.render(locale, "challenge.resumed_all_out");
                default -> prompts.render(locale, key, Map.of("challenge", now.challenge().title()));
            };
            return List.of(new AnswerPress(press.callbackId(), ""),
                    new EditButtons(press.chatId(), press.messageId(), new Keyboard.Inline(List.of())), Reply.of(turn.chatId(), html));
        }
        if (outcome instanceof ChallengeOutcome.Unchanged) {
            return List.of(new AnswerPress(press.callbackId(), prompts.renderPlain(locale, "challenge.unchanged")));
        }
        return List.of(new AnswerPress(press.callbackId(), refusal(locale, outcome)));
    }

    @Override
    public List<Outbound> onText(Turn turn, ConversationState state, String text) {
        String[] about = state.context().split(" ");
        Optional<CourseCode> course = about.length >= 2 ? CourseCode.parse(about[0]) : Optional.empty();
        long user = turn.inbound().sender().userId();
        if (course.isEmpty()) {
            states.clear(turn.chatId(), user);
            return List.of(Reply.of(turn.chatId(), prompts.render(turn.locale(), "challenge.gone")));
        }
        if (Step.AWAITING_ANSWER.name().equals(state.step()) && about.length == 3) {
            return answered(turn, course.get(), about[1], parseDay(about[2]).orElse(0), text);
        }
        if (Step.AWAITING_TIME.name().equals(state.step()) && about.length == 2) {
            return timeChosen(turn, course.get(), about[1], text);
        }
        // Stored by another version of this flow: start over.
        states.clear(turn.chatId(), user);
        return List.of(Reply.of(turn.chatId(), prompts.render(turn.locale(), "challenge.gone")));
    }

    private List<Outbound> answered(Turn turn, CourseCode course, String challenge, int day, String text) {
        if (text == null || text.isBlank()) {
            return List.of(Reply.of(turn.chatId(), prompts.render(turn.locale(), "challenge.answer.empty")));
        }
        ChallengeOutcome outcome = taking.markDone(turn.requireLearner().id(), course, challenge, day, Optional.of(text));
        states.clear(turn.chatId(), turn.inbound().sender().userId());
        if (outcome instanceof ChallengeOutcome.Changed || outcome instanceof ChallengeOutcome.Unchanged) {
            ChallengeStanding now = outcome instanceof ChallengeOutcome.Changed changed ? changed.standing()
                    : ((ChallengeOutcome.Unchanged) outcome).standing();
            String saved = prompts.render(turn.locale(), "challenge.answer.saved", Map.of("day", day,
                    "done", now.progress().done(), "days", now.progress().days()));
            return List.of(Reply.of(turn.chatId(), saved));
        }
        return List.of(Reply.of(turn.chatId(), refusal(turn.locale(), outcome)));
    }

    private List<Outbound> timeChosen(Turn turn, CourseCode course, String challenge, String text) {
        String typed = text == null ? "" : text.strip();
        Optional<LocalTime> time;
        if (DEFAULT_WORDS.contains(typed.toLowerCase(Locale.ROOT))) {
            time = Optional.empty();
        } else {
            Optional<LocalTime> parsed = ClockTimeInput.parse(typed);
            if (parsed.isEmpty()) {
                return List.of(Reply.of(turn.chatId(), prompts.render(turn.locale(), "challenge.time.bad", Map.of("text", typed))));
            }
            time = parsed;
        }
        ChallengeOutcome outcome = taking.releaseAt(turn.requireLearner().id(), course, challenge, time);
        states.clear(turn.chatId(), turn.inbound().sender().userId());
        if (!(outcome instanceof ChallengeOutcome.Changed changed)) {
            return List.of(Reply.of(turn.chatId(), refusal(turn.locale(), outcome)));
        }
        ChallengeStanding now = changed.standing();
        Locale locale = turn.locale();
        Object clockTime = LocalTimes.value(now.enrollment().releaseTimeIn(now.challenge()), now.zone(), locale);
        String html = now.nextRelease().isPresent()
                ? prompts.render(locale, "challenge.time.saved", Map.of("time", clockTime,
                        "next", LocalTimes.moment(now.nextRelease().get(), now.zone(), locale)))
                : prompts.render(locale, "challenge.time.saved_none", Map.of("time", clockTime));
        return List.of(Reply.of(turn.chatId(), html));
    }

    /** Why nothing changed, in words (plain: also used as a toast). */
    private String refusal(Locale locale, ChallengeOutcome outcome) {
        if (outcome instanceof ChallengeOutcome.Archived archived) {
            return prompts.renderPlain(locale, "challenge.archived", Map.of("date",
                    ChallengeTexts.closingDate(archived.standing(), locale)));
        }
        if (outcome instanceof ChallengeOutcome.NotReleased) {
            return prompts.renderPlain(locale, "challenge.not_released");
        }
        if (outcome instanceof ChallengeOutcome.Unchanged) {
            return prompts.renderPlain(locale, "challenge.done.already");
        }
        return prompts.renderPlain(locale, "challenge.gone");
    }

    private static Keyboard.Inline inline(DeliveryTexts.Message message) {
        return message.keyboard() instanceof Keyboard.Inline inline ? inline : new Keyboard.Inline(List.of());
    }
}
