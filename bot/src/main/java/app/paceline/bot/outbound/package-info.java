/**
 * Outbound: the bot's answers as values (replies, photos, documents, button edits, press acknowledgements) that the Telegram edge
 * carries out. Keeping them as values makes every handler testable without Telegram.
 */
package app.paceline.bot.outbound;
