/** The Telegram edge's MongoDB adapter: the record of handled updates ({@code processed_updates}). */
package app.paceline.bot.telegram.mongo;
