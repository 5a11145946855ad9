/**
 * Inbound: our own records for what users do, so that commands and conversations never touch Telegram types.
 * The mapping from Telegram updates lives in {@code bot.telegram}.
 */
package app.paceline.bot.inbound;
