package app.paceline.bot.telegram;

import app.paceline.bot.command.BotRights;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberAdministrator;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberRestricted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Asks Telegram ({@code getChatMember}) who administers a group (the owner, "creator", and administrators), for
 * {@link CachedGroupAdmins}, and what the bot itself may do there ({@link BotRights}).
 */
public final class TelegramGroupAdmins implements CachedGroupAdmins.Answering, BotRights {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramGroupAdmins.class);

    private final TelegramClient client;
    private final long botId;

    /** @param botId the bot's own user id (the token's part before the colon), for {@link #in} */
    public TelegramGroupAdmins(TelegramClient client, long botId) {
        this.client = client;
        this.botId = botId;
    }

    @Override
    public Optional<Rights> in(long groupChatId) {
        try {
            ChatMember member = client.execute(new GetChatMember(Long.toString(groupChatId), botId));
            if (member instanceof ChatMemberAdministrator admin) {
                return Optional.of(new Rights(true, Boolean.TRUE.equals(admin.getCanPinMessages())));
            }
            if (member instanceof ChatMemberRestricted restricted) {
                return Optional.of(new Rights(Boolean.TRUE.equals(restricted.getCanSendMessages()),
                        Boolean.TRUE.equals(restricted.getCanPinMessages())));
            }
            String status = member.getStatus();
            boolean present = !"left".equals(status) && !"kicked".equals(status);
            return Optional.of(new Rights(present, false));
        } catch (TelegramApiException e) {
            LOG.warn("cannot ask Telegram what the bot may do in group {}: {}", groupChatId, e.getClass().getSimpleName());
            return Optional.empty();
        }
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
