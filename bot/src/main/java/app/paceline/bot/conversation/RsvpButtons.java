package app.paceline.bot.conversation;

import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Outbound;
import app.paceline.bot.outbound.Outbound.AnswerPress;
import app.paceline.bot.outbound.Outbound.Reply;
import app.paceline.bot.render.LocalTimes;
import app.paceline.bot.render.SessionButtons;
import app.paceline.learner.Learner;
import app.paceline.prompts.Prompts;
import app.paceline.session.AnsweringRsvp;
import app.paceline.session.Rsvp;
import app.paceline.session.RsvpOutcome;
import app.paceline.session.ScheduledOccurrence;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The RSVP buttons ({@code ses:<l|r|c>:<digest>}) on a nudge before a live session and in {@code /sessions}: the
 * answer is stored until the occurrence starts and confirmed in the chat. A press for an occurrence the
 * learner no longer has (left the course, cancelled, forged) changes nothing.
 */
public final class RsvpButtons implements ButtonHandler {

    /** How far ahead occurrences are looked up when a button is pressed. */
    static final Duration HORIZON = Duration.ofDays(400);

    private final AnsweringRsvp answering;
    private final Prompts prompts;
    private final Clock clock;

    public RsvpButtons(AnsweringRsvp answering, Prompts prompts, Clock clock) {
        this.answering = answering;
        this.prompts = prompts;
        this.clock = clock;
    }

    @Override
    public String buttonArea() {
        return SessionButtons.AREA;
    }

    @Override
    public List<Outbound> onButton(Turn turn, Inbound.ButtonPress press) {
        String[] parts = press.data().split(":");
        Optional<Rsvp> answer = parts.length == 3 ? answer(parts[1]) : Optional.empty();
        Learner learner = turn.requireLearner();
        Optional<ScheduledOccurrence> occurrence = answer.isEmpty() ? Optional.empty()
                : answering.coming(learner.id(), clock.instant().plus(HORIZON)).stream()
                        .map(AnsweringRsvp.Coming::occurrence)
                        .filter(o -> SessionButtons.digest(o.course().code(), o.occurrence().id()).equals(parts[2]))
                        .findFirst();
        if (occurrence.isEmpty()) {
            return List.of(new AnswerPress(press.callbackId(), prompts.render(turn.locale(), "session.closed_or_gone")));
        }
        ScheduledOccurrence o = occurrence.get();
        RsvpOutcome outcome = answering.answer(learner.id(), o.course().code(), o.occurrence().id(), answer.get());
        if (!(outcome instanceof RsvpOutcome.Saved saved)) {
            return List.of(new AnswerPress(press.callbackId(), prompts.render(turn.locale(), "session.closed_or_gone")));
        }
        ZoneId zone = learner.timeZone().orElse(ZoneOffset.UTC);
        String key = switch (saved.answer()) {
            case LIVE -> saved.night() ? "session.rsvp.live_at_night" : "session.rsvp.live";
            case REPLAY -> "session.rsvp.replay";
            case CANT -> "session.rsvp.cant";
        };
        var arguments = new java.util.HashMap<String, Object>(Map.of(
                "title", o.session().title(),
                "time", LocalTimes.moment(o.occurrence().start(), zone, turn.locale())));
        if (key.equals("session.rsvp.live_at_night")) {
            arguments.put("clock", LocalTimes.clock(o.occurrence().start().atZone(zone)));
        }
        String html = prompts.render(turn.locale(), key, arguments);
        // The buttons stay as they are: a /sessions message holds several occurrences' buttons. The answer can be
        // changed with them until the start.
        return List.of(new AnswerPress(press.callbackId(), prompts.render(turn.locale(), "session.rsvp.saved")),
                Reply.of(turn.chatId(), html));
    }

    private static Optional<Rsvp> answer(String verb) {
        return switch (verb) {
            case "l" -> Optional.of(Rsvp.LIVE);
            case "r" -> Optional.of(Rsvp.REPLAY);
            case "c" -> Optional.of(Rsvp.CANT);
            default -> Optional.empty();
        };
    }
}
