package app.paceline.bot.inbound;

/** Where a message was written: a private chat with the bot, or a group (basic or super). */
public enum ChatKind {
    PRIVATE,
    GROUP
}
