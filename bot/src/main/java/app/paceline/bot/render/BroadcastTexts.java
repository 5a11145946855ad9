package app.paceline.bot.render;

import app.paceline.bot.outbound.Button;
import app.paceline.bot.outbound.Keyboard;
import app.paceline.broadcast.Broadcast;
import app.paceline.broadcast.Broadcasts;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.PlannedDelivery;
import app.paceline.prompts.Prompts;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How broadcasts read: the message each learner gets (the course's name above the creator's text, which is plain text
 * and escaped here), its preview, the progress message ("Sent 1,234 / 5,000 · 3 unreachable · about 2 min left"),
 * and the summary. Numbers are formatted per language by the prompts ("1,234", "1 234").
 */
public final class BroadcastTexts {

    /** Broadcasts whose text was read lately: each of a broadcast's thousands of messages needs it. */
    private static final int CACHED = 16;

    private final Prompts prompts;
    private final Broadcasts broadcasts;
    private final Map<String, Broadcast> recent = new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Broadcast> eldest) {
            return size() > CACHED;
        }
    };

    public BroadcastTexts(Prompts prompts, Broadcasts broadcasts) {
        this.prompts = prompts;
        this.broadcasts = broadcasts;
    }

    public DeliveryTexts registerWith(DeliveryTexts texts) {
        return texts.with(DeliveryKind.BROADCAST, this::toLearner).with(DeliveryKind.BROADCAST_PROGRESS, this::progressOrSummary);
    }

    /** What a learner gets: the course's name, then the creator's text as they wrote it. */
    public String message(String courseTitle, String text, Locale locale) {
        return prompts.render(locale, "broadcast.message", Map.of("course", courseTitle)) + "\n\n" + escape(text);
    }

    /** The preview of a draft: what it is, then the message exactly as learners get it. */
    public String preview(String courseTitle, int learners, String text, Locale locale) {
        return prompts.render(locale, "broadcast.preview", Map.of("course", courseTitle, "learners", learners))
                + "\n\n" + message(courseTitle, text, locale);
    }

    DeliveryTexts.Message toLearner(PlannedDelivery delivery, Locale locale, ZoneId zone) {
        String id = delivery.plan().payload().get("broadcast");
        if (id == null) {
            // Planned with its text in the payload (as before broadcasts had a store): shown as it was checked then.
            return new DeliveryTexts.Message(delivery.plan().payload().getOrDefault("text", ""), Keyboard.none());
        }
        // Its messages are planned just before the broadcast is recorded: a moment's wait, not an error.
        Broadcast broadcast = cached(id).orElseThrow(() -> new DeliveryTexts.NotReadyYet("no broadcast " + id + " yet"));
        return new DeliveryTexts.Message(message(broadcast.courseTitle(), broadcast.text(), locale), Keyboard.none());
    }

    private Optional<Broadcast> cached(String id) {
        synchronized (recent) {
            Broadcast known = recent.get(id);
            if (known != null) {
                return Optional.of(known);
            }
        }
        Optional<Broadcast> found = broadcasts.find(id);
        found.ifPresent(broadcast -> {
            synchronized (recent) {
                recent.put(id, broadcast);
            }
        });
        return found;
    }

    DeliveryTexts.Message progressOrSummary(PlannedDelivery delivery, Locale locale, ZoneId zone) {
        Map<String, String> p = delivery.plan().payload();
        return "summary".equals(p.get("part")) ? summary(p, locale) : progress(p, locale, zone);
    }

    /** The progress message: a header, then "Sent 1,234 / 5,000 · 3 unreachable · about 2 min left", and the night owls. */
    DeliveryTexts.Message progress(Map<String, String> p, Locale locale, ZoneId zone) {
        String state = p.getOrDefault("state", "sending");
        String course = p.getOrDefault("course", "");
        List<String> parts = new ArrayList<>();
        parts.add(prompts.render(locale, "broadcast.progress.sent", Map.of("sent", number(p, "sent"), "total", number(p, "total"))));
        if (number(p, "unreachable") > 0) {
            parts.add(prompts.render(locale, "broadcast.progress.unreachable", Map.of("count", number(p, "unreachable"))));
        }
        if (number(p, "failed") > 0) {
            parts.add(prompts.render(locale, "broadcast.progress.failed", Map.of("count", number(p, "failed"))));
        }
        if (number(p, "withdrawn") > 0) {
            parts.add(prompts.render(locale, "broadcast.progress.withdrawn", Map.of("count", number(p, "withdrawn"))));
        }
        boolean running = state.equals("sending") || state.equals("stopping");
        long going = number(p, "waiting") - number(p, "deferred");
        if (running && going > 0) {
            long left = number(p, "left");
            parts.add(left < 60 ? prompts.render(locale, "broadcast.progress.under_a_minute")
                    : prompts.render(locale, "broadcast.progress.minutes_left", Map.of("minutes", (left + 59) / 60)));
        }
        StringBuilder text = new StringBuilder(prompts.render(locale, "broadcast.progress.header",
                Map.of("state", state, "course", course)));
        text.append('\n').append(String.join(" · ", parts));
        if (running && number(p, "deferred") > 0 && p.containsKey("deferredUntil")) {
            text.append('\n').append(prompts.render(locale, "broadcast.progress.deferred", Map.of(
                    "count", number(p, "deferred"),
                    "time", LocalTimes.moment(Instant.parse(p.get("deferredUntil")), zone, locale),
                    "zone", LocalTimes.zone(zone))));
        }
        Keyboard keyboard = state.equals("sending")
                ? Keyboard.Inline.row(new Button(prompts.renderPlain(locale, "broadcast.button.stop"),
                        BroadcastButtons.data(BroadcastButtons.STOP, p.getOrDefault("broadcast", ""))))
                : Keyboard.none();
        return new DeliveryTexts.Message(text.toString(), keyboard);
    }

    /** The summary when it is over: how long it took, and what became of every message. */
    DeliveryTexts.Message summary(Map<String, String> p, Locale locale) {
        List<String> lines = new ArrayList<>();
        lines.add(prompts.render(locale, "broadcast.summary.header", Map.of(
                "state", p.getOrDefault("state", "done"),
                "course", p.getOrDefault("course", ""),
                "duration", duration(Duration.ofSeconds(number(p, "took")), locale))));
        lines.add(prompts.render(locale, "broadcast.summary.sent", Map.of("sent", number(p, "sent"), "total", number(p, "total"))));
        if (number(p, "unreachable") > 0) {
            lines.add(prompts.render(locale, "broadcast.summary.unreachable", Map.of("count", number(p, "unreachable"))));
        }
        if (number(p, "failed") > 0) {
            lines.add(prompts.render(locale, "broadcast.summary.failed", Map.of("count", number(p, "failed"))));
        }
        if (number(p, "withdrawn") > 0) {
            lines.add(prompts.render(locale, "broadcast.summary.withdrawn", Map.of("count", number(p, "withdrawn"))));
        }
        return new DeliveryTexts.Message(String.join("\n", lines), Keyboard.none());
    }

    /** "42 seconds", "3 minutes", "about 9 hours". */
    String duration(Duration took, Locale locale) {
        long seconds = Math.max(1, took.toSeconds());
        if (seconds < 60) {
            return prompts.renderPlain(locale, "broadcast.duration.seconds", Map.of("count", seconds));
        }
        if (seconds < 2 * 3600) {
            return prompts.renderPlain(locale, "broadcast.duration.minutes", Map.of("count", (seconds + 30) / 60));
        }
        return prompts.renderPlain(locale, "broadcast.duration.hours", Map.of("count", (seconds + 1800) / 3600));
    }

    private static long number(Map<String, String> payload, String name) {
        try {
            return Long.parseLong(payload.getOrDefault(name, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The creator's text as Telegram shows plain text: {@code <}, {@code >} and {@code &} escaped, nothing else. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
