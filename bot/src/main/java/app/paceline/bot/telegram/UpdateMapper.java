package app.paceline.bot.telegram;

import app.paceline.bot.inbound.ChatKind;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Sender;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Maps a Telegram {@link Update} to our {@link Inbound}, or to nothing when it is not for us: edited messages
 * (answering an edit again would repeat ourselves), channel posts, messages from other bots, commands addressed
 * to another bot, and update kinds we do not read yet.
 */
public final class UpdateMapper {

    /** {@code /name}, {@code /name@bot}, then the argument. Telegram command names: a-z, 0-9, _; up to 32. */
    private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?:\\s+(.*))?$", Pattern.DOTALL);

    public Optional<Inbound> map(Update update, String botUsername) {
        if (update.hasMessage()) {
            return message(update.getMessage(), botUsername);
        }
        if (update.hasCallbackQuery()) {
            return press(update.getCallbackQuery());
        }
        if (update.hasMyChatMember()) {
            return membership(update.getMyChatMember());
        }
        return Optional.empty();
    }

    private Optional<Inbound> message(Message message, String botUsername) {
        Optional<ChatKind> kind = kindOf(message.getChat());
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        Optional<Sender> sender = senderOf(message);
        if (sender.isEmpty()) {
            return Optional.empty();
        }
        long chatId = message.getChatId();
        int messageId = message.getMessageId();
        if (message.hasText()) {
            String text = message.getText();
            Matcher command = COMMAND.matcher(text.strip());
            if (command.matches()) {
                String mention = command.group(2);
                if (mention != null && !mention.equalsIgnoreCase(botUsername)) {
                    return Optional.empty();
                }
                String argument = command.group(3) == null ? "" : command.group(3).strip();
                return Optional.of(new Inbound.Command(chatId, kind.get(), sender.get(), messageId,
                        command.group(1).toLowerCase(Locale.ROOT), argument, mention != null));
            }
            return Optional.of(new Inbound.Text(chatId, kind.get(), sender.get(), messageId, text));
        }
        if (message.hasDocument()) {
            var document = message.getDocument();
            return Optional.of(new Inbound.Document(chatId, kind.get(), sender.get(), messageId, document.getFileId(),
                    document.getFileName() == null ? "" : document.getFileName(),
                    document.getMimeType() == null ? "" : document.getMimeType(),
                    document.getFileSize() == null ? 0 : document.getFileSize()));
        }
        return Optional.of(new Inbound.Unsupported(chatId, kind.get(), sender.get(), contentKind(message)));
    }

    private Optional<Inbound> press(CallbackQuery query) {
        User from = query.getFrom();
        if (from == null) {
            return Optional.empty();
        }
        Sender sender = Sender.user(from.getId(), from.getFirstName(), from.getLanguageCode());
        String data = query.getData() == null ? "" : query.getData();
        var message = query.getMessage();
        if (message == null) {
            // A press on a message sent in inline mode: we never send those, so it can only be stale or forged.
            return Optional.of(new Inbound.ButtonPress(from.getId(), ChatKind.PRIVATE, sender, query.getId(), 0, data));
        }
        Optional<ChatKind> kind = kindOf(message.getChat());
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Inbound.ButtonPress(message.getChatId(), kind.get(), sender, query.getId(),
                message.getMessageId(), data));
    }

    private Optional<Inbound> membership(ChatMemberUpdated change) {
        Optional<ChatKind> kind = kindOf(change.getChat());
        if (kind.isEmpty() || change.getNewChatMember() == null || change.getFrom() == null) {
            return Optional.empty();
        }
        String status = change.getNewChatMember().getStatus();
        boolean present = switch (status) {
            case "member", "administrator", "creator" -> true;
            case "restricted" -> true;
            default -> false;
        };
        User from = change.getFrom();
        return Optional.of(new Inbound.Membership(change.getChat().getId(), kind.get(),
                Sender.user(from.getId(), from.getFirstName(), from.getLanguageCode()), present, status));
    }

    private static Optional<ChatKind> kindOf(Chat chat) {
        if (chat == null || chat.getType() == null) {
            return Optional.empty();
        }
        return switch (chat.getType()) {
            case "private" -> Optional.of(ChatKind.PRIVATE);
            case "group", "supergroup" -> Optional.of(ChatKind.GROUP);
            default -> Optional.empty();
        };
    }

    private static Optional<Sender> senderOf(Message message) {
        Chat senderChat = message.getSenderChat();
        if (senderChat != null) {
            // An anonymous admin writes as the group itself; anything else (a linked channel) is not a person.
            return senderChat.getId().equals(message.getChatId()) ? Optional.of(Sender.anonymousAdmin()) : Optional.empty();
        }
        User from = message.getFrom();
        if (from == null || Boolean.TRUE.equals(from.getIsBot())) {
            return Optional.empty();
        }
        return Optional.of(Sender.user(from.getId(), from.getFirstName(), from.getLanguageCode()));
    }

    private static String contentKind(Message message) {
        if (message.hasSticker()) {
            return "sticker";
        }
        if (message.hasPhoto()) {
            return "photo";
        }
        if (message.hasDocument()) {
            return "document";
        }
        if (message.hasVoice()) {
            return "voice";
        }
        if (message.hasVideo() || message.hasVideoNote()) {
            return "video";
        }
        if (message.hasLocation()) {
            return "location";
        }
        if (message.hasContact()) {
            return "contact";
        }
        return "other";
    }
}
