package app.paceline.bot.telegram;

import app.paceline.bot.render.DeliveryTexts;
import app.paceline.delivery.DeliveryOutcome;
import app.paceline.delivery.Notifier;
import app.paceline.delivery.Outgoing;
import app.paceline.learner.Learner;
import app.paceline.learner.LearnerId;
import app.paceline.learner.Learners;
import app.paceline.prompts.Prompts;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The delivery engine's way out to Telegram: renders a delivery in the recipient's language, sends it, and maps
 * the Bot API's answer to a {@link DeliveryOutcome} (telegram.md, "Errors"). No Telegram exception leaves here.
 */
public final class TelegramNotifier implements Notifier {

    private final TelegramClient client;
    private final DeliveryTexts texts;
    private final Learners learners;
    private final Prompts prompts;
    private final BotToken token;

    public TelegramNotifier(TelegramClient client, DeliveryTexts texts, Learners learners, Prompts prompts, BotToken token) {
        this.client = client;
        this.texts = texts;
        this.learners = learners;
        this.prompts = prompts;
        this.token = token;
    }

    @Override
    public DeliveryOutcome send(Outgoing outgoing) {
        try {
            Optional<Learner> learner = outgoing.recipient().group() ? Optional.empty()
                    : learners.find(new LearnerId(outgoing.recipient().chatId()));
            Locale locale = learner.map(l -> prompts.localeFor(l.languageCode())).orElse(prompts.baseLocale());
            ZoneId zone = learner.flatMap(Learner::timeZone).orElse(ZoneOffset.UTC);
            Optional<DeliveryTexts.Message> message;
            try {
                message = texts.render(outgoing, locale, zone);
            } catch (IllegalArgumentException promptMisused) {
                // A prompt given the wrong arguments is a bug that no retry mends: dead-letter it (counted, logged).
                return new DeliveryOutcome.Rejected("cannot render: " + promptMisused.getMessage());
            }
            if (message.isEmpty()) {
                return new DeliveryOutcome.Rejected("nothing can render " + outgoing.deliveries().get(0).plan().kind() + " yet");
            }
            // Sent whole, never split: a message Telegram refuses as too long is dead-lettered, not cut up.
            SendMessage send = TelegramResponder.message(outgoing.recipient().chatId(), message.get().html(), message.get().keyboard());
            if (outgoing.paid()) {
                send.setAllowPaidBroadcast(true);
            }
            client.execute(send);
            return new DeliveryOutcome.Sent();
        } catch (TelegramApiRequestException e) {
            return outcomeOf(e);
        } catch (TelegramApiValidationException e) {
            // Refused by the client before sending (empty text, bad markup): it will never succeed as it is.
            return new DeliveryOutcome.Rejected(token.redact(e.getMessage()));
        } catch (TelegramApiException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return new DeliveryOutcome.Transient(token.redact(cause.getClass().getSimpleName() + ": " + cause.getMessage()));
        }
        // Anything else (the store unreachable while looking up the learner) propagates: the engine gives the
        // delivery back to be tried again instead of dead-lettering it.
    }

    /** Bot API errors in engine terms: 429 waits, 403 and a vanished chat are unreachable, other 4xx never succeed. */
    static DeliveryOutcome outcomeOf(TelegramApiRequestException e) {
        int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
        String description = e.getApiResponse() == null ? e.getMessage() : e.getApiResponse();
        if (code == 429) {
            Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            return new DeliveryOutcome.RetryAfter(Duration.ofSeconds(retryAfter == null ? 1 : Math.max(1, retryAfter)));
        }
        if (code == 403) {
            return new DeliveryOutcome.Unreachable(description);
        }
        if (code == 400) {
            String lower = description.toLowerCase(Locale.ROOT);
            if (lower.contains("chat not found") || lower.contains("user not found") || lower.contains("peer_id_invalid")
                    || lower.contains("group chat was upgraded") || lower.contains("chat was deleted")) {
                return new DeliveryOutcome.Unreachable(description);
            }
            return new DeliveryOutcome.Rejected(description);
        }
        // 5xx, and 401/404 (a token or server problem, not this message's): try again later.
        return new DeliveryOutcome.Transient(code + " " + description);
    }
}
