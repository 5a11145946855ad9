package app.paceline.bot.feed;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.calendar.BookingTime;
import app.paceline.calendar.ChangingBookings;
import app.paceline.calendar.AssignmentRef;
import app.paceline.calendar.FeedToken;
import app.paceline.calendar.InMemoryAssignmentProgresses;
import app.paceline.calendar.InMemoryFeedTokens;
import app.paceline.calendar.LearnerAssignments;
import app.paceline.calendar.PlanningNudges;
import app.paceline.calendar.ReadingFeed;
import app.paceline.calendar.SubscribingToFeed;
import app.paceline.course.CourseCode;
import app.paceline.course.EnrollingLearner;
import app.paceline.course.ImportingCourse;
import app.paceline.course.InMemoryCourses;
import app.paceline.course.InMemoryEnrollments;
import app.paceline.course.ListingCourses;
import app.paceline.course.yaml.YamlCourseFileReader;
import app.paceline.delivery.InMemoryPlannedDeliveries;
import app.paceline.learner.InMemoryLearners;
import app.paceline.learner.Learner;
import app.paceline.learner.LearnerId;
import app.paceline.prompts.Prompts;
import app.paceline.time.SimulatedClock;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Random;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneUpdater;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The feed as calendar apps read it, parsed back with ical4j. The course's window spans the EU switch to summer time
 * (Sunday 29 March 2026, 02:00 → 03:00 in Berlin), so a learner booking 19:30 on either side sees 19:30.
 */
class IcsFeedTests {

    private static final String SPRING_TERM = """
            course:
              title: Spring Term
              code: spring-2026
              timezone: Europe/Berlin
            assignments:
              - id: essay
                title: Essay & notes <draft>
                link: https://example.org/essay
                effort: 1h
                opens: 2026-03-20T00:00
                due: 2026-04-10T23:59
            """;
    private static final CourseCode SPRING = new CourseCode("spring-2026");
    private static final LearnerId ANA = new LearnerId(1001);
    private static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");
    /** Friday 27 March, 19:30 in Berlin, still winter time (UTC+1). */
    private static final Instant BEFORE_SPRING_FORWARD = Instant.parse("2026-03-27T18:30:00Z");
    /** Monday 30 March, 19:30 in Berlin, summer time (UTC+2). */
    private static final Instant AFTER_SPRING_FORWARD = Instant.parse("2026-03-30T17:30:00Z");
    /** Friday 10 April, 23:59 in Berlin. */
    private static final Instant DUE = Instant.parse("2026-04-10T21:59:00Z");

    private final SimulatedClock clock = SimulatedClock.stoppedAt(NOW);
    private final InMemoryCourses courses = new InMemoryCourses();
    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final InMemoryAssignmentProgresses progresses = new InMemoryAssignmentProgresses();
    private final InMemoryPlannedDeliveries deliveries = new InMemoryPlannedDeliveries();
    private final InMemoryLearners learners = new InMemoryLearners();
    private final InMemoryFeedTokens tokens = new InMemoryFeedTokens();
    private final LearnerAssignments assignments =
            new LearnerAssignments(new ListingCourses(courses, enrollments), courses, enrollments, progresses);
    private final PlanningNudges nudges = new PlanningNudges(assignments, deliveries, clock);
    private final BookingTime booking = new BookingTime(courses, enrollments, progresses, deliveries, nudges, learners, clock);
    private final ReadingFeed reading = new ReadingFeed(tokens, learners, assignments,
            new app.paceline.session.AnsweringRsvp(new app.paceline.session.CourseOccurrences(new app.paceline.session.InMemoryOccurrenceChanges()),
                    courses, enrollments, learners, new app.paceline.session.InMemoryRsvps(), null, clock), clock);
    private final FeedToken token = new SubscribingToFeed(tokens, new Random(1)).link(ANA);
    private final IcsFeed ics = new IcsFeed(new FeedTexts(Prompts.load()), clock);

