package app.paceline.bot.command;

/** Who may administer a Telegram group, as Telegram says (the owner or an administrator). */
@FunctionalInterface
public interface GroupAdmins {

    /** False also when Telegram cannot be asked right now: linking waits rather than trusts. */
    boolean isAdmin(long groupChatId, long userId);
}
