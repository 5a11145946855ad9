/**
 * An in-process fake of the Telegram Bot API for end-to-end tests, benchmarks and the sandbox.
 * {@link app.paceline.fakebotapi.FakeBotApi} serves the bot side over HTTP exactly where TelegramBots expects
 * api.telegram.org, and exposes a Java API (plus a JSON control API under {@code /_fake/}) that plays the users.
 * It validates requests the way the real API does, applies its rate limits and can inject failures, so the bot's
 * error handling can be exercised without the network. Only the JDK HTTP server and Jackson are used.
 */
package app.paceline.fakebotapi;