    @BeforeEach
    void aLearnerInACourseAcrossTheSwitchToSummerTime() {
        new ImportingCourse(courses, enrollments, new YamlCourseFileReader(), clock).importFile(1, SPRING_TERM);
        new EnrollingLearner(courses, enrollments, clock).enroll(ANA, SPRING.value());
        booking.book(ANA, SPRING, "essay", BEFORE_SPRING_FORWARD);
        booking.book(ANA, SPRING, "essay", AFTER_SPRING_FORWARD);
    }

    @Test
    void slotsKeepTheirLocalTimeAcrossTheDaylightSavingChangeWithTheZoneDefinedInTheFile() throws Exception {
        learner("en", ZoneId.of("Europe/Berlin"));

        String text = render();
        Calendar calendar = parse(text);

        assertThat(text).contains("DTSTART;TZID=Europe/Berlin:20260327T193000\r\n", "DTEND;TZID=Europe/Berlin:20260327T203000\r\n",
                "DTSTART;TZID=Europe/Berlin:20260330T193000\r\n", "X-WR-TIMEZONE:Europe/Berlin\r\n");
        List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
        assertThat(zones).hasSize(1);
        assertThat(zones.get(0).getProperty(Property.TZID).orElseThrow().getValue()).isEqualTo("Europe/Berlin");
        List<VEvent> slots = events(calendar).stream().filter(event -> uid(event).startsWith("slot:")).toList();
        assertThat(slots).hasSize(2);
        for (VEvent slot : slots) {
            assertThat(start(slot).getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("Europe/Berlin");
            assertThat(LocalDateTime.from(start(slot).getDate()).toLocalTime()).hasToString("19:30");
        }
        assertThat(slots).extracting(slot -> Instant.from(start(slot).getDate()))
                .containsExactly(BEFORE_SPRING_FORWARD, AFTER_SPRING_FORWARD);
    }

    @Test
    void aLiveSessionIsAnEventNamedByItsOccurrenceWithTheJoinLink() throws Exception {
        learner("en", ZoneId.of("Europe/Berlin"));
        new ImportingCourse(courses, enrollments, new YamlCourseFileReader(), clock).importFile(1, """
                course:
                  title: Spring Term
                  code: spring-live
                  timezone: Europe/Berlin
                sessions:
                  - id: qa
                    title: Q&A live
                    starts: 2026-03-26T18:00
                    duration: 45m
                    join_url: https://example.org/call
                """);
        new EnrollingLearner(courses, enrollments, clock).enroll(ANA, "spring-live");

        Calendar calendar = parse(render());

        VEvent session = events(calendar).stream().filter(event -> uid(event).startsWith("live:")).findFirst().orElseThrow();
        assertThat(uid(session)).isEqualTo("live:1001:spring-live:qa@2026-03-26@paceline");
        assertThat(LocalDateTime.from(start(session).getDate())).hasToString("2026-03-26T18:00");
        assertThat(session.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("📅 Q&A live");
        assertThat(session.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .isEqualTo("Live session of Spring Term. Join: https://example.org/call");
        assertThat(session.getProperty(Property.URL).orElseThrow().getValue()).isEqualTo("https://example.org/call");
    }

    @Test
    void eventsHaveStableUidsPlainWordsTheLinkAndTheStampOfOurClock() throws Exception {
        learner("en", ZoneId.of("Europe/Berlin"));

        String text = render();
        Calendar calendar = parse(text);

        assertThat(calendar.getProperty(Property.PRODID).orElseThrow().getValue()).isEqualTo(IcsFeed.PRODID);
        assertThat(calendar.getProperty(Property.VERSION).orElseThrow().getValue()).isEqualTo("2.0");
        assertThat(calendar.getProperty(Property.CALSCALE).orElseThrow().getValue()).isEqualTo("GREGORIAN");
        assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("Paceline");
        assertThat(text).as("CRLF line ends").doesNotContain("\n\n").contains("BEGIN:VCALENDAR\r\n");
        assertThat(events(calendar)).extracting(IcsFeedTests::uid).containsExactly(
                "slot:1001:spring-2026:essay:" + BEFORE_SPRING_FORWARD.getEpochSecond() + "@paceline",
                "slot:1001:spring-2026:essay:" + AFTER_SPRING_FORWARD.getEpochSecond() + "@paceline",
                "due:1001:spring-2026:essay@paceline");
        assertThat(render()).as("the same on every read").isEqualTo(text);

        VEvent slot = events(calendar).get(0);
        assertThat(slot.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Essay & notes <draft>");
        assertThat(slot.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .isEqualTo("Time booked for Essay & notes <draft> (Spring Term), 60 min. Due Fri 10 Apr 23:59. "
                        + "The bot reminds you before it starts.");
        assertThat(slot.getProperty(Property.URL).orElseThrow().getValue()).isEqualTo("https://example.org/essay");
        assertThat(Instant.from(slot.<DateProperty<Temporal>>getProperty(Property.DTSTAMP).orElseThrow().getDate())).isEqualTo(NOW);
        assertThat(slot.getProperty(Property.TRANSP)).isEmpty();

        VEvent due = events(calendar).get(2);
        assertThat(due.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Due: Essay & notes <draft>");
        assertThat(Instant.from(start(due).getDate())).isEqualTo(DUE);
        assertThat(text).contains("DTSTART;TZID=Europe/Berlin:20260410T235900\r\n");
        assertThat(due.getProperty(Property.TRANSP).orElseThrow().getValue()).isEqualTo("TRANSPARENT");
    }

    @Test
    void aMovedSlotReplacesItsEventAndFinishedWorkLosesItsDeadline() throws Exception {
        learner("en", ZoneId.of("Europe/Berlin"));
        var ref = new AssignmentRef(ANA, SPRING, "essay");
        var changing = new ChangingBookings(progresses, deliveries, booking, nudges, clock);

        Instant moved = AFTER_SPRING_FORWARD.plus(Duration.ofDays(1));
        changing.move(ref, Long.toString(AFTER_SPRING_FORWARD.getEpochSecond()), moved);

        assertThat(events(parse(render()))).extracting(IcsFeedTests::uid).containsExactly(
                "slot:1001:spring-2026:essay:" + BEFORE_SPRING_FORWARD.getEpochSecond() + "@paceline",
                "slot:1001:spring-2026:essay:" + moved.getEpochSecond() + "@paceline",
                "due:1001:spring-2026:essay@paceline");

        clock.set(BEFORE_SPRING_FORWARD.plus(Duration.ofMinutes(50)));
        changing.markDone(ref);

        assertThat(events(parse(render()))).extracting(IcsFeedTests::uid).as("the slot it was done in stays")
                .containsExactly("slot:1001:spring-2026:essay:" + BEFORE_SPRING_FORWARD.getEpochSecond() + "@paceline");
    }

    @Test
    void wordsFollowTheLearnersLanguage() throws Exception {
        learner("ru", ZoneId.of("Europe/Moscow"));

        var due = events(parse(render())).get(2);

        assertThat(due.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Срок: Essay & notes <draft>");
    }

    @Test
    void withoutAZoneOrWithAFixedOffsetTimesAreInUtc() throws Exception {
        for (ZoneId zone : new ZoneId[] {null, ZoneOffset.ofHoursMinutes(5, 30), ZoneId.of("Etc/GMT-3")}) {
            learner("en", zone);

            String text = render();

            assertThat(text).as(String.valueOf(zone)).contains("DTSTART:20260327T183000Z\r\n").doesNotContain("VTIMEZONE", "TZID");
            assertThat(Instant.from(start(events(parse(text)).get(0)).getDate())).isEqualTo(BEFORE_SPRING_FORWARD);
        }
    }

    @Test
    void timeZoneDefinitionsAreNeverFetchedOverTheNetwork() {
        assertThat(new TimeZoneUpdater().isEnabled()).isFalse();
    }

    private void learner(String language, ZoneId zone) {
        var learner = Learner.firstSeen(ANA, "Ana", language, NOW);
        learners.save(zone == null ? learner : learner.withTimeZone(zone));
    }

    private String render() {
        return ics.render(reading.read(token).orElseThrow());
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    private static String uid(VEvent event) {
        return event.getProperty(Property.UID).orElseThrow().getValue();
    }

    private static DateProperty<Temporal> start(VEvent event) {
        return event.<DateProperty<Temporal>>getProperty(Property.DTSTART).orElseThrow();
    }
}
