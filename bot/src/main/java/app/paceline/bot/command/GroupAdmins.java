package app.paceline.bot.command;

/**
 * Who may administer a Telegram group, as Telegram says (the owner or an administrator), asked at the time of each
 * privileged action. Anonymous admins (messages sent as the group) have no user id: a handler checks
 * {@code Sender.asGroup()} itself, since Telegram lets only admins write as the group.
 */
@FunctionalInterface
public interface GroupAdmins {

    /** False also when Telegram cannot be asked right now: a privileged action waits rather than trusts. */
    boolean isAdmin(long groupChatId, long userId);
}
