/** Rendering: how values (times, zones) appear inside prompt texts. The words themselves live in {@code prompts/}. */
package app.paceline.bot.render;
