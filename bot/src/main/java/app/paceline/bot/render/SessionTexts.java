package app.paceline.bot.render;

import app.paceline.bot.outbound.Button;
import app.paceline.bot.outbound.Keyboard;
import app.paceline.calendar.AssignmentRef;
import app.paceline.calendar.LearnerAssignments;
import app.paceline.course.CourseCode;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.PlannedDelivery;
import app.paceline.learner.LearnerId;
import app.paceline.prompts.Prompts;
import app.paceline.session.AnsweringRsvp;
import app.paceline.session.Rsvp;
import app.paceline.session.ScheduledOccurrence;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Live sessions in words: the nudge before an occurrence (when, in the learner's time; a warning when it is night
 * for them; the prep assignment's state; the join link) with the RSVP buttons, and the lines of {@code /sessions}.
 */
public final class SessionTexts {

    private final Prompts prompts;
    private final AnsweringRsvp answering;
    private final LearnerAssignments assignments;
    private final java.time.Clock clock;

    public SessionTexts(Prompts prompts, AnsweringRsvp answering, LearnerAssignments assignments, java.time.Clock clock) {
        this.prompts = prompts;
        this.answering = answering;
        this.assignments = assignments;
        this.clock = clock;
    }

    public DeliveryTexts registerWith(DeliveryTexts texts) {
        return texts.with(DeliveryKind.SESSION_NUDGE, this::nudge)
                .with(DeliveryKind.SESSION_STARTING, this::starting);
    }

    DeliveryTexts.Message nudge(PlannedDelivery delivery, Locale locale, ZoneId zone) {
        Map<String, String> payload = delivery.plan().payload();
        LearnerId learner = new LearnerId(delivery.recipient().chatId());
        CourseCode course = new CourseCode(payload.get("course"));
        String occurrenceId = payload.get("occurrence");
        Instant start = Instant.parse(payload.get("start"));
        long minutesLeft = minutesUntil(start);
        long hoursLeft = minutesLeft < 60 ? 0 : (minutesLeft + 30) / 60;
        Optional<AnsweringRsvp.Coming> coming = answering.standing(learner, course, occurrenceId);
        var text = new StringBuilder(prompts.render(locale, "session.nudge", Map.of(
                "title", payload.getOrDefault("title", ""),
                "hours", hoursLeft,
                "minutes", minutesLeft,
                "time", LocalTimes.moment(start, zone, locale),
                "duration", Long.parseLong(payload.getOrDefault("durationMinutes", "0")))));
        boolean night = coming.map(AnsweringRsvp.Coming::night).orElse(false);
        if (night) {
            text.append('\n').append(prompts.render(locale, "session.night",
                    Map.of("time", LocalTimes.clock(start.atZone(zone)))));
        }
        coming.flatMap(c -> prep(c.occurrence(), learner, locale)).ifPresent(line -> text.append('\n').append(line));
        List<List<Button>> rows = new ArrayList<>();
        rows.add(rsvpButtons(locale, course, occurrenceId, coming.flatMap(AnsweringRsvp.Coming::answer)));
        Optional.ofNullable(payload.get("joinUrl"))
                .ifPresent(url -> rows.add(List.of(Button.link(prompts.render(locale, "session.button.join_call"), java.net.URI.create(url)))));
        return new DeliveryTexts.Message(text.toString(), new Keyboard.Inline(rows));
    }

    /** In the course's group: starting soon, with the join link. */
    DeliveryTexts.Message starting(PlannedDelivery delivery, Locale locale, ZoneId zone) {
        Map<String, String> payload = delivery.plan().payload();
        Instant start = Instant.parse(payload.get("start"));
        long minutesLeft = minutesUntil(start);
        String text = prompts.render(locale, "session.group_starting", Map.of(
                "title", payload.getOrDefault("title", ""),
                "minutes", minutesLeft,
                "duration", Long.parseLong(payload.getOrDefault("durationMinutes", "0"))));
        Keyboard keyboard = Optional.ofNullable(payload.get("joinUrl"))
                .<Keyboard>map(url -> Keyboard.Inline.row(Button.link(prompts.render(locale, "session.button.join_call"), java.net.URI.create(url))))
                .orElse(Keyboard.none());
        return new DeliveryTexts.Message(text, keyboard);
    }

    /**
     * Whole minutes (rounded up, at least 1) until {@code start} as of sending, not as planned: a message held up,
     * e.g. after downtime, says how long is really left.
     */
    private long minutesUntil(Instant start) {
        return Math.max(1, (Duration.between(clock.instant(), start).getSeconds() + 59) / 60);
    }

    /** Join live / Watch replay / Can't make it, the current answer ticked. */
    public List<Button> rsvpButtons(Locale locale, CourseCode course, String occurrenceId, Optional<Rsvp> answer) {
        return List.of(
                new Button(tick(answer, Rsvp.LIVE) + prompts.render(locale, "session.button.live"), SessionButtons.rsvp('l', course, occurrenceId)),
                new Button(tick(answer, Rsvp.REPLAY) + prompts.render(locale, "session.button.replay"), SessionButtons.rsvp('r', course, occurrenceId)),
                new Button(tick(answer, Rsvp.CANT) + prompts.render(locale, "session.button.cant"), SessionButtons.rsvp('c', course, occurrenceId)));
    }

    /** Whether the occurrence's prep assignment is done, when it has one the learner has. */
    public Optional<String> prep(ScheduledOccurrence occurrence, LearnerId learner, Locale locale) {
        return occurrence.session().prep()
                .flatMap(id -> assignments.find(new AssignmentRef(learner, occurrence.course().code(), id)))
                .map(standing -> standing.progress().isDone()
                        ? prompts.render(locale, "session.prep_done", Map.of("title", standing.assignment().title()))
                        : prompts.render(locale, "session.prep_missing", Map.of("title", standing.assignment().title(),
                                "minutes", standing.assignment().effort().toMinutes())));
    }

    private static String tick(Optional<Rsvp> answer, Rsvp option) {
        return answer.filter(option::equals).isPresent() ? "✓ " : "";
    }
}
