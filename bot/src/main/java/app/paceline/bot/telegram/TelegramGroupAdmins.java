package app.paceline.bot.telegram;

import app.paceline.bot.command.GroupAdmins;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * {@link GroupAdmins} by asking Telegram ({@code getChatMember}): the owner ("creator") and administrators. Used
 * through {@link CachedGroupAdmins}.
 */
public final class TelegramGroupAdmins implements GroupAdmins, CachedGroupAdmins.Answering {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramGroupAdmins.class);

    private final TelegramClient client;

    public TelegramGroupAdmins(TelegramClient client) {
        this.client = client;
    }

    @Override
    public boolean isAdmin(long groupChatId, long userId) {
        return Boolean.TRUE.equals(ask(groupChatId, userId));
    }

    @Override
    public Boolean ask(long groupChatId, long userId) {
        try {
            ChatMember member = client.execute(new GetChatMember(Long.toString(groupChatId), userId));
            String status = member.getStatus();
            return "creator".equals(status) || "administrator".equals(status);
        } catch (TelegramApiException e) {
            LOG.warn("cannot ask Telegram whether user {} administers group {}: {}", userId, groupChatId, e.getClass().getSimpleName());
            return null;
        }
    }
}
