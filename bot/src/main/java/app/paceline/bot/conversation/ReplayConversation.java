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
import app.paceline.bot.render.ReplayButtons;
import app.paceline.course.CourseCode;
import app.paceline.learner.Learner;
import app.paceline.learner.LearnerId;
import app.paceline.prompts.Prompts;
import app.paceline.session.PostingReplay;
import app.paceline.session.Replay;
import app.paceline.session.ReplayOutcome;
import app.paceline.session.ScheduledOccurrence;
import app.paceline.session.WatchingReplay;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Recordings of live sessions in chat (see {@code replay.mmd}). A creator's <b>Post the recording</b> (under the
 * summary after a session) asks for the link, {@link Step#AWAITING_LINK}: a link is posted and ends the flow,
 * anything else is explained and asked again, changing nothing; {@code /cancel} leaves. {@code /replay} posts in one
 * step through {@link #post}. A learner's <b>Watched ✓</b> marks a recording watched, which stops its reminder.
 * Every press is resolved again among what the presser may act on now, so old or forged buttons change nothing.
 */
public final class ReplayConversation implements Conversation {

    /** The flow's name in {@link ConversationState#flow()}. */
    public static final String FLOW = "replay";

    /** The states of this flow. */
    enum Step {
        /** Context: {@code <course code> <occurrence id>}. */
        AWAITING_LINK
    }

    private final PostingReplay posting;
    private final WatchingReplay watching;
    private final ConversationStates states;
    private final Prompts prompts;
    private final Clock clock;

    public ReplayConversation(PostingReplay posting, WatchingReplay watching, ConversationStates states, Prompts prompts,
                              Clock clock) {
        this.posting = posting;
        this.watching = watching;
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
        return ReplayButtons.AREA;
    }

    @Override
    public List<Outbound> onButton(Turn turn, Inbound.ButtonPress press) {
        String[] parts = press.data().split(":");
        if (parts.length == 3 && parts[1].equals(ReplayButtons.POST)) {
            return askForLink(turn, press, parts[2]);
        }
        if (parts.length == 3 && parts[1].equals(ReplayButtons.SEEN)) {
            return watched(turn, press, parts[2]);
        }
        return List.of(expired(turn, press));
    }

    private List<Outbound> askForLink(Turn turn, Inbound.ButtonPress press, String digest) {
        Learner creator = turn.requireLearner();
        Optional<ScheduledOccurrence> occurrence = posting.started(creator.id()).stream()
                .filter(o -> ReplayButtons.digest(o.course().code(), o.occurrence().id()).equals(digest))
                .findFirst();
        if (occurrence.isEmpty()) {
            return List.of(expired(turn, press));
        }
        ScheduledOccurrence found = occurrence.get();
        states.save(new ConversationState(turn.chatId(), turn.inbound().sender().userId(), FLOW, Step.AWAITING_LINK.name(),
                clock.instant(), found.course().code().value() + " " + found.occurrence().id()));
        String text = prompts.render(turn.locale(), "replay.ask_link", Map.of(
                "title", found.session().title(),
                "time", LocalTimes.moment(found.occurrence().start(), zoneOf(creator, found.course().zone()), turn.locale())));
        return List.of(new AnswerPress(press.callbackId(), ""), Reply.of(turn.chatId(), text));
    }

    private List<Outbound> watched(Turn turn, Inbound.ButtonPress press, String digest) {
        LearnerId learner = turn.requireLearner().id();
        Optional<Replay> marked = watching.unwatched(learner).stream()
                .filter(replay -> ReplayButtons.digest(replay.course(), replay.occurrenceId()).equals(digest))
                .findFirst()
                .flatMap(replay -> watching.watched(learner, replay.course(), replay.occurrenceId()));
        if (marked.isEmpty()) {
            return List.of(expired(turn, press));
        }
        var onlyTheLink = Keyboard.Inline.row(Button.link(prompts.render(turn.locale(), "replay.button.open"), marked.get().link()));
        return List.of(new AnswerPress(press.callbackId(), prompts.render(turn.locale(), "replay.watched")),
                new EditButtons(press.chatId(), press.messageId(), onlyTheLink));
    }

    /** The creator sent the link (or something else) after pressing Post the recording. */
    @Override
    public List<Outbound> onText(Turn turn, ConversationState state, String text) {
        String[] about = state.context().split(" ");
        Optional<CourseCode> course = about.length == 2 ? CourseCode.parse(about[0]) : Optional.empty();
        if (!Step.AWAITING_LINK.name().equals(state.step()) || course.isEmpty()) {
            // Stored by another version of this flow: start over.
            states.clear(turn.chatId(), turn.inbound().sender().userId());
            return List.of(Reply.of(turn.chatId(), prompts.render(turn.locale(), "replay.usage")));
        }
        ReplayOutcome outcome = posting.post(turn.requireLearner().id(), course, about[1], text);
        if (!(outcome instanceof ReplayOutcome.BadLink)) {
            states.clear(turn.chatId(), turn.inbound().sender().userId());
        }
        return List.of(Reply.of(turn.chatId(), answer(turn, outcome)));
    }

    /** Posts {@code link} for the occurrence, in a flow or from {@code /replay}, and says what came of it. */
    public List<Outbound> post(Turn turn, Optional<CourseCode> course, String occurrenceId, String link) {
        return List.of(Reply.of(turn.chatId(), answer(turn, posting.post(turn.requireLearner().id(), course, occurrenceId, link))));
    }

    private String answer(Turn turn, ReplayOutcome outcome) {
        Locale locale = turn.locale();
        Learner creator = turn.requireLearner();
        if (outcome instanceof ReplayOutcome.Posted posted) {
            ZoneId zone = zoneOf(creator, posted.occurrence().course().zone());
            Map<String, Object> args = new HashMap<>(Map.of(
                    "title", posted.replay().title(),
                    "time", moment(posted.replay().start(), zone, locale),
                    "watchBy", moment(posted.replay().watchBy(), zone, locale),
                    "sending", posted.sending()));
            if (posted.replaced()) {
                args.put("alreadySent", posted.alreadySent());
            }
            return prompts.render(locale, posted.replaced() ? "replay.replaced" : "replay.posted", args);
        }
        if (outcome instanceof ReplayOutcome.NotStarted notStarted) {
            return prompts.render(locale, "replay.not_started", Map.of(
                    "title", notStarted.occurrence().session().title(),
                    "time", moment(notStarted.occurrence().occurrence().start(), zoneOf(creator, notStarted.occurrence().course().zone()), locale)));
        }
        if (outcome instanceof ReplayOutcome.Unknown unknown) {
            return prompts.render(locale, "replay.unknown", Map.of("occurrence", unknown.occurrenceId()));
        }
        if (outcome instanceof ReplayOutcome.Ambiguous ambiguous) {
            return prompts.render(locale, "replay.ambiguous", Map.of("occurrence", ambiguous.occurrenceId(),
                    "courses", ambiguous.courses().stream().map(CourseCode::value).collect(Collectors.joining(", "))));
        }
        if (outcome instanceof ReplayOutcome.BadLink bad) {
            return prompts.render(locale, "replay.bad_link", Map.of("input", bad.input()));
        }
        return prompts.render(locale, "replay.not_creator");
    }

    private static String moment(Instant instant, ZoneId zone, Locale locale) {
        return LocalTimes.moment(instant, zone, locale);
    }

    /** The creator's own zone, or the course's when they have not told theirs. */
    private static ZoneId zoneOf(Learner learner, ZoneId courseZone) {
        return learner.timeZone().orElse(courseZone);
    }

    private AnswerPress expired(Turn turn, Inbound.ButtonPress press) {
        return new AnswerPress(press.callbackId(), prompts.render(turn.locale(), "button.expired"));
    }
}
