package app.paceline.bot.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class GoogleCalendarLinksTests {

    private static final Instant START = Instant.parse("2026-12-02T18:30:00Z");
    private static final Instant END = Instant.parse("2026-12-02T19:15:00Z");

    @Test
    void anEventTemplateWithUtcTimesAndTheLearnersZone() {
        URI link = GoogleCalendarLinks.event("Sourcing ingredients", START, END, "Master Baker, 45 min.", ZoneId.of("Europe/Berlin"));

        assertThat(link).hasToString("https://calendar.google.com/calendar/render?action=TEMPLATE"
                + "&text=Sourcing%20ingredients&dates=20261202T183000Z/20261202T191500Z"
                + "&details=Master%20Baker%2C%2045%20min.&ctz=Europe%2FBerlin");
    }

    @Test
    void textIsPercentEncodedSoItCannotBreakTheQuery() {
        URI link = GoogleCalendarLinks.event("Bread & butter #1 +more?", START, END, "Срок: пт 4 дек. 23:59\n", ZoneId.of("Asia/Tokyo"));

        assertThat(link.getRawQuery()).contains("text=Bread%20%26%20butter%20%231%20%2Bmore%3F&")
                .contains("&details=%D0%A1%D1%80%D0%BE%D0%BA")
                .contains("%0A&ctz=");
        assertThat(link.getQuery()).contains("text=Bread & butter #1 +more?&", "details=Срок: пт 4 дек. 23:59\n");
    }

    @Test
    void fixedOffsetsAreNotPassedAsAZone() {
        assertThat(GoogleCalendarLinks.event("x", START, END, "y", ZoneOffset.ofHours(5)).toString()).doesNotContain("ctz");
        assertThat(GoogleCalendarLinks.event("x", START, END, "y", ZoneOffset.UTC).toString()).doesNotContain("ctz");
    }
}
