/**
 * The HTTP edge besides Telegram: the calendar feed that calendar apps subscribe to. Only this package (and
 * {@code config/}) knows Spring MVC; what it serves comes from use cases and {@code bot/feed}.
 */
package app.paceline.bot.web;
