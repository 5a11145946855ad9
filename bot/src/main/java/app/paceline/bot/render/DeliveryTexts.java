package app.paceline.bot.render;

import app.paceline.bot.outbound.Keyboard;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.Outgoing;
import app.paceline.delivery.PlannedDelivery;
import app.paceline.prompts.Prompts;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what the delivery engine sends into words in the recipient's language. Each feature registers how its
 * kind of delivery reads; a kind nobody can render yet is refused (and dead-lettered by the engine) rather than
 * sent half-made.
 */
public final class DeliveryTexts {

    /** How one kind of delivery reads, for a reader in {@code zone} who reads {@code locale}. */
    @FunctionalInterface
    public interface Renderer {
        Message render(PlannedDelivery delivery, Locale locale, ZoneId zone);
    }

    /** How several deliveries of one kind that go out together read (instead of a generic catch-up message). */
    @FunctionalInterface
    public interface BundleRenderer {
        Message render(List<PlannedDelivery> items, Locale locale, ZoneId zone);
    }

    /** A rendered message: Telegram HTML and its buttons. */
    /**
     * What a message shows is not in the store yet: the action that planned it writes it right after (a broadcast's
     * text). The engine tries again shortly instead of giving up.
     */
    public static final class NotReadyYet extends RuntimeException {

        public NotReadyYet(String message) {
            super(message);
        }
    }

    public record Message(String html, Keyboard keyboard) {
    }

    private final Prompts prompts;
    private final Map<DeliveryKind, Renderer> renderers = new EnumMap<>(DeliveryKind.class);
    private final Map<DeliveryKind, BundleRenderer> bundleRenderers = new EnumMap<>(DeliveryKind.class);

    public DeliveryTexts(Prompts prompts) {
        this.prompts = prompts;
        // Announcements and broadcasts carry the creator's own text, checked when they wrote it.
        Renderer creatorText = (delivery, locale, zone) -> new Message(delivery.plan().payload().getOrDefault("text", ""), Keyboard.none());
        renderers.put(DeliveryKind.ANNOUNCEMENT, creatorText);
        renderers.put(DeliveryKind.BROADCAST, creatorText);
    }

    /** Registers how a feature's kind of delivery reads. */
    public DeliveryTexts with(DeliveryKind kind, Renderer renderer) {
        renderers.put(kind, renderer);
        return this;
    }

    /** Registers how several deliveries of a feature's kind read when they go out as one message. */
    public DeliveryTexts withBundle(DeliveryKind kind, BundleRenderer renderer) {
        bundleRenderers.put(kind, renderer);
        return this;
    }

    /** The message, or empty when this kind cannot be rendered. */
    public Optional<Message> render(Outgoing outgoing, Locale locale, ZoneId zone) {
        if (outgoing instanceof Outgoing.Bundle bundle) {
            DeliveryKind kind = bundle.items().get(0).plan().kind();
            boolean oneKind = bundle.items().stream().allMatch(item -> item.plan().kind() == kind);
            BundleRenderer renderer = oneKind ? bundleRenderers.get(kind) : null;
            return Optional.of(renderer != null ? renderer.render(bundle.items(), locale, zone) : catchUp(bundle, locale));
        }
        PlannedDelivery delivery = outgoing.deliveries().get(0);
        Renderer renderer = renderers.get(delivery.plan().kind());
        return renderer == null ? Optional.empty() : Optional.of(renderer.render(delivery, locale, zone));
    }

    /** At most this many items are listed in one catch-up message, so that it always fits Telegram's limit. */
    static final int MAX_CATCH_UP_LINES = 20;

    private Message catchUp(Outgoing.Bundle bundle, Locale locale) {
        var items = bundle.items();
        var text = new StringBuilder(prompts.render(locale, "delivery.catch_up.header", Map.of("count", items.size())));
        for (PlannedDelivery item : items.subList(0, Math.min(items.size(), MAX_CATCH_UP_LINES))) {
            String title = item.plan().payload().getOrDefault("title", item.key().value());
            text.append('\n').append(prompts.render(locale, "delivery.catch_up.line", Map.of("title", title)));
        }
        if (items.size() > MAX_CATCH_UP_LINES) {
            text.append('\n').append(prompts.render(locale, "delivery.catch_up.more", Map.of("count", items.size() - MAX_CATCH_UP_LINES)));
        }
        return new Message(text.toString(), Keyboard.none());
    }
}
