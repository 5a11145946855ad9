package app.paceline.bot.web;

import app.paceline.bot.feed.FeedLinks;
import app.paceline.bot.feed.IcsFeed;
import app.paceline.calendar.FeedToken;
import app.paceline.calendar.ReadingFeed;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /calendar/<token>.ics}: a learner's calendar feed for calendar apps. An unknown, replaced or revoked
 * token gets a bare 404, the same as a malformed one, so answers tell nothing about which tokens exist. The token
 * is a secret: it is never logged (failures name the learner instead), and metrics see only the path pattern.
 */
@RestController
class CalendarFeedController {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarFeedController.class);
    /** Private: the feed is one person's. Short, so a changed plan reaches apps that do honour it soon. */
    static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(15)).cachePrivate();

    private final ReadingFeed reading;
    private final IcsFeed ics;

    CalendarFeedController(ReadingFeed reading, IcsFeed ics) {
        this.reading = reading;
        this.ics = ics;
    }

    @GetMapping(FeedLinks.PATH)
    ResponseEntity<byte[]> feed(@PathVariable("token") String token) {
        Optional<ReadingFeed.Feed> feed;
        try {
            feed = FeedToken.parse(token).flatMap(reading::read);
        } catch (RuntimeException e) {
            // Only the kind of failure: a store's message may quote the lookup, which holds the token.
            LOG.warn("Could not read a calendar feed: {}", e.getClass().getName());
            return ResponseEntity.status(503).cacheControl(CacheControl.noStore()).build();
        }
        if (feed.isEmpty()) {
            return ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build();
        }
        byte[] body;
        try {
            body = ics.render(feed.get()).getBytes(StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            LOG.error("Could not render the calendar feed of learner {}", feed.get().learner().id(), e);
            return ResponseEntity.internalServerError().cacheControl(CacheControl.noStore()).build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(IcsFeed.MEDIA_TYPE))
                .cacheControl(CACHE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"paceline.ics\"")
                .header("X-Robots-Tag", "noindex, nofollow")
                .header("Referrer-Policy", "no-referrer")
                .body(body);
    }
}
