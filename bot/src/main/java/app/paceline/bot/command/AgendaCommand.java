package app.paceline.bot.command;

import app.paceline.bot.inbound.ChatKind;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Outbound;
import app.paceline.bot.outbound.Outbound.Reply;
import app.paceline.bot.render.ChallengeTexts;
import app.paceline.bot.render.LocalTimes;
import app.paceline.calendar.AgendaEntry;
import app.paceline.calendar.ListingAgenda;
import app.paceline.learner.Learner;
import app.paceline.prompts.Prompts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /calendar} (the next 7 days) and {@code /today} (until midnight), in the learner's local time, grouped by
 * day: booked slots, deadlines of unfinished work and live sessions; {@code /today} also shows today's challenge days.
 */
public final class AgendaCommand implements Command {

    public static final CommandSpec CALENDAR = new CommandSpec("calendar", Set.of(ChatKind.PRIVATE));
    public static final CommandSpec TODAY = new CommandSpec("today", Set.of(ChatKind.PRIVATE));
    static final int DAYS = 7;

    private final CommandSpec spec;
    private final ListingAgenda agenda;
    private final Prompts prompts;
    private final Clock clock;
    private final java.util.Optional<ChallengeTexts> challenges;

    public AgendaCommand(CommandSpec spec, ListingAgenda agenda, Prompts prompts, Clock clock) {
        this(spec, agenda, prompts, clock, java.util.Optional.empty());
    }

    /** @param challenges for {@code /today}: today's challenge days, in a message of their own after the agenda */
    public AgendaCommand(CommandSpec spec, ListingAgenda agenda, Prompts prompts, Clock clock,
                         java.util.Optional<ChallengeTexts> challenges) {
        this.spec = spec;
        this.agenda = agenda;
        this.prompts = prompts;
        this.clock = clock;
        this.challenges = challenges;
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public List<Outbound> handle(Turn turn, Inbound.Command command) {
        List<Outbound> replies = new java.util.ArrayList<>(agenda(turn));
        if (spec.equals(TODAY)) {
            challenges.flatMap(texts -> texts.today(turn.requireLearner().id(), turn.locale(), clock.instant()))
                    .ifPresent(message -> replies.add(new Reply(turn.chatId(), message.html(), message.keyboard())));
        }
        return replies;
    }

    private List<Outbound> agenda(Turn turn) {
        Learner learner = turn.requireLearner();
        ZoneId zone = learner.timeZone().orElse(ZoneOffset.UTC);
        var locale = turn.locale();
        ZonedDateTime now = clock.instant().atZone(zone);
        boolean today = spec.equals(TODAY);
        // Until local midnight, found per day in the learner's zone so that DST days have their real length.
        LocalDate lastDay = now.toLocalDate().plusDays(today ? 1 : DAYS);
        var entries = agenda.between(learner.id(), now.toInstant(), lastDay.atStartOfDay(zone).toInstant());
        if (entries.isEmpty()) {
            return List.of(Reply.of(turn.chatId(), prompts.render(locale, today ? "calendar.agenda.today_empty" : "calendar.agenda.empty")));
        }
        var text = new StringBuilder(prompts.render(locale, today ? "calendar.agenda.today_header" : "calendar.agenda.header"));
        LocalDate shown = null;
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM", locale);
        for (AgendaEntry entry : entries) {
            ZonedDateTime local = entry.at().atZone(zone);
            if (!today && !local.toLocalDate().equals(shown)) {
                shown = local.toLocalDate();
                text.append('\n').append(prompts.render(locale, "calendar.agenda.day", Map.of("day", day.format(local))));
            }
            String time = LocalTimes.clock(local);
            if (entry instanceof AgendaEntry.Slot slot) {
                text.append('\n').append(prompts.render(locale, "calendar.agenda.slot",
                        Map.of("time", time, "title", slot.title(), "minutes", slot.effort().toMinutes())));
            } else if (entry instanceof AgendaEntry.Session session) {
                text.append('\n').append(prompts.render(locale, "calendar.agenda.session", Map.of("time", time,
                        "title", session.title(), "minutes", session.duration().toMinutes(),
                        "answer", session.answer().map(answer -> answer.name().toLowerCase(java.util.Locale.ROOT)).orElse("none"))));
            } else {
                text.append('\n').append(prompts.render(locale, "calendar.agenda.due", Map.of("time", time, "title", entry.title())));
            }
        }
        return List.of(Reply.of(turn.chatId(), text.toString()));
    }
}
