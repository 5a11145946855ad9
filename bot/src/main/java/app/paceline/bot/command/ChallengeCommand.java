package app.paceline.bot.command;

import app.paceline.bot.inbound.ChatKind;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Button;
import app.paceline.bot.outbound.Keyboard;
import app.paceline.bot.outbound.Outbound;
import app.paceline.bot.outbound.Outbound.Reply;
import app.paceline.bot.render.ChallengeButtons;
import app.paceline.bot.render.ChallengeTexts;
import app.paceline.bot.render.LocalTimes;
import app.paceline.challenge.ChallengeStanding;
import app.paceline.challenge.ListingChallenges;
import app.paceline.course.CourseCode;
import app.paceline.prompts.Prompts;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code /challenge}: each of the learner's challenges with days done, the streak, what is to catch up and when the
 * next day comes, and buttons to pause or resume, choose one's release time, show one's name on the group board,
 * or leave.
 */
public final class ChallengeCommand implements Command {

    public static final CommandSpec SPEC = new CommandSpec("challenge", Set.of(ChatKind.PRIVATE));

    private final ListingChallenges listing;
    private final Prompts prompts;
    private final Clock clock;

    public ChallengeCommand(ListingChallenges listing, Prompts prompts, Clock clock) {
        this.listing = listing;
        this.prompts = prompts;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Outbound> handle(Turn turn, Inbound.Command command) {
        List<ChallengeStanding> standings = listing.of(turn.requireLearner().id());
        if (standings.isEmpty()) {
            return List.of(Reply.of(turn.chatId(), prompts.render(turn.locale(), "challenge.list.none")));
        }
        List<Outbound> replies = new ArrayList<>();
        for (ChallengeStanding standing : standings) {
            replies.add(new Reply(turn.chatId(), status(standing, turn.locale()), buttons(standing, turn.locale())));
        }
        return replies;
    }

    private String status(ChallengeStanding s, Locale locale) {
        Instant now = clock.instant();
        var text = new StringBuilder(prompts.render(locale, "challenge.status.header",
                Map.of("challenge", s.challenge().title(), "course", s.course().title())));
        text.append('\n').append(prompts.render(locale, "challenge.status.progress", Map.of("done", s.progress().done(),
                "days", s.progress().days(), "streak", s.progress().streak())));
        if (s.progress().finished()) {
            text.append('\n').append(prompts.render(locale, "challenge.status.finished"));
        } else if (s.archived(now)) {
            text.append('\n').append(prompts.render(locale, "challenge.status.archived",
                    Map.of("date", ChallengeTexts.closingDate(s, locale))));
        } else if (s.enrollment().isPaused()) {
            text.append('\n').append(prompts.render(locale, "challenge.status.paused",
                    Map.of("date", LocalTimes.value(s.enrollment().pausedOn().get(), s.zone(), locale))));
        } else if (s.nextRelease().isPresent()) {
            text.append('\n').append(prompts.render(locale, "challenge.status.next", Map.of(
                    "day", s.progress().released() + 1, "time", LocalTimes.moment(s.nextRelease().get(), s.zone(), locale))));
        } else {
            text.append('\n').append(prompts.render(locale, "challenge.status.all_out",
                    Map.of("date", ChallengeTexts.closingDate(s, locale))));
        }
        if (!s.progress().behind().isEmpty() && !s.archived(now)) {
            text.append('\n').append(prompts.render(locale, "challenge.status.behind", Map.of("count", s.progress().behind().size())));
        }
        text.append('\n').append(prompts.render(locale, "challenge.status.release_time", Map.of(
                "time", LocalTimes.value(s.enrollment().releaseTimeIn(s.challenge()), s.zone(), locale),
                "zone", LocalTimes.zone(s.zone()))));
        if (s.challenge().board()) {
            text.append('\n').append(prompts.render(locale, "challenge.status.name",
                    Map.of("shown", s.enrollment().showName() ? "yes" : "no")));
        }
        return text.toString();
    }

    private Keyboard buttons(ChallengeStanding s, Locale locale) {
        CourseCode course = s.course().code();
        String id = s.challenge().id();
        List<List<Button>> rows = new ArrayList<>();
        List<Button> first = new ArrayList<>();
        if (s.enrollment().isPaused()) {
            first.add(new Button(prompts.renderPlain(locale, "challenge.button.resume"), ChallengeButtons.data(ChallengeButtons.RESUME, course, id)));
        } else if (s.progress().released() < s.progress().days()) {
            first.add(new Button(prompts.renderPlain(locale, "challenge.button.pause"), ChallengeButtons.data(ChallengeButtons.PAUSE, course, id)));
        }
        first.add(new Button(prompts.renderPlain(locale, "challenge.button.time"), ChallengeButtons.data(ChallengeButtons.TIME, course, id)));
        rows.add(first);
        if (s.challenge().board()) {
            rows.add(List.of(new Button(prompts.renderPlain(locale, s.enrollment().showName() ? "challenge.button.name_off" : "challenge.button.name_on"),
                    ChallengeButtons.data(ChallengeButtons.NAME, course, id))));
        }
        rows.add(List.of(new Button(prompts.renderPlain(locale, "challenge.button.leave"), ChallengeButtons.data(ChallengeButtons.LEAVE, course, id))));
        return new Keyboard.Inline(rows);
    }
}
