package app.paceline.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.course.CourseCode;
import app.paceline.course.CourseFileExamples;
import app.paceline.course.EnrollingLearner;
import app.paceline.course.LeavingCourse;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.PlannedDelivery;
import app.paceline.learner.Learner;
import app.paceline.learner.LearnerId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nudges before a weekly live session: Thursdays 18:00 New York (23:00 UTC in December), 3, 10 and 17 December,
 * for learners who joined on Tuesday 1 December.
 */
class SessionNudgesTests extends SessionTestWorld {

    private static final CourseCode BAKER = new CourseCode("baker-2026");
    private static final LearnerId ANA = new LearnerId(1001);
    private static final Instant FIRST = Instant.parse("2026-12-03T23:00:00Z");
    private static final String SESSIONS = """
            sessions:
              - id: qa
                title: Live Q&A
                starts: 2026-12-03T18:00
                duration: 60m
                join_url: https://example.org/call
                repeat: weekly
                until: 2026-12-17
            """;

    @BeforeEach
    void aLearnerInNewYorkJoinsTheCourse() {
        importing.importFile(1, baker(SESSIONS));
        learners.save(Learner.firstSeen(ANA, "Ana", "en", clock.instant()).withTimeZone(ZoneId.of("America/New_York")));
        new EnrollingLearner(courses, enrollments, clock, following).enroll(ANA, BAKER.value());
    }

    @Test
    void eachOccurrenceGetsANudge24HoursAnd15MinutesBeforeItAndNoneOnceItStarted() {
        assertThat(nudgeTimes()).containsExactly(
                FIRST.minus(Duration.ofHours(24)), FIRST.minus(Duration.ofMinutes(15)),
                FIRST.plus(Duration.ofDays(7)).minus(Duration.ofHours(24)), FIRST.plus(Duration.ofDays(7)).minus(Duration.ofMinutes(15)),
                FIRST.plus(Duration.ofDays(14)).minus(Duration.ofHours(24)), FIRST.plus(Duration.ofDays(14)).minus(Duration.ofMinutes(15)));
        assertThat(waiting()).allSatisfy(nudge -> {
            assertThat(nudge.plan().sendBy()).contains(Instant.parse(nudge.plan().payload().get("start")));
            assertThat(nudge.plan().payload()).containsEntry("joinUrl", "https://example.org/call").containsEntry("title", "Live Q&A");
        });
    }

    @Test
    void replayOrCantWithdrawsTheNudgesOfThatOccurrenceAndLiveBringsThemBack() {
        answering.answer(ANA, BAKER, "qa@2026-12-03", Rsvp.REPLAY);
        assertThat(nudgeTimes()).hasSize(4).doesNotContain(FIRST.minus(Duration.ofHours(24)));

        answering.answer(ANA, BAKER, "qa@2026-12-03", Rsvp.CANT);
        answering.answer(ANA, BAKER, "qa@2026-12-03", Rsvp.LIVE);
        assertThat(nudgeTimes()).hasSize(6).contains(FIRST.minus(Duration.ofHours(24)));
    }

    @Test
    void anAnswerAfterTheStartIsRefusedAndChangesNothing() {
        clock.set(FIRST.plusSeconds(60));

        assertThat(answering.answer(ANA, BAKER, "qa@2026-12-03", Rsvp.REPLAY)).isInstanceOf(RsvpOutcome.AlreadyStarted.class);
        assertThat(answering.answer(ANA, BAKER, "qa@2026-12-04", Rsvp.REPLAY)).isInstanceOf(RsvpOutcome.Unknown.class);
        assertThat(rsvps.ofOccurrence(BAKER, "qa@2026-12-03")).isEmpty();
    }

    @Test
    void aLearnersOwnLeadsReplaceTheDefaults() {
        learners.save(learners.find(ANA).orElseThrow().withSessionLeads(List.of(Duration.ofHours(1))));

        nudges.refreshLearner(ANA);

        assertThat(nudgeTimes()).containsExactly(FIRST.minus(Duration.ofHours(1)),
                FIRST.plus(Duration.ofDays(7)).minus(Duration.ofHours(1)), FIRST.plus(Duration.ofDays(14)).minus(Duration.ofHours(1)));
    }

