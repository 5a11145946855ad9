package app.paceline.bot.telegram;

import app.paceline.bot.outbound.Button;
import app.paceline.bot.outbound.Keyboard;
import app.paceline.bot.outbound.Outbound;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardRemove;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Carries out a handler's answers through the Bot API, in order; photos and documents are uploaded from their bytes
 * (multipart). A failed answer is logged and does not stop the
 * rest (see {@link #execute} for retries). Messages Paceline sends on its own go through the delivery engine.
 */
public final class TelegramResponder {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramResponder.class);
    /** Telegram's limit for one message's text. */
    static final int MAX_TEXT = 4096;
    /** Longest {@code retry_after} worth waiting for while a user waits for an answer. */
    static final int MAX_WAIT_SECONDS = 5;
    private static final int ATTEMPTS = 3;

    private final TelegramClient client;
    private final BotToken token;

    public TelegramResponder(TelegramClient client, BotToken token) {
        this.client = client;
        this.token = token;
    }

    public void carryOut(List<Outbound> outbounds) {
        for (Outbound outbound : outbounds) {
            if (outbound instanceof Outbound.Photo photo) {
                SendPhoto send = photo(photo);
                execute(send.getMethod(), () -> client.execute(send), outbound);
                continue;
            }
            if (outbound instanceof Outbound.Document document) {
                SendDocument send = document(document);
                execute(send.getMethod(), () -> client.execute(send), outbound);
                continue;
            }
            for (BotApiMethod<?> method : methodsFor(outbound)) {
                execute(method.getMethod(), () -> client.execute(method), outbound);
            }
        }
    }

    /** A photo uploaded as multipart from its bytes, with an HTML caption. */
    static SendPhoto photo(Outbound.Photo photo) {
        return SendPhoto.builder()
                .chatId(photo.chatId())
                .photo(new InputFile(new ByteArrayInputStream(photo.png()), photo.fileName()))
                .caption(photo.caption().isEmpty() ? null : photo.caption())
                .parseMode(photo.caption().isEmpty() ? null : "HTML")
                .build();
    }

    /** A document uploaded as multipart from its bytes, with an HTML caption. */
    static SendDocument document(Outbound.Document document) {
        return SendDocument.builder()
                .chatId(document.chatId())
                .document(new InputFile(new ByteArrayInputStream(document.bytes()), document.fileName()))
                .caption(document.caption().isEmpty() ? null : document.caption())
                .parseMode(document.caption().isEmpty() ? null : "HTML")
                .build();
    }

    /** The Bot API calls for a text reply, a button edit or a press acknowledgement (not for photos and documents). */
    static List<BotApiMethod<?>> methodsFor(Outbound outbound) {
        if (outbound instanceof Outbound.Reply reply) {
            List<BotApiMethod<?>> messages = new ArrayList<>();
            List<String> parts = split(reply.html());
            for (int i = 0; i < parts.size(); i++) {
                boolean last = i == parts.size() - 1;
                messages.add(message(reply.chatId(), parts.get(i), last ? reply.keyboard() : Keyboard.none()));
            }
            return messages;
        }
        if (outbound instanceof Outbound.EditButtons edit) {
            return List.of(EditMessageReplyMarkup.builder()
                    .chatId(edit.chatId())
                    .messageId(edit.messageId())
                    .replyMarkup(edit.keyboard().rows().isEmpty() ? null : inline(edit.keyboard()))
                    .build());
        }
        var answer = (Outbound.AnswerPress) outbound;
        return List.of(AnswerCallbackQuery.builder()
                .callbackQueryId(answer.callbackId())
                .text(answer.toast().isEmpty() ? null : answer.toast())
                .build());
    }

    /** One HTML message as Telegram gets it, link previews off. */
    static SendMessage message(long chatId, String html, Keyboard keyboard) {
        return SendMessage.builder()
                .chatId(chatId)
                .text(html)
                .parseMode("HTML")
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                .replyMarkup(markup(keyboard))
                .build();
    }

    private static ReplyKeyboard markup(Keyboard keyboard) {
        if (keyboard instanceof Keyboard.Inline inline) {
            return inline(inline);
        }
        if (keyboard instanceof Keyboard.Choices choices) {
            List<KeyboardRow> rows = choices.rows().stream().map(row -> new KeyboardRow(row.toArray(String[]::new))).toList();
            return ReplyKeyboardMarkup.builder().keyboard(rows).resizeKeyboard(true).oneTimeKeyboard(true).build();
        }
        if (keyboard instanceof Keyboard.RemoveChoices) {
            return ReplyKeyboardRemove.builder().removeKeyboard(true).build();
        }
        return null;
    }

    static InlineKeyboardMarkup inline(Keyboard.Inline keyboard) {
        List<InlineKeyboardRow> rows = keyboard.rows().stream()
                .map(row -> new InlineKeyboardRow(row.stream().map(TelegramResponder::button).toList()))
                .toList();
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    private static InlineKeyboardButton button(Button button) {
        var builder = InlineKeyboardButton.builder().text(button.label());
        return button.url().isPresent()
                ? builder.url(button.url().get().toString()).build()
                : builder.callbackData(button.data()).build();
    }

    /**
     * Splits text longer than Telegram's limit at line breaks. Prompts are checked to fit on their own; only
     * messages assembled from several prompts (lists) can grow past it, one prompt per line, so a line break is
     * never inside a tag. A single overlong line is cut where no tag, entity or surrogate pair is broken. Never
     * returns an empty part.
     */
    static List<String> split(String text) {
        if (text.length() <= MAX_TEXT) {
            return List.of(text);
        }
        List<String> parts = new ArrayList<>();
        var current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            while (line.length() > MAX_TEXT) {
                flush(current, parts);
                int cut = safeCut(line, MAX_TEXT);
                parts.add(line.substring(0, cut));
                line = line.substring(cut);
            }
            if (current.length() > 0 && current.length() + 1 + line.length() > MAX_TEXT) {
                flush(current, parts);
            }
            if (current.length() > 0) {
                current.append('\n');
            }
            current.append(line);
        }
        flush(current, parts);
        return parts;
    }

    private static void flush(StringBuilder current, List<String> parts) {
        if (!current.toString().isBlank()) {
            parts.add(current.toString());
        }
        current.setLength(0);
    }

    /**
     * The last position at or before {@code limit} that is outside every tag, element, entity and surrogate pair,
     * so that both halves stay valid Telegram HTML.
     */
    private static int safeCut(String line, int limit) {
        int cut = limit;
        int tagStart = line.lastIndexOf('<', cut - 1);
        if (tagStart >= 0 && line.indexOf('>', tagStart) >= cut) {
            cut = tagStart;
        }
        int entityStart = line.lastIndexOf('&', cut - 1);
        if (entityStart >= 0 && cut - entityStart <= 10 && line.indexOf(';', entityStart) >= cut) {
            cut = entityStart;
        }
        int openElement = firstUnclosedElement(line.substring(0, cut));
        if (openElement >= 0) {
            cut = openElement;
        }
        if (cut > 0 && Character.isHighSurrogate(line.charAt(cut - 1))) {
            cut--;
        }
        return cut > 0 ? cut : limit;
    }

    /** Where the outermost element still open at the end of {@code html} starts, or -1 when all are closed. */
    private static int firstUnclosedElement(String html) {
        java.util.Deque<Integer> open = new java.util.ArrayDeque<>();
        for (int at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
            if (at + 1 < html.length() && html.charAt(at + 1) == '/') {
                if (!open.isEmpty()) {
                    open.pop();
                }
            } else {
                open.push(at);
            }
        }
        return open.isEmpty() ? -1 : open.peekLast();
    }

    /**
     * Sends one answer. The user is waiting for it, so a short 429 is waited out and a 5xx or network error is
     * tried twice more (after 0.5 and 1 s); anything longer is given up and logged rather than holding up the
     * other users' updates, which are handled on the same thread.
     */
    private void execute(String method, Call call, Outbound outbound) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            boolean last = attempt == ATTEMPTS;
            try {
                call.run();
                return;
            } catch (TelegramApiRequestException e) {
                Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
                if (retryAfter != null && retryAfter <= MAX_WAIT_SECONDS && !last) {
                    if (!pause(retryAfter * 1000L)) {
                        return;
                    }
                    continue;
                }
                int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
                if (code >= 500 && !last) {
                    if (!pause(500L * attempt)) {
                        return;
                    }
                    continue;
                }
                if (e.getApiResponse() != null && e.getApiResponse().contains("message is not modified")) {
                    return;
                }
                LOG.warn("Telegram refused {} ({}): {}", method, describe(outbound), token.redact(e.getApiResponse()));
                return;
            } catch (TelegramApiException e) {
                if (!last && pause(500L * attempt)) {
                    continue;
                }
                LOG.warn("Could not reach Telegram for {} ({}): {}", method, describe(outbound), token.redact(e.getMessage()));
                return;
            }
        }
    }

    /** One call to the Bot API. */
    @FunctionalInterface
    private interface Call {
        void run() throws TelegramApiException;
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String describe(Outbound outbound) {
        if (outbound instanceof Outbound.Reply reply) {
            return "chat " + reply.chatId();
        }
        if (outbound instanceof Outbound.EditButtons edit) {
            return "chat " + edit.chatId() + " message " + edit.messageId();
        }
        if (outbound instanceof Outbound.Photo photo) {
            return "chat " + photo.chatId() + " photo " + photo.fileName();
        }
        if (outbound instanceof Outbound.Document document) {
            return "chat " + document.chatId() + " document " + document.fileName();
        }
        return "button press";
    }
}
