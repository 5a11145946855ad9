package app.paceline.bot.render;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.broadcast.InMemoryBroadcasts;
import app.paceline.prompts.Prompts;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a broadcast's progress, summary and learner message read, in English and Russian. */
class BroadcastTextsTests {

    private final BroadcastTexts texts = new BroadcastTexts(Prompts.load(), new InMemoryBroadcasts());

    private static Map<String, String> progress(String state) {
        Map<String, String> p = new HashMap<>(Map.of("broadcast", "b1", "course", "Q&A <club>", "state", state, "total", "5000",
                "sent", "1234", "unreachable", "3", "failed", "0", "withdrawn", "0", "waiting", "1763"));
        p.put("deferred", "0");
        p.put("left", "95");
        p.put("took", "4000");
        return p;
    }

    @Test
    void theProgressReadsLikeTheIssueWithNumbersPerLanguageAndAStopButtonWhileItGoes() {
        var en = texts.progress(progress("sending"), Locale.ENGLISH, ZoneId.of("UTC"));
        assertThat(en.html()).isEqualTo("📣 Sending to <b>Q&amp;A &lt;club&gt;</b>\nSent 1,234 / 5,000 · 3 unreachable · about 2 min left");
        assertThat(en.keyboard().toString()).contains("bc:stop:b1");

        var ru = texts.progress(progress("sending"), Locale.forLanguageTag("ru"), ZoneId.of("UTC"));
        assertThat(ru.html()).contains("Отправлено 1\u00a0234 / 5\u00a0000 · 3 недоступны · осталось около 2 мин");

        var done = texts.progress(progress("done"), Locale.ENGLISH, ZoneId.of("UTC"));
        assertThat(done.html()).startsWith("✅ Broadcast to <b>Q&amp;A &lt;club&gt;</b> done\nSent 1,234 / 5,000 · 3 unreachable")
                .doesNotContain("left");
        assertThat(done.keyboard()).isEqualTo(app.paceline.bot.outbound.Keyboard.none());
    }

    @Test
    void learnersInTheirQuietHoursAreShownWithWhenTheLastGetsIt() {
        Map<String, String> p = progress("sending");
        p.put("deferred", "1763");
        p.put("deferredUntil", "2026-12-02T06:00:00Z");
        var html = texts.progress(p, Locale.ENGLISH, ZoneId.of("Europe/Berlin")).html();
        assertThat(html).endsWith("Sent 1,234 / 5,000 · 3 unreachable\n🌙 1,763 learners get it when their quiet hours end, the last at about Wed 2 Dec 07:00 (Europe/Berlin).");
    }

    @Test
    void theSummarySaysHowLongItTookAndWhatBecameOfEveryMessage() {
        Map<String, String> p = progress("done");
        p.put("part", "summary");
        assertThat(texts.progressOrSummary(new app.paceline.delivery.PlannedDelivery(app.paceline.delivery.DeliveryPlan.of(
                app.paceline.delivery.DeliveryKey.of("bc", "b1", "summary"), app.paceline.delivery.Recipient.learner(1),
                app.paceline.delivery.DeliveryKind.BROADCAST_PROGRESS, java.time.Instant.EPOCH, p), java.time.Instant.EPOCH, 0,
                java.util.Optional.empty(), java.util.List.of()), Locale.ENGLISH, ZoneId.of("UTC")).html())
                .isEqualTo("✅ Your broadcast to <b>Q&amp;A &lt;club&gt;</b> is done. It took 67 minutes.\n1,234 of 5,000 learners got it.\n"
                        + "3 learners could not be reached: they blocked the bot or left Telegram.");
    }

    @Test
    void theCreatorsTextIsShownAsTheyTypedItNeverAsMarkup() {
        assertThat(texts.message("Master Baker", "Bring <b>flour</b> & eggs", Locale.ENGLISH))
                .isEqualTo("📣 <b>Master Baker</b>\n\nBring &lt;b&gt;flour&lt;/b&gt; &amp; eggs");
    }
}
