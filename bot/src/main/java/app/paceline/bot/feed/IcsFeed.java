package app.paceline.bot.feed;

import app.paceline.calendar.FeedEvent;
import app.paceline.calendar.ReadingFeed;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A learner's feed as an iCalendar file (RFC 5545) for calendar apps that subscribe to it. Times are in the
 * learner's zone with its {@code VTIMEZONE} (ical4j's bundled definitions, never fetched over the network), so
 * "19:30 Berlin" stays 19:30 across daylight-saving changes; learners without a zone or with a fixed offset get
 * UTC times, which every app shows correctly in its own zone. Each event keeps its {@link FeedEvent#uid() uid}, so
 * a refresh updates events instead of duplicating them. Booked slots last the effort booked; deadlines are short
 * ({@link #DEADLINE_LENGTH}) events at the due time that do not mark the learner busy.
 */
public final class IcsFeed {

    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
    static final String PRODID = "-//Paceline//Calendar feed//EN";
    static final String UID_DOMAIN = "@paceline";
    static final Duration DEADLINE_LENGTH = FeedEvent.Due.LENGTH;
    /** How often we suggest apps refresh; Google ignores it and takes 12-24 hours whatever we say. */
    static final Duration REFRESH = Duration.ofHours(1);

    private final FeedTexts texts;
    private final Clock clock;
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    public IcsFeed(FeedTexts texts, Clock clock) {
        this.texts = texts;
        this.clock = clock;
    }

    /** The feed as iCalendar text, lines ending in CRLF and folded at 75 octets. */
    public String render(ReadingFeed.Feed feed) {
        Instant now = clock.instant();
        Locale locale = texts.localeFor(feed.learner().languageCode());
        ZoneId wanted = feed.learner().timeZone().orElse(ZoneOffset.UTC);
        Optional<VTimeZone> definition = definition(wanted);
        ZoneId zone = definition.isPresent() ? wanted : ZoneOffset.UTC;

        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", texts.calendarName(locale)));
        calendar.add(new XProperty("X-WR-CALDESC", texts.calendarDescription(locale)));
        definition.ifPresent(tz -> calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId())));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        definition.ifPresent(calendar::add);
        for (FeedEvent event : feed.events()) {
            calendar.add(event(event, zone, locale, now));
        }
        try {
            var text = new StringWriter();
            new CalendarOutputter(false).output(calendar, text);
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private VEvent event(FeedEvent event, ZoneId zone, Locale locale, Instant now) {
        Instant start = event.start();
        Instant end = event.end();
        VEvent vevent = new VEvent(false);
        vevent.add(new Uid(event.uid() + UID_DOMAIN));
        vevent.add(new DtStamp(now));
        vevent.add(new DtStart<>(at(start, zone)));
        vevent.add(new DtEnd<>(at(end, zone)));
        vevent.add(new Summary(texts.summary(event, locale)));
        vevent.add(new Description(texts.details(event, zone, locale)));
        if (event instanceof FeedEvent.OfAssignment ofAssignment) {
            ofAssignment.standing().assignment().link().ifPresent(link -> vevent.add(new Url(link)));
        } else if (event instanceof FeedEvent.Session session) {
            session.occurrence().session().joinUrl().ifPresent(link -> vevent.add(new Url(link)));
        }
        if (event instanceof FeedEvent.Due) {
            vevent.add(ImmutableTransp.TRANSPARENT);
        }
        return vevent;
    }

    /** UTC times end in Z and need no definition; others carry TZID=zone. */
    private static Temporal at(Instant instant, ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? instant : instant.atZone(zone);
    }

    /**
     * ical4j's definition of a region zone under the same id, or empty (fixed offsets, or a zone ical4j does not
     * bundle under that id, e.g. one newer than its data): then the feed is in UTC rather than name a zone it
     * cannot define.
     */
    private Optional<VTimeZone> definition(ZoneId zone) {
        if (zone.normalized() instanceof ZoneOffset) {
            return Optional.empty();
        }
        try {
            TimeZone timeZone = zones.getTimeZone(zone.getId());
            return Optional.ofNullable(timeZone)
                    .filter(found -> found.getID().equals(zone.getId()))
                    .map(TimeZone::getVTimeZone);
        } catch (RuntimeException unknown) {
            return Optional.empty();
        }
    }
}
