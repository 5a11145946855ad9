package app.paceline.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.course.Course;
import app.paceline.course.CourseCode;
import app.paceline.course.CourseFileExamples;
import app.paceline.course.EnrollingLearner;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.PlannedDelivery;
import app.paceline.learner.Learner;
import app.paceline.learner.LearnerId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A creator moves, cancels and adds single occurrences of a weekly session: Thursdays 18:00 New York (23:00 UTC in
 * December), 3, 10 and 17 December; one learner in New York joined on Tuesday 1 December.
 */
class ChangingOccurrencesTests extends SessionTestWorld {

    private static final CourseCode BAKER = new CourseCode("baker-2026");
    private static final LearnerId CREATOR = new LearnerId(1);
    private static final LearnerId ANA = new LearnerId(1001);
    /** Thursday 10 December, 18:00 in New York. */
    private static final Instant THURSDAY = Instant.parse("2026-12-10T23:00:00Z");
    /** Saturday 12 December, 18:00 in New York. */
    private static final Instant SATURDAY = Instant.parse("2026-12-12T23:00:00Z");
    private static final String SESSIONS = """
            sessions:
              - id: qa
                title: Live Q&A
                starts: 2026-12-03T18:00
                duration: 60m
                repeat: weekly
                until: 2026-12-17
            """;

    @BeforeEach
    void aLearnerInNewYorkJoinsTheCourse() {
        importing.importFile(CREATOR.value(), baker(SESSIONS));
        learners.save(Learner.firstSeen(ANA, "Ana", "en", clock.instant()).withTimeZone(ZoneId.of("America/New_York")));
        new EnrollingLearner(courses, enrollments, clock, following).enroll(ANA, BAKER.value());
    }

    @Test
    void anExtraOccurrenceIsNamedByItsDayAndEveryLearnerIsNudgedBeforeIt() {
        var outcome = changing.add(CREATOR, BAKER, "qa", SATURDAY);

        assertThat(outcome).isInstanceOfSatisfying(OccurrenceChangeOutcome.Added.class, added -> {
            assertThat(added.occurrence().occurrence().id()).isEqualTo("qa@2026-12-12");
            assertThat(added.occurrence().occurrence().duration()).isEqualTo(Duration.ofMinutes(60));
        });
        assertThat(occurrences.of(baker())).extracting(o -> o.occurrence().id() + (o.added() ? " added" : ""))
                .containsExactly("qa@2026-12-03", "qa@2026-12-10", "qa@2026-12-12 added", "qa@2026-12-17");
        assertThat(nudgeTimes()).hasSize(8).contains(SATURDAY.minus(Duration.ofHours(24)), SATURDAY.minus(Duration.ofMinutes(15)));
        assertThat(answering.answer(ANA, BAKER, "qa@2026-12-12", Rsvp.REPLAY)).isInstanceOf(RsvpOutcome.Saved.class);
    }

    @Test
    void anExtraOccurrenceIsRefusedOnADayThatHasOneOnTopOfAnotherInThePastOrWhereItIsNotTheirs() {
        assertThat(changing.add(CREATOR, BAKER, "qa", THURSDAY.plus(Duration.ofHours(2))))
                .isInstanceOfSatisfying(OccurrenceChangeOutcome.DayTaken.class, taken -> {
                    assertThat(taken.occurrenceId()).isEqualTo("qa@2026-12-10");
                    assertThat(taken.day()).isEqualTo(LocalDate.of(2026, 12, 10));
                    assertThat(taken.standing()).hasValueSatisfying(o -> assertThat(o.occurrence().start()).isEqualTo(THURSDAY));
                });
        changing.cancel(CREATOR, BAKER, "qa@2026-12-17");
        assertThat(changing.add(CREATOR, BAKER, "qa", THURSDAY.plus(Duration.ofDays(7)).minus(Duration.ofHours(3))))
                .as("a cancelled day stays taken").isInstanceOfSatisfying(OccurrenceChangeOutcome.DayTaken.class,
                        taken -> assertThat(taken.standing()).isEmpty());
        changing.move(CREATOR, BAKER, "qa@2026-12-10", THURSDAY.plus(Duration.ofDays(1)));
        assertThat(changing.add(CREATOR, BAKER, "qa", THURSDAY.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(30))))
                .as("on top of the occurrence moved to Friday")
                .isInstanceOfSatisfying(OccurrenceChangeOutcome.Overlaps.class,
                        overlaps -> assertThat(overlaps.other().occurrence().id()).isEqualTo("qa@2026-12-10"));
        assertThat(changing.add(CREATOR, BAKER, "qa", clock.instant())).isInstanceOf(OccurrenceChangeOutcome.InThePast.class);
        assertThat(changing.add(ANA, BAKER, "qa", SATURDAY)).isInstanceOf(OccurrenceChangeOutcome.NotTheCreator.class);
        assertThat(changing.add(CREATOR, BAKER, "workshop", SATURDAY)).isInstanceOf(OccurrenceChangeOutcome.Unknown.class);
        assertThat(changing.add(CREATOR, new CourseCode("nope"), "qa", SATURDAY)).isInstanceOf(OccurrenceChangeOutcome.Unknown.class);

