/**
 * Commands: one class per command, each with a {@link app.paceline.bot.command.CommandSpec} that feeds
 * {@code /help} and Telegram's command menu, and the {@link app.paceline.bot.command.UpdateRouter} that sends each
 * inbound event to the command, conversation or button handler it belongs to.
 */
package app.paceline.bot.command;