    @Test
    void aSessionMovedInTheFileNeverNudgesForItsOldTime() {
        importing.importFile(1, baker(SESSIONS.replace("starts: 2026-12-03T18:00", "starts: 2026-12-03T19:00")));

        assertThat(nudgeTimes()).hasSize(6).allSatisfy(at -> assertThat(at.atZone(ZoneId.of("America/New_York")).getMinute()).isIn(0, 45))
                .contains(FIRST.plus(Duration.ofHours(1)).minus(Duration.ofHours(24)))
                .doesNotContain(FIRST.minus(Duration.ofHours(24)));
    }

    @Test
    void aCancelledOccurrenceAndALearnerWhoLeftGetNoNudges() {
        var changing = new ChangingOccurrences(courses, occurrences, changes, rsvps, nudges, deliveries, clock);
        assertThat(changing.cancel(ANA, BAKER, "qa@2026-12-10")).as("only the creator").isInstanceOf(OccurrenceChangeOutcome.NotTheCreator.class);
        answering.answer(ANA, BAKER, "qa@2026-12-10", Rsvp.LIVE);

        assertThat(changing.cancel(new LearnerId(1), BAKER, "qa@2026-12-10")).isInstanceOfSatisfying(OccurrenceChangeOutcome.Changed.class,
                changed -> assertThat(changed.notified()).isEqualTo(1));

        assertThat(occurrences.of(courses.find(BAKER).orElseThrow())).extracting(o -> o.occurrence().id())
                .containsExactly("qa@2026-12-03", "qa@2026-12-17");
        assertThat(nudgeTimes()).hasSize(4).noneMatch(at -> at.isAfter(Instant.parse("2026-12-09T00:00:00Z"))
                && at.isBefore(Instant.parse("2026-12-11T00:00:00Z")));
        assertThat(deliveries.waitingOfKind(DeliveryKind.SESSION_CHANGED)).as("who had answered is told").isEqualTo(1);

        new LeavingCourse(courses, enrollments, clock, following).leave(ANA, BAKER);

        assertThat(waiting()).isEmpty();
    }

    @Test
    void aSessionAtNightForTheLearnerIsMarkedSo() {
        var london = new LearnerId(1002);
        learners.save(Learner.firstSeen(london, "Lou", "en", clock.instant()).withTimeZone(ZoneId.of("Europe/London")));
        new EnrollingLearner(courses, enrollments, clock, following).enroll(london, BAKER.value());

        var outcome = answering.answer(london, BAKER, "qa@2026-12-03", Rsvp.LIVE);

        assertThat(outcome).isInstanceOfSatisfying(RsvpOutcome.Saved.class, saved -> assertThat(saved.night()).isTrue());
        assertThat(answering.coming(ANA, FIRST.plus(Duration.ofDays(30)))).hasSize(3).noneMatch(AnsweringRsvp.Coming::night);
    }

    @Test
    void aMovedOccurrenceIsNudgedOnlyForItsNewTime() {
        var changing = new ChangingOccurrences(courses, occurrences, changes, rsvps, nudges, deliveries, clock);
        Instant friday = Instant.parse("2026-12-11T23:00:00Z");

        var outcome = changing.move(new LearnerId(1), BAKER, "qa@2026-12-10", friday);

        assertThat(outcome).isInstanceOf(OccurrenceChangeOutcome.Changed.class);
        assertThat(nudgeTimes()).hasSize(6).contains(friday.minus(Duration.ofHours(24)), friday.minus(Duration.ofMinutes(15)))
                .doesNotContain(FIRST.plus(Duration.ofDays(7)).minus(Duration.ofHours(24)));
        assertThat(changing.move(new LearnerId(1), BAKER, "qa@2026-12-17", friday.plus(Duration.ofMinutes(30))))
                .as("onto another occurrence").isInstanceOf(OccurrenceChangeOutcome.Overlaps.class);
        assertThat(changing.move(new LearnerId(1), BAKER, "qa@2026-12-17", clock.instant().minusSeconds(1)))
                .isInstanceOf(OccurrenceChangeOutcome.InThePast.class);
    }

    private List<PlannedDelivery> waiting() {
        return deliveries.allWaiting().stream().filter(d -> d.plan().kind() == DeliveryKind.SESSION_NUDGE).toList();
    }

    private List<Instant> nudgeTimes() {
        return waiting().stream().map(d -> d.plan().due()).sorted().toList();
    }

    private static String baker(String sessions) {
        return CourseFileExamples.text(CourseFileExamples.MASTER_BAKER) + sessions;
    }
}
