package app.paceline.bot.render;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.bot.outbound.Keyboard;
import app.paceline.delivery.DeliveryKey;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.DeliveryPlan;
import app.paceline.delivery.Outgoing;
import app.paceline.delivery.PlannedDelivery;
import app.paceline.delivery.Recipient;
import app.paceline.prompts.Prompts;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A moved or cancelled occurrence, as a learner who answered for it reads it: in their zone and language. */
class SessionChangeTextsTests {

    private static final Prompts PROMPTS = Prompts.load();
    private final DeliveryTexts texts = new SessionChangeTexts(PROMPTS).registerWith(new DeliveryTexts(PROMPTS));

    @Test
    void aMoveReadsInTheLearnersZone() {
        assertThat(render(Optional.of("2026-12-11T23:00:00Z"), Locale.ENGLISH, ZoneId.of("Europe/Berlin")).html())
                .isEqualTo("📅 <b>Live Q&amp;A</b> on Fri 11 Dec 00:00 moved to Sat 12 Dec 00:00 (your time). Your answer still counts.");
        assertThat(render(Optional.of("2026-12-11T23:00:00Z"), Locale.forLanguageTag("ru"), ZoneId.of("America/New_York")).html())
                .isEqualTo("📅 <b>Live Q&amp;A</b> чт 10 дек. 18:00 переносится на пт 11 дек. 18:00 (по твоему времени). Твой ответ остаётся в силе.");
    }

    @Test
    void aCancellationSaysSoAndALearnerWithoutAZoneReadsUtc() {
        assertThat(render(Optional.empty(), Locale.ENGLISH, ZoneId.of("America/New_York")))
                .isEqualTo(new DeliveryTexts.Message("❌ <b>Live Q&amp;A</b> on Thu 10 Dec 18:00 is cancelled.", Keyboard.none()));
        assertThat(render(Optional.of("2026-12-11T23:00:00Z"), Locale.ENGLISH, ZoneOffset.UTC).html())
                .endsWith("moved to Fri 11 Dec 23:00 (UTC). Your answer still counts.");
    }

    private DeliveryTexts.Message render(Optional<String> newStart, Locale locale, ZoneId zone) {
        Map<String, String> payload = new HashMap<>(Map.of("course", "baker-2026", "occurrence", "qa@2026-12-10",
                "title", "Live Q&A", "oldStart", "2026-12-10T23:00:00Z"));
        newStart.ifPresent(start -> payload.put("newStart", start));
        var plan = DeliveryPlan.of(DeliveryKey.of("live-changed", "1001", "baker-2026", "qa@2026-12-10", "1"), Recipient.learner(1001),
                DeliveryKind.SESSION_CHANGED, Instant.parse("2026-12-01T12:00:00Z"), payload);
        return texts.render(new Outgoing.Single(PlannedDelivery.fresh(plan)), locale, zone).orElseThrow();
    }
}
