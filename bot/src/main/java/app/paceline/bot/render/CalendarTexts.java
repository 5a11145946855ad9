package app.paceline.bot.render;

import app.paceline.bot.outbound.Button;
import app.paceline.bot.outbound.Keyboard;
import app.paceline.calendar.AssignmentRef;
import app.paceline.calendar.LearnerAssignments.Standing;
import app.paceline.calendar.PlanningNudges;
import app.paceline.course.CourseCode;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.PlannedDelivery;
import app.paceline.learner.LearnerId;
import app.paceline.prompts.Prompts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The calendar's messages: the reminder at a booked slot (Done / Snooze 15 min / Move), a deadline reminder
 * (Done / Book time) and the at-risk nudge (Book time / Done). Buttons name the assignment by its digest. An
 * at-risk nudge tells about all the learner's work at risk now or within a day, in one message ("2 assignments,
 * 2 days left"), and the others' nudges are withdrawn ({@link PlanningNudges#atRiskTogether}).
 */
public final class CalendarTexts {

    /** At most this many assignments are listed in one at-risk message. */
    static final int MAX_AT_RISK_LINES = 8;

    private final Prompts prompts;
    private final PlanningNudges nudges;
    private final Clock clock;

    public CalendarTexts(Prompts prompts, PlanningNudges nudges, Clock clock) {
        this.prompts = prompts;
        this.nudges = nudges;
        this.clock = clock;
    }

    /** Registers the calendar's kinds. */
    public DeliveryTexts registerWith(DeliveryTexts texts) {
        return texts.with(DeliveryKind.SLOT_REMINDER, this::slotReminder)
                .with(DeliveryKind.DEADLINE_REMINDER, (delivery, locale, zone) -> nudge("calendar.deadline", delivery, locale, zone, false))
                .with(DeliveryKind.AT_RISK_NUDGE, (delivery, locale, zone) -> atRisk(List.of(delivery), locale, zone))
                .with(DeliveryKind.PREP_NUDGE, this::prep)
                .withBundle(DeliveryKind.AT_RISK_NUDGE, this::atRisk);
    }

    /** Prep for a live session isn't done: Book time / Done. */
    DeliveryTexts.Message prep(PlannedDelivery delivery, Locale locale, ZoneId zone) {
        Map<String, String> payload = delivery.plan().payload();
        String digest = CalendarButtons.digest(refOf(delivery));
        String text = prompts.render(locale, "calendar.prep", Map.of(
                "title", payload.getOrDefault("title", ""),
                "minutes", Long.parseLong(payload.getOrDefault("effortMinutes", "0")),
                "session", payload.getOrDefault("session", ""),
                "time", LocalTimes.moment(Instant.parse(payload.get("sessionStart")), zone, locale)));
        return new DeliveryTexts.Message(text, Keyboard.Inline.row(
                new Button(prompts.render(locale, "calendar.button.book"), CalendarButtons.AREA + ":pa:" + digest),
                new Button(prompts.render(locale, "calendar.button.done"), CalendarButtons.AREA + ":dn:" + digest)));
    }

    private DeliveryTexts.Message atRisk(List<PlannedDelivery> told, Locale locale, ZoneId zone) {
        LearnerId learner = new LearnerId(told.get(0).recipient().chatId());
        Set<AssignmentRef> refs = told.stream().map(CalendarTexts::refOf).collect(Collectors.toSet());
        List<Standing> together = nudges.atRiskTogether(learner, refs);
        if (together.size() <= 1) {
            // One piece of work (or none any more, when it was booked a moment ago): the message about it alone.
            return nudge("calendar.at_risk", told.get(0), locale, zone, true);
        }
        Instant now = clock.instant();
        Instant firstDue = together.get(0).window().due();
        long hoursLeft = Math.max(1, Duration.between(now, firstDue).toHours());
        long minutes = together.stream().mapToLong(standing -> standing.assignment().effort().toMinutes()).sum();
        var text = new StringBuilder(prompts.render(locale, "calendar.at_risk_group", Map.of(
                "count", together.size(),
                "days", hoursLeft / 24,
                "hours", hoursLeft,
                "minutes", minutes)));
        List<List<Button>> rows = new ArrayList<>();
        for (Standing standing : together.subList(0, Math.min(together.size(), MAX_AT_RISK_LINES))) {
            text.append('\n').append(prompts.render(locale, "calendar.plan.assignment", Map.of(
                    "title", standing.assignment().title(),
                    "minutes", standing.assignment().effort().toMinutes(),
                    "due", LocalTimes.moment(standing.window().due(), zone, locale))));
            rows.add(List.of(new Button(CalendarButtons.label(prompts.renderPlain(locale, "calendar.button.book_title",
                    Map.of("title", standing.assignment().title()))), CalendarButtons.AREA + ":pa:" + CalendarButtons.digest(standing.ref()))));
        }
        if (together.size() > MAX_AT_RISK_LINES) {
            text.append('\n').append(prompts.render(locale, "calendar.at_risk_group.more", Map.of("count", together.size() - MAX_AT_RISK_LINES)));
        }
        return new DeliveryTexts.Message(text.toString(), new Keyboard.Inline(rows));
    }

    private DeliveryTexts.Message nudge(String key, PlannedDelivery delivery, Locale locale, ZoneId zone, boolean bookFirst) {
        Map<String, String> payload = delivery.plan().payload();
        String digest = CalendarButtons.digest(refOf(delivery));
        String area = CalendarButtons.AREA;
        String text = prompts.render(locale, key, Map.of(
                "title", payload.getOrDefault("title", ""),
                "minutes", Long.parseLong(payload.getOrDefault("effortMinutes", "0")),
                "due", LocalTimes.moment(Instant.parse(payload.get("due")), zone, locale)));
        var book = new Button(prompts.render(locale, "calendar.button.book"), area + ":pa:" + digest);
        var done = new Button(prompts.render(locale, "calendar.button.done"), area + ":dn:" + digest);
        return new DeliveryTexts.Message(text, Keyboard.Inline.row(bookFirst ? book : done, bookFirst ? done : book));
    }

    private static AssignmentRef refOf(PlannedDelivery delivery) {
        Map<String, String> payload = delivery.plan().payload();
        return new AssignmentRef(new LearnerId(delivery.recipient().chatId()), new CourseCode(payload.get("course")),
                payload.get("assignment"));
    }

    DeliveryTexts.Message slotReminder(PlannedDelivery delivery, Locale locale, ZoneId zone) {
        Map<String, String> payload = delivery.plan().payload();
        String digest = CalendarButtons.digest(refOf(delivery));
        String area = CalendarButtons.AREA;
        String text = prompts.render(locale, "calendar.reminder", Map.of(
                "title", payload.getOrDefault("title", ""),
                "minutes", Long.parseLong(payload.getOrDefault("effortMinutes", "0")),
                "due", LocalTimes.moment(Instant.parse(payload.get("due")), zone, locale)));
        var buttons = new Keyboard.Inline(List.of(
                List.of(new Button(prompts.render(locale, "calendar.button.done"), area + ":dn:" + digest),
                        new Button(prompts.render(locale, "calendar.button.snooze"), area + ":sz:" + digest + ":" + payload.get("slot"))),
                List.of(new Button(prompts.render(locale, "calendar.button.move"), area + ":mv:" + digest + ":" + payload.get("slot")))));
        return new DeliveryTexts.Message(text, buttons);
    }
}
