/**
 * The Telegram edge: the only code that imports TelegramBots. It maps updates to our inbound records
 * ({@link app.paceline.bot.telegram.UpdateMapper}), receives them by long polling
 * ({@link app.paceline.bot.telegram.LongPolling}) or by webhook ({@link app.paceline.bot.telegram.WebhookEndpoint},
 * {@link app.paceline.bot.telegram.WebhookRegistration}), handles each once ({@link app.paceline.bot.telegram.HandlingOnce}),
 * carries out handlers' answers
 * ({@link app.paceline.bot.telegram.TelegramResponder}) and reports whether Telegram is reachable.
 */
package app.paceline.bot.telegram;
