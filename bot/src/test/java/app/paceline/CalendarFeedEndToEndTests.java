package app.paceline;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.fakebotapi.BotMessage;
import app.paceline.fakebotapi.FakePrivateChat;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A learner books time, asks for their calendar feed, and a calendar app (an HTTP client here) reads it; a new link
 * stops the old one at once, and turning the feed off stops the new one.
 */
class CalendarFeedEndToEndTests extends EndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Pattern FEED_URL = Pattern.compile(Pattern.quote(PUBLIC_URL) + "/calendar/([A-Za-z0-9_-]+)\\.ics");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aLearnerSubscribesToTheirFeedRenewsItAndTurnsItOff() throws Exception {
        FakePrivateChat ana = learnerInTheExampleCourse("Ana", "en", "Europe/Berlin");
        ana.send("/plan");
        BotMessage choices = ana.awaitBotMessages(3, WAIT).get(2);
        ana.pressButton(choices, choices.callbackData().get(0));
        ana.awaitBotMessages(4, WAIT);
        ana.send("tomorrow 19:30");
        BotMessage booked = ana.awaitBotMessages(5, WAIT).get(4);
        assertThat(booked.text()).startsWith("Booked: Sourcing ingredients at Wed 2 Dec 19:30.");
        assertThat(booked.buttonTexts()).containsExactly("Add to Google Calendar");
        assertThat(booked.replyMarkup().at("/inline_keyboard/0/0/url").asText())
                .startsWith("https://calendar.google.com/calendar/render?action=TEMPLATE&text=Sourcing%20ingredients"
                        + "&dates=20261202T183000Z/20261202T191500Z&details=")
                .endsWith("&ctz=Europe%2FBerlin");

        ana.send("/feed");
        BotMessage feed = ana.awaitBotMessages(6, WAIT).get(5);
        assertThat(feed.text()).contains("From URL", "every 12–24 hours", "reliable alarm");
        assertThat(feed.buttonTexts()).containsExactly("New link", "Turn off");
        String token = tokenIn(feed);

        HttpResponse<String> response = get(token);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type.replace(" ", "").toLowerCase()).isEqualTo("text/calendar;charset=utf-8"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(cache ->
                assertThat(cache).contains("private", "max-age="));
        var calendar = new CalendarBuilder().build(new StringReader(response.body()));
        List<VEvent> slots = calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(event -> event.getProperty(Property.UID).orElseThrow().getValue().startsWith("slot:"))
                .toList();
        assertThat(slots).hasSize(1);
        DateProperty<Temporal> start = slots.get(0).<DateProperty<Temporal>>getProperty(Property.DTSTART).orElseThrow();
        assertThat(start.getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("Europe/Berlin");
        assertThat(LocalDateTime.from(start.getDate())).isEqualTo(LocalDateTime.parse("2026-12-02T19:30"));
        assertThat(Instant.from(start.getDate())).isEqualTo(Instant.parse("2026-12-02T18:30:00Z"));
        assertThat(response.body()).contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n", "SUMMARY:Due: Sourcing ingredients\r\n");

        ana.pressButton(feed, feed.callbackData().get(0));
        BotMessage renewed = ana.awaitBotMessages(7, WAIT).get(6);
        assertThat(renewed.text()).startsWith("🔄 New link made: the old one has stopped working.");
        String newToken = tokenIn(renewed);
        assertThat(newToken).isNotEqualTo(token);
        assertThat(get(token).statusCode()).as("the old link").isEqualTo(404);
        assertThat(get(token).body()).isEmpty();
        assertThat(get(newToken).statusCode()).as("the new link").isEqualTo(200);
        assertThat(ana.botMessages().get(5).buttonTexts()).as("the old message's buttons are gone").isEmpty();

        ana.pressButton(renewed, renewed.callbackData().get(1));
        assertThat(ana.awaitBotMessages(8, WAIT).get(7).text()).startsWith("Calendar feed turned off");
        assertThat(get(newToken).statusCode()).isEqualTo(404);
        assertThat(get("A".repeat(32)).statusCode()).isEqualTo(404);

        String metrics = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics).as("metrics name the path pattern, never a token")
                .contains("uri=\"/calendar/{token}.ics\"").doesNotContain(token, newToken);
    }

    private static String tokenIn(BotMessage message) {
        Matcher url = FEED_URL.matcher(message.text());
        assertThat(url.find()).as("a feed link in: " + message.text()).isTrue();
        return url.group(1);
    }

    /** What a calendar app gets for the link, with the public base URL mapped to this test's server. */
    private HttpResponse<String> get(String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/calendar/" + token + ".ics")).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
