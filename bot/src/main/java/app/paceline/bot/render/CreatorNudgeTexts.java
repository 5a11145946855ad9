package app.paceline.bot.render;

import app.paceline.bot.outbound.Keyboard;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.PlannedDelivery;
import app.paceline.prompts.Prompts;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/** What a learner reads when a creator of their course nudged them from {@code /stats}. */
public final class CreatorNudgeTexts {

    private final Prompts prompts;

    public CreatorNudgeTexts(Prompts prompts) {
        this.prompts = prompts;
    }

    /** Registers {@link DeliveryKind#CREATOR_NUDGE}. */
    public DeliveryTexts registerWith(DeliveryTexts texts) {
        return texts.with(DeliveryKind.CREATOR_NUDGE, this::nudge);
    }

    DeliveryTexts.Message nudge(PlannedDelivery delivery, Locale locale, ZoneId zone) {
        String title = delivery.plan().payload().getOrDefault("title", delivery.plan().payload().getOrDefault("course", ""));
        return new DeliveryTexts.Message(prompts.render(locale, "stats.nudge", Map.of("title", title)), Keyboard.none());
    }
}
