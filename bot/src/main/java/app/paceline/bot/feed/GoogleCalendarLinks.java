package app.paceline.bot.feed;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * "Add to Google Calendar" links: Google's event template, which opens Google Calendar with the event filled in for
 * the user to save. Times travel in UTC; {@code ctz} only says which zone Google shows them in, and is left out for
 * fixed offsets, which Google does not take as a zone.
 */
public final class GoogleCalendarLinks {

    private static final String TEMPLATE = "https://calendar.google.com/calendar/render?action=TEMPLATE";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private GoogleCalendarLinks() {
    }

    /** The template link for an event from {@code start} to {@code end}. */
    public static URI event(String text, Instant start, Instant end, String details, ZoneId zone) {
        var link = new StringBuilder(TEMPLATE)
                .append("&text=").append(encode(text))
                .append("&dates=").append(UTC.format(start)).append('/').append(UTC.format(end))
                .append("&details=").append(encode(details));
        if (!(zone.normalized() instanceof ZoneOffset)) {
            link.append("&ctz=").append(encode(zone.getId()));
        }
        return URI.create(link.toString());
    }

    /** Percent-encoding for a query value; spaces as {@code %20}, which every reader takes, rather than {@code +}. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
