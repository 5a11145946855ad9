package app.paceline.bot.render;

import app.paceline.bot.outbound.Keyboard;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.PlannedDelivery;
import app.paceline.prompts.Prompts;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/**
 * What a learner who answered for an occurrence reads when its creator moved or cancelled it: both times in the
 * learner's zone (UTC, and said so, when they have none).
 */
public final class SessionChangeTexts {

    private final Prompts prompts;

    public SessionChangeTexts(Prompts prompts) {
        this.prompts = prompts;
    }

    /** Registers {@link DeliveryKind#SESSION_CHANGED}. */
    public DeliveryTexts registerWith(DeliveryTexts texts) {
        return texts.with(DeliveryKind.SESSION_CHANGED, this::changed);
    }

    DeliveryTexts.Message changed(PlannedDelivery delivery, Locale locale, ZoneId zone) {
        Map<String, String> payload = delivery.plan().payload();
        String title = payload.getOrDefault("title", "");
        String from = LocalTimes.moment(Instant.parse(payload.get("oldStart")), zone, locale);
        String newStart = payload.get("newStart");
        String text = newStart == null
                ? prompts.render(locale, "session.changed.cancelled", Map.of("title", title, "from", from))
                : prompts.render(locale, "session.changed.moved", Map.of("title", title, "from", from,
                        "to", LocalTimes.moment(Instant.parse(newStart), zone, locale),
                        "local", zone.equals(ZoneOffset.UTC) ? "no" : "yes"));
        return new DeliveryTexts.Message(text, Keyboard.none());
    }
}
