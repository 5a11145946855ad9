package app.paceline.bot.render;

import app.paceline.bot.conversation.PlanConversation;
import app.paceline.bot.outbound.Button;
import app.paceline.bot.outbound.Keyboard;
import app.paceline.calendar.AssignmentRef;
import app.paceline.course.CourseCode;
import app.paceline.delivery.PlannedDelivery;
import app.paceline.learner.LearnerId;
import app.paceline.prompts.Prompts;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The reminder at a booked slot: what to do, for how long, until when, with Done / Snooze 15 min / Move. */
public final class SlotReminderText implements DeliveryTexts.Renderer {

    private final Prompts prompts;

    public SlotReminderText(Prompts prompts) {
        this.prompts = prompts;
    }

    @Override
    public DeliveryTexts.Message render(PlannedDelivery delivery, Locale locale, ZoneId zone) {
        Map<String, String> payload = delivery.plan().payload();
        var ref = new AssignmentRef(new LearnerId(delivery.recipient().chatId()), new CourseCode(payload.get("course")),
                payload.get("assignment"));
        String digest = PlanConversation.digest(ref);
        String area = PlanConversation.BUTTON_AREA;
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
