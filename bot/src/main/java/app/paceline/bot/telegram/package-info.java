/**
 * The Telegram edge: the only code that imports TelegramBots. It maps updates to our inbound records
 * ({@link app.paceline.bot.telegram.UpdateMapper}), receives them by long polling
 * ({@link app.paceline.bot.telegram.LongPolling}), carries out handlers' answers
 * ({@link app.paceline.bot.telegram.TelegramResponder}) and reports whether Telegram is reachable.
 */
package app.paceline.bot.telegram;
