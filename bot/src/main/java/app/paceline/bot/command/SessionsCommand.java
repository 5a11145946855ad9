package app.paceline.bot.command;

import app.paceline.bot.inbound.ChatKind;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Button;
import app.paceline.bot.outbound.Keyboard;
import app.paceline.bot.outbound.Outbound;
import app.paceline.bot.outbound.Outbound.Reply;
import app.paceline.bot.render.LocalTimes;
import app.paceline.bot.render.SessionTexts;
import app.paceline.learner.Learner;
import app.paceline.prompts.Prompts;
import app.paceline.session.AnsweringRsvp;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /sessions}: the learner's live sessions in the next two weeks, in their own time, each with their answer
 * and the RSVP buttons (numbered like the lines); a session at night for them says so.
 */
public final class SessionsCommand implements Command {

    public static final CommandSpec SPEC = new CommandSpec("sessions", Set.of(ChatKind.PRIVATE));
    static final Duration AHEAD = Duration.ofDays(14);
    static final int MAX_SHOWN = 5;

    private final AnsweringRsvp answering;
    private final SessionTexts texts;
    private final Prompts prompts;
    private final Clock clock;

    public SessionsCommand(AnsweringRsvp answering, SessionTexts texts, Prompts prompts, Clock clock) {
        this.answering = answering;
        this.texts = texts;
        this.prompts = prompts;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Outbound> handle(Turn turn, Inbound.Command command) {
        Learner learner = turn.requireLearner();
        ZoneId zone = learner.timeZone().orElse(ZoneOffset.UTC);
        var locale = turn.locale();
        List<AnsweringRsvp.Coming> coming = answering.coming(learner.id(), clock.instant().plus(AHEAD));
        if (coming.isEmpty()) {
            return List.of(Reply.of(turn.chatId(), prompts.render(locale, "session.list.empty")));
        }
        var text = new StringBuilder(prompts.render(locale, "session.list.header"));
        List<List<Button>> rows = new ArrayList<>();
        int number = 0;
        for (AnsweringRsvp.Coming item : coming.subList(0, Math.min(coming.size(), MAX_SHOWN))) {
            number++;
            var o = item.occurrence();
            text.append('\n').append(prompts.render(locale, "session.list.line", Map.of(
                    "number", number,
                    "title", o.session().title(),
                    "time", LocalTimes.moment(o.occurrence().start(), zone, locale),
                    "duration", o.occurrence().duration().toMinutes(),
                    "answer", item.answer().map(answer -> answer.name().toLowerCase(java.util.Locale.ROOT)).orElse("none"))));
            if (item.night()) {
                text.append(' ').append(prompts.render(locale, "session.list.night",
                        Map.of("time", LocalTimes.clock(o.occurrence().start().atZone(zone)))));
            }
            int shown = number;
            rows.add(texts.rsvpButtons(locale, o.course().code(), o.occurrence().id(), item.answer()).stream()
                    .map(button -> new Button(shown + ". " + button.label(), button.data()))
                    .toList());
        }
        if (coming.size() > MAX_SHOWN) {
            text.append('\n').append(prompts.render(locale, "session.list.more", Map.of("count", coming.size() - MAX_SHOWN)));
        }
        return List.of(new Reply(turn.chatId(), text.toString(), new Keyboard.Inline(rows)));
    }
}
