package app.paceline.bot.telegram;

import app.paceline.bot.outbound.Keyboard;
import app.paceline.bot.render.DeliveryTexts;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.DeliveryOutcome;
import app.paceline.delivery.Notifier;
import app.paceline.delivery.Outgoing;
import app.paceline.delivery.PlannedDelivery;
import app.paceline.learner.Learner;
import app.paceline.learner.LearnerId;
import app.paceline.learner.Learners;
import app.paceline.prompts.Prompts;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.pinnedmessages.PinChatMessage;
import org.telegram.telegrambots.meta.api.methods.pinnedmessages.UnpinChatMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The delivery engine's way out to Telegram: renders a delivery in the recipient's language, sends it, and maps
 * the Bot API's answer to a {@link DeliveryOutcome} (telegram.md, "Errors"). No Telegram exception leaves here.
 *
 * <p>A challenge board ({@link DeliveryKind#CHALLENGE_BOARD}) is one message kept up to date: its first delivery is
 * sent, then pinned without notifying the group (a bot that is not an admin may not pin: the post stays, and that is
 * logged, not retried), and its message id is reported to {@link BoardPosts}; the board it replaces is unpinned. Each
 * later delivery carries that message id and edits the message instead (reported too); "message is not modified"
 * counts as sent, and a board an admin deleted ("message to edit not found") is posted again.
 *
 * <p>A broadcast's progress message ({@link DeliveryKind#BROADCAST_PROGRESS} with an {@code edit} in its payload) is
 * kept up to date the same way in its sender's private chat, with its buttons and without pinning; its summary (no
 * {@code edit}) is a plain message.
 */
public final class TelegramNotifier implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramNotifier.class);

    /**
     * Told of each challenge board in a group, posted or edited, before the engine records it sent: its message id,
     * so that later edits find the message, and that what the delivery carries is now on screen.
     */
    @FunctionalInterface
    public interface BoardPosts {

        /** Nobody listens (tests of other kinds). */
        BoardPosts NONE = (board, messageId) -> { };

        /** {@code board} is in its recipient's chat as {@code messageId}. */
        void shown(PlannedDelivery board, long messageId);

        /** Tells each of {@code listeners} (one per kind of message kept up to date; each ignores the others' kinds). */
        static BoardPosts all(java.util.List<BoardPosts> listeners) {
            java.util.List<BoardPosts> copy = java.util.List.copyOf(listeners);
            return (board, messageId) -> copy.forEach(listener -> listener.shown(board, messageId));
        }
    }

    private final TelegramClient client;
    private final DeliveryTexts texts;
    private final Learners learners;
    private final Prompts prompts;
    private final BotToken token;
    private final BoardPosts boardPosts;

    public TelegramNotifier(TelegramClient client, DeliveryTexts texts, Learners learners, Prompts prompts, BotToken token) {
        this(client, texts, learners, prompts, token, BoardPosts.NONE);
    }

    public TelegramNotifier(TelegramClient client, DeliveryTexts texts, Learners learners, Prompts prompts, BotToken token,
                            BoardPosts boardPosts) {
        this.client = client;
        this.texts = texts;
        this.learners = learners;
        this.prompts = prompts;
        this.token = token;
        this.boardPosts = boardPosts;
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
            } catch (DeliveryTexts.NotReadyYet notYet) {
                return new DeliveryOutcome.NotReady(notYet.getMessage());
            } catch (IllegalArgumentException promptMisused) {
                // A prompt given the wrong arguments is a bug that no retry mends: dead-letter it (counted, logged).
                return new DeliveryOutcome.Rejected("cannot render: " + promptMisused.getMessage());
            }
            if (message.isEmpty()) {
                return new DeliveryOutcome.Rejected("nothing can render " + outgoing.deliveries().get(0).plan().kind() + " yet");
            }
            if (outgoing instanceof Outgoing.Single single && single.delivery().plan().kind() == DeliveryKind.CHALLENGE_BOARD) {
                return inPlace(single.delivery(), message.get(), true);
            }
            if (outgoing instanceof Outgoing.Single single && single.delivery().plan().kind() == DeliveryKind.BROADCAST_PROGRESS
                    && single.delivery().plan().payload().containsKey("edit")) {
                return inPlace(single.delivery(), message.get(), false);
            }
            // Sent whole, never split: a message Telegram refuses as too long is dead-lettered, not cut up.
            SendMessage send = TelegramResponder.message(outgoing.recipient().chatId(), message.get().html(), message.get().keyboard());
            if (outgoing.paid()) {
                send.setAllowPaidBroadcast(true);
            }
            Message sent = client.execute(send);
            pinIfAsked(outgoing, sent);
            return new DeliveryOutcome.Sent();
        } catch (TelegramApiRequestException e) {
            return outcomeOf(e);
        } catch (TelegramApiValidationException e) {
            // Refused by the client before sending (empty text, bad markup): it will never succeed as it is.
            return new DeliveryOutcome.Rejected(token.redact(e.getMessage()));
        } catch (TelegramApiException e) {
            return new DeliveryOutcome.Transient(token.describe(e));
        }
        // Anything else (the store unreachable while looking up the learner) propagates: the engine gives the
        // delivery back to be tried again instead of dead-lettering it.
    }

    /**
     * A message kept up to date (a board, a broadcast's progress): an edit of its message when it has one, else a new
     * message, pinned when {@code pin}.
     */
    private DeliveryOutcome inPlace(PlannedDelivery board, DeliveryTexts.Message message, boolean pin) throws TelegramApiException {
        long chatId = board.recipient().chatId();
        Map<String, String> payload = board.plan().payload();
        String messageId = payload.get("messageId");
        if (messageId != null) {
            try {
                // Without a keyboard the edit takes the message's buttons away, as Telegram does.
                client.execute(EditMessageText.builder()
                        .chatId(chatId)
                        .messageId(Integer.parseInt(messageId))
                        .text(message.html())
                        .parseMode("HTML")
                        .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                        .replyMarkup(message.keyboard() instanceof Keyboard.Inline inline ? TelegramResponder.inline(inline) : null)
                        .build());
                return shown(board, Long.parseLong(messageId));
            } catch (TelegramApiRequestException e) {
                String description = String.valueOf(e.getApiResponse()).toLowerCase(Locale.ROOT);
                if (description.contains("message is not modified")) {
                    return shown(board, Long.parseLong(messageId)); // it already says this
                }
                if (!description.contains("message to edit not found") && !description.contains("message_id_invalid")) {
                    return outcomeOf(e);
                }
                LOG.info("The {} {} in chat {} is gone (deleted?); posting it again", board.plan().kind(),
                        payload.getOrDefault("board", payload.get("broadcast")), chatId);
            }
        }
        Message sent = client.execute(TelegramResponder.message(chatId, message.html(), pin ? Keyboard.none() : message.keyboard()));
        int posted = sent.getMessageId();
        if (!pin) {
            return shown(board, posted);
        }
        // The board is out: from here on nothing may turn this delivery into a failure, or it would be posted twice.
        try {
            client.execute(PinChatMessage.builder().chatId(chatId).messageId(posted).disableNotification(true).build());
        } catch (TelegramApiException e) {
            LOG.warn("Could not pin the board {} in chat {} (is the bot an admin allowed to pin?): {}; it stays unpinned",
                    payload.get("board"), chatId, token.describe(e));
        }
        Optional.ofNullable(payload.get("unpin")).map(Integer::valueOf).filter(previous -> previous != posted).ifPresent(previous -> {
            try {
                client.execute(UnpinChatMessage.builder().chatId(chatId).messageId(previous).build());
            } catch (TelegramApiException e) {
                LOG.info("Could not unpin the previous board (message {}) in chat {}: {}", previous, chatId, token.describe(e));
            }
        });
        return shown(board, posted);
    }

    /** Reports a board in the group; it is there, so a failure to record that is logged, never a failed delivery. */
    private DeliveryOutcome shown(PlannedDelivery board, long messageId) {
        try {
            boardPosts.shown(board, messageId);
        } catch (RuntimeException e) {
            LOG.error("The {} {} is in chat {} as message {}, but that could not be recorded", board.plan().kind(),
                    board.plan().payload().getOrDefault("board", board.plan().payload().get("broadcast")),
                    board.recipient().chatId(), messageId, e);
        }
        return new DeliveryOutcome.Sent();
    }


    /**
     * Pins an announcement that asks for it ({@code pin=true} in its payload) once it is in the group, without a second
     * notification. It is out: a bot that may not pin (not an admin with that right) leaves it unpinned, and that is
     * logged, never a failed delivery (which would post it again).
     */
    private void pinIfAsked(Outgoing outgoing, Message sent) {
        if (!(outgoing instanceof Outgoing.Single single) || single.delivery().plan().kind() != DeliveryKind.ANNOUNCEMENT
                || !"true".equals(single.delivery().plan().payload().get("pin")) || sent == null) {
            return;
        }
        long chatId = outgoing.recipient().chatId();
        try {
            client.execute(PinChatMessage.builder().chatId(chatId).messageId(sent.getMessageId()).disableNotification(true).build());
        } catch (TelegramApiException e) {
            LOG.warn("Could not pin the announcement {} in chat {} (is the bot an admin allowed to pin?): {}; it stays unpinned",
                    single.delivery().plan().payload().get("announcement"), chatId, token.describe(e));
        }
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
