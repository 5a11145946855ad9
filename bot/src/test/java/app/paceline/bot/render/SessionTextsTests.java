package app.paceline.bot.render;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.calendar.AssignmentRef;
import app.paceline.calendar.InMemoryAssignmentProgresses;
import app.paceline.calendar.LearnerAssignments;
import app.paceline.calendar.AssignmentProgress;
import app.paceline.course.CourseCode;
import app.paceline.course.CourseFileExamples;
import app.paceline.course.EnrollingLearner;
import app.paceline.course.ImportingCourse;
import app.paceline.course.InMemoryCourses;
import app.paceline.course.InMemoryEnrollments;
import app.paceline.course.ListingCourses;
import app.paceline.course.yaml.YamlCourseFileReader;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.InMemoryPlannedDeliveries;
import app.paceline.delivery.PlannedDelivery;
import app.paceline.learner.InMemoryLearners;
import app.paceline.learner.Learner;
import app.paceline.learner.LearnerId;
import app.paceline.prompts.Prompts;
import app.paceline.session.AnsweringRsvp;
import app.paceline.session.CourseOccurrences;
import app.paceline.session.InMemoryOccurrenceChanges;
import app.paceline.session.InMemoryRsvps;
import app.paceline.session.SessionNudges;
import app.paceline.time.SimulatedClock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The nudge before a live session whose prep is the example course's Sourcing (45 min). */
class SessionTextsTests {

    private static final CourseCode BAKER = new CourseCode("baker-2026");
    private static final LearnerId ANA = new LearnerId(1001);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final SimulatedClock clock = SimulatedClock.stoppedAt(Instant.parse("2026-12-01T12:00:00Z"));
    private final InMemoryCourses courses = new InMemoryCourses();
    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final InMemoryLearners learners = new InMemoryLearners();
    private final InMemoryRsvps rsvps = new InMemoryRsvps();
    private final InMemoryPlannedDeliveries deliveries = new InMemoryPlannedDeliveries();
    private final InMemoryAssignmentProgresses progresses = new InMemoryAssignmentProgresses();
    private final CourseOccurrences occurrences = new CourseOccurrences(new InMemoryOccurrenceChanges());
    private final SessionNudges nudges = new SessionNudges(occurrences, courses, enrollments, learners, rsvps, deliveries, clock);
    private final AnsweringRsvp answering = new AnsweringRsvp(occurrences, courses, enrollments, learners, rsvps, nudges, clock);
    private final SessionTexts texts = new SessionTexts(Prompts.load(), answering,
            new LearnerAssignments(new ListingCourses(courses, enrollments), courses, enrollments, progresses), clock);

    @BeforeEach
    void aLearnerInBerlinInACourseWithAPreparedSession() {
        new ImportingCourse(courses, enrollments, new YamlCourseFileReader(), clock).importFile(1,
                CourseFileExamples.text(CourseFileExamples.MASTER_BAKER) + """
                        sessions:
                          - id: qa
                            title: Live Q&A
                            starts: 2026-12-03T18:00
                            duration: 60m
                            join_url: https://example.org/call
                            prep: sourcing
                        """);
        learners.save(Learner.firstSeen(ANA, "Ana", "en", clock.instant()).withTimeZone(BERLIN));
        new EnrollingLearner(courses, enrollments, clock).enroll(ANA, BAKER.value());
        nudges.refresh(ANA, courses.find(BAKER).orElseThrow());
    }

    @Test
    void theNudgeSaysWhenInTheLearnersTimeAndWhetherThePrepIsDone() {
        clock.set(Instant.parse("2026-12-03T22:45:00Z"));
        PlannedDelivery nudge = deliveries.allWaiting().stream().filter(d -> d.plan().kind() == DeliveryKind.SESSION_NUDGE)
                .filter(d -> d.plan().payload().get("lead").equals("PT15M")).findFirst().orElseThrow();

        var missing = texts.nudge(nudge, Locale.ENGLISH, BERLIN);
        assertThat(missing.html()).isEqualTo("📅 <b>Live Q&amp;A</b> starts in 15 min: Fri 4 Dec 00:00 your time (60 min).\n"
                + "🌙 That's 00:00 at night for you. If the recording suits you better, pick Watch replay.\n"
                + "Prep first: <b>Sourcing ingredients</b> (45 min) isn't done yet. /plan books time for it.");

        progresses.save(AssignmentProgress.untouched(new AssignmentRef(ANA, BAKER, "sourcing")).done(clock.instant()));
        assertThat(texts.nudge(nudge, Locale.ENGLISH, BERLIN).html()).contains("Prep: <b>Sourcing ingredients</b> ✓ done.");
        assertThat(texts.nudge(nudge, Locale.forLanguageTag("ru"), BERLIN).html())
                .startsWith("📅 <b>Live Q&amp;A</b> начнётся через 15 мин:")
                .contains("Подготовка: <b>Sourcing ingredients</b> ✓ сделано.");
    }
}
