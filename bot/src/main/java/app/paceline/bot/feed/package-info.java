/**
 * The personal calendar feed: the learner's events ({@link app.paceline.calendar.ReadingFeed}) as iCalendar text for
 * calendar apps (with ical4j, time-zone definitions bundled), its address, and "Add to Google Calendar" links. Words
 * come from prompts as plain text, since calendar apps show no HTML. Serving it over HTTP is {@code bot/web}'s job.
 */
package app.paceline.bot.feed;