        assertThat(occurrences.of(baker())).noneMatch(ScheduledOccurrence::added);
    }

    @Test
    void anExtraOccurrenceMovesAndIsCancelledLikeAnyOtherAndWhoAnsweredIsToldUntilTheNewStart() {
        changing.add(CREATOR, BAKER, "qa", SATURDAY);
        answering.answer(ANA, BAKER, "qa@2026-12-12", Rsvp.LIVE);
        Instant sunday = SATURDAY.plus(Duration.ofDays(1));

        assertThat(changing.move(CREATOR, BAKER, "qa@2026-12-12", sunday))
                .isInstanceOfSatisfying(OccurrenceChangeOutcome.Changed.class, changed -> assertThat(changed.notified()).isEqualTo(1));

        assertThat(occurrences.find(baker(), "qa@2026-12-12")).hasValueSatisfying(o -> {
            assertThat(o.added()).isTrue();
            assertThat(o.occurrence().start()).isEqualTo(sunday);
        });
        assertThat(nudgeTimes()).hasSize(8).contains(sunday.minus(Duration.ofHours(24))).doesNotContain(SATURDAY.minus(Duration.ofHours(24)));
        assertThat(changed()).singleElement().satisfies(notice -> {
            assertThat(notice.plan().sendBy()).as("the new time is worth knowing until it starts").contains(sunday);
            assertThat(notice.plan().payload()).containsEntry("oldStart", SATURDAY.toString()).containsEntry("newStart", sunday.toString())
                    .containsEntry("title", "Live Q&A").containsEntry("occurrence", "qa@2026-12-12");
        });

        clock.advance(Duration.ofMinutes(1));
        changing.cancel(CREATOR, BAKER, "qa@2026-12-12");

        assertThat(occurrences.find(baker(), "qa@2026-12-12")).isEmpty();
        assertThat(nudgeTimes()).hasSize(6);
        assertThat(changed()).hasSize(2).anySatisfy(notice -> assertThat(notice.plan().sendBy()).contains(sunday)
                .as("a cancellation is news until the time it would have started"));
    }

    @Test
    void extraOccurrencesStayAcrossReimportsAndGoWithTheirSession() {
        Instant saturdayMorning = SATURDAY.minus(Duration.ofHours(8));
        changing.add(CREATOR, BAKER, "qa", saturdayMorning);

        importing.importFile(CREATOR.value(), baker(SESSIONS.replace("title: Live Q&A", "title: Ask me anything")));
        assertThat(occurrences.find(baker(), "qa@2026-12-12")).hasValueSatisfying(o -> assertThat(o.session().title()).isEqualTo("Ask me anything"));
        assertThat(nudgeTimes()).hasSize(8);

        importing.importFile(CREATOR.value(), baker(SESSIONS.replace("until: 2026-12-17", "until: 2026-12-17\n    on: [thu, sat]")));
        assertThat(occurrences.of(baker())).as("the file now has Saturday 12 December at 18:00 too: one occurrence of that id, at the creator's time")
                .filteredOn(o -> o.occurrence().id().equals("qa@2026-12-12")).singleElement()
                .satisfies(o -> assertThat(o.occurrence().start()).isEqualTo(saturdayMorning));

        importing.importFile(CREATOR.value(), CourseFileExamples.text(CourseFileExamples.MASTER_BAKER));
        assertThat(occurrences.of(baker())).isEmpty();
        assertThat(nudgeTimes()).isEmpty();
    }

    @Test
    void aCreatorSeesTheirCoursesWithSessionsAndHowLearnersAnswered() {
        var bo = new LearnerId(1002);
        new EnrollingLearner(courses, enrollments, clock, following).enroll(bo, BAKER.value());
        answering.answer(ANA, BAKER, "qa@2026-12-10", Rsvp.LIVE);
        answering.answer(bo, BAKER, "qa@2026-12-10", Rsvp.CANT);
        clock.set(Instant.parse("2026-12-04T00:00:00Z"));

        assertThat(listing.courses(CREATOR)).extracting(Course::code).containsExactly(BAKER);
        assertThat(listing.courses(ANA)).isEmpty();
        assertThat(listing.occurrences(CREATOR)).hasSize(3);
        List<ScheduledOccurrence> coming = listing.coming(CREATOR);
        assertThat(coming).extracting(o -> o.occurrence().id()).containsExactly("qa@2026-12-10", "qa@2026-12-17");
        assertThat(listing.answers(coming.get(0))).isEqualTo(new ListingCreatorSessions.Answers(1, 0, 1));
    }

    private Course baker() {
        return courses.find(BAKER).orElseThrow();
    }

    private List<PlannedDelivery> changed() {
        return deliveries.allWaiting().stream().filter(d -> d.plan().kind() == DeliveryKind.SESSION_CHANGED).toList();
    }

    private List<Instant> nudgeTimes() {
        return deliveries.allWaiting().stream().filter(d -> d.plan().kind() == DeliveryKind.SESSION_NUDGE)
                .map(d -> d.plan().due()).sorted().toList();
    }

    private static String baker(String sessions) {
        return CourseFileExamples.text(CourseFileExamples.MASTER_BAKER) + sessions;
    }
}
