package app.paceline.bot.render;

import app.paceline.bot.outbound.Button;
import app.paceline.bot.outbound.Keyboard;
import app.paceline.calendar.AssignmentRef;
import app.paceline.course.CourseCode;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.PlannedDelivery;
import app.paceline.learner.LearnerId;
import app.paceline.prompts.Prompts;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The calendar's messages: the reminder at a booked slot (Done / Snooze 15 min / Move), a deadline reminder
 * (Done / Book time) and the at-risk nudge (Book time / Done). Buttons name the assignment by its digest.
 */
public final class CalendarTexts {

    private final Prompts prompts;

    public CalendarTexts(Prompts prompts) {
        this.prompts = prompts;
    }

    /** Registers the calendar's kinds. */
    public DeliveryTexts registerWith(DeliveryTexts texts) {
        return texts.with(DeliveryKind.SLOT_REMINDER, this::slotReminder)
                .with(DeliveryKind.DEADLINE_REMINDER, (delivery, locale, zone) -> nudge("calendar.deadline", delivery, locale, zone, false))
                .with(DeliveryKind.AT_RISK_NUDGE, (delivery, locale, zone) -> nudge("calendar.at_risk", delivery, locale, zone, true));
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
