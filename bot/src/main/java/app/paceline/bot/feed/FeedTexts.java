package app.paceline.bot.feed;

import app.paceline.bot.render.LocalTimes;
import app.paceline.calendar.FeedEvent;
import app.paceline.prompts.Prompts;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/**
 * The words of calendar events, in the feed and in "Add to Google Calendar" links: plain text, because calendar
 * apps show no HTML. Prompts render Telegram HTML (arguments escaped), so tags are dropped and entities decoded.
 */
public final class FeedTexts {

    private final Prompts prompts;

    public FeedTexts(Prompts prompts) {
        this.prompts = prompts;
    }

    /** The language for a learner's Telegram language code. */
    public Locale localeFor(String languageCode) {
        return prompts.localeFor(languageCode);
    }

    public String calendarName(Locale locale) {
        return prompts.renderPlain(locale, "feed.ics.name");
    }

    public String calendarDescription(Locale locale) {
        return prompts.renderPlain(locale, "feed.ics.description");
    }

    /** What a calendar shows as the event's title. */
    public String summary(FeedEvent event, Locale locale) {
        if (event instanceof FeedEvent.Session session) {
            return prompts.renderPlain(locale, "feed.ics.session_summary", Map.of("title", session.occurrence().session().title()));
        }
        String title = ((FeedEvent.OfAssignment) event).standing().assignment().title();
        if (event instanceof FeedEvent.Due) {
            return prompts.renderPlain(locale, "feed.ics.due_summary", Map.of("title", title));
        }
        return title;
    }

    /** What a calendar shows as the event's notes; times in {@code zone}. */
    public String details(FeedEvent event, ZoneId zone, Locale locale) {
        if (event instanceof FeedEvent.Session session) {
            var occurrence = session.occurrence();
            return prompts.renderPlain(locale, "feed.ics.session_details", Map.of(
                    "course", occurrence.course().title(),
                    "link", occurrence.session().joinUrl().map(Object::toString).orElse("none")));
        }
        var standing = ((FeedEvent.OfAssignment) event).standing();
        if (event instanceof FeedEvent.Slot slot) {
            return slotDetails(standing.assignment().title(), standing.course().title(), slot.slot().effort(),
                    standing.window().due(), zone, locale);
        }
        return prompts.renderPlain(locale, "feed.ics.due_details",
                Map.of("title", standing.assignment().title(), "course", standing.course().title()));
    }

    /** The notes of a booked slot: what for, how long, when it is due. */
    public String slotDetails(String title, String course, Duration effort, Instant due, ZoneId zone, Locale locale) {
        return prompts.renderPlain(locale, "feed.ics.slot_details", Map.of("title", title, "course", course,
                "minutes", effort.toMinutes(), "due", LocalTimes.moment(due, zone, locale)));
    }
}
