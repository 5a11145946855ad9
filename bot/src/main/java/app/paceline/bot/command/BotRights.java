package app.paceline.bot.command;

import java.util.Optional;

/** What the bot itself may do in a group, as Telegram says ({@code getChatMember} on the bot). */
@FunctionalInterface
public interface BotRights {

    /** @return empty when Telegram cannot be asked right now */
    Optional<Rights> in(long groupChatId);

    /**
     * @param send whether the bot may post messages there
     * @param pin  whether it may pin them (an admin with "Pin messages"): challenge boards and pinned announcements
     */
    record Rights(boolean send, boolean pin) {
    }
}
