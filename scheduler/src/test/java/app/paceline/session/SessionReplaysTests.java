package app.paceline.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.course.CourseCode;
import app.paceline.course.CourseFileExamples;
import app.paceline.course.EnrollingLearner;
import app.paceline.course.LeavingCourse;
import app.paceline.delivery.DeliveryDecision;
import app.paceline.delivery.DeliveryDecision.Verdict;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.PlannedDelivery;
import app.paceline.learner.Learner;
import app.paceline.learner.LearnerId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * After a weekly live session (Thursdays 18:00 New York, 23:00-24:00 UTC, 3 and 10 December): the creator's
 * summary, posting the recording, who gets it, the reminder before the watch window closes, and Watched.
 * Ana answers replay, Bo live, Cy can't, Di nothing; Eve joins and leaves.
 */
class SessionReplaysTests extends SessionTestWorld {

    private static final CourseCode BAKER = new CourseCode("baker-2026");
    private static final LearnerId CREATOR = new LearnerId(1);
    private static final LearnerId ANA = new LearnerId(1001);
    private static final LearnerId BO = new LearnerId(1002);
    private static final LearnerId CY = new LearnerId(1003);
    private static final LearnerId DI = new LearnerId(1004);
    private static final LearnerId EVE = new LearnerId(1005);
    private static final String FIRST = "qa@2026-12-03";
    private static final Instant FIRST_START = Instant.parse("2026-12-03T23:00:00Z");
    private static final Instant FIRST_END = Instant.parse("2026-12-04T00:00:00Z");
    private static final String LINK = "https://example.org/recordings/qa-1";
    private static final String SESSIONS = """
            sessions:
              - id: qa
                title: Live Q&A
                starts: 2026-12-03T18:00
                duration: 60m
                repeat: weekly
                until: 2026-12-10
            """;

    @BeforeEach
    void fiveLearnersJoinAndFourAnswerForTheFirstOccurrence() {
        importing.importFile(CREATOR.value(), baker(SESSIONS));
        for (LearnerId learner : List.of(ANA, BO, CY, DI, EVE)) {
            learners.save(Learner.firstSeen(learner, "L" + learner.value(), "en", clock.instant()).withTimeZone(ZoneId.of("Europe/Berlin")));
            join(learner);
        }
        answering.answer(ANA, BAKER, FIRST, Rsvp.REPLAY);
        answering.answer(BO, BAKER, FIRST, Rsvp.LIVE);
        answering.answer(CY, BAKER, FIRST, Rsvp.CANT);
        answering.answer(EVE, BAKER, FIRST, Rsvp.REPLAY);
        new LeavingCourse(courses, enrollments, clock, following).leave(EVE, BAKER);
    }

    @Test
    void theCreatorsSummaryIsPlannedForTheEndOfEachOccurrenceAndCountsTheActiveLearnersAnswers() {
        assertThat(waiting(DeliveryKind.SESSION_SUMMARY)).extracting(d -> d.plan().due())
                .containsExactly(FIRST_END, FIRST_END.plus(Duration.ofDays(7)));
        assertThat(waiting(DeliveryKind.SESSION_SUMMARY)).allSatisfy(summary -> {
            assertThat(summary.recipient().chatId()).isEqualTo(CREATOR.value());
            assertThat(summary.plan().payload()).containsEntry("title", "Live Q&A").containsEntry("course", "baker-2026");
        });

        SessionSummary first = summaries.of(BAKER, FIRST, CREATOR);

        assertThat(first).isEqualTo(new SessionSummary(1, 1, 1, 1, ZoneId.of("America/New_York")));
        assertThat(first.replayAudience()).isEqualTo(3);
        learners.save(Learner.firstSeen(CREATOR, "Chef", "en", clock.instant()).withTimeZone(ZoneId.of("Asia/Tokyo")));
        assertThat(summaries.of(BAKER, FIRST, CREATOR).zone()).as("the creator's zone once known").isEqualTo(ZoneId.of("Asia/Tokyo"));
    }

    @Test
    void aMovedOrCancelledOccurrenceHasItsSummaryOnlyAtItsNewEnd() {
        Instant friday = Instant.parse("2026-12-11T23:00:00Z");

        changing.move(CREATOR, BAKER, "qa@2026-12-10", friday);
        assertThat(summaryTimes()).containsExactly(FIRST_END, friday.plus(Duration.ofHours(1)));

        changing.cancel(CREATOR, BAKER, "qa@2026-12-10");
        assertThat(summaryTimes()).containsExactly(FIRST_END);

        importing.importFile(CREATOR.value(), baker(SESSIONS.replace("starts: 2026-12-03T18:00", "starts: 2026-12-03T19:00")));
        assertThat(summaryTimes()).as("moved in the file").containsExactly(FIRST_END.plus(Duration.ofHours(1)));
    }

    @Test
    void theRecordingGoesToEveryActiveLearnerWhoDidNotAnswerLiveWithAWatchByDateAndAReminderADayBefore() {
        clock.set(FIRST_END.plus(Duration.ofMinutes(30)));
        Instant watchBy = clock.instant().plus(Duration.ofDays(7));

        ReplayOutcome outcome = posting.post(CREATOR, Optional.empty(), FIRST, "  " + LINK + " ");

        assertThat(outcome).isInstanceOfSatisfying(ReplayOutcome.Posted.class, posted -> {
            assertThat(posted.sending()).isEqualTo(3);
            assertThat(posted.replaced()).isFalse();
            assertThat(posted.replay().watchBy()).isEqualTo(watchBy);
        });
        assertThat(replays.find(BAKER, FIRST)).map(Replay::link).contains(URI.create(LINK));
        assertThat(recipients(DeliveryKind.REPLAY)).containsExactlyInAnyOrder(ANA.value(), CY.value(), DI.value());
        assertThat(recipients(DeliveryKind.REPLAY_REMINDER)).containsExactlyInAnyOrder(ANA.value(), CY.value(), DI.value());
        assertThat(waiting(DeliveryKind.REPLAY)).allSatisfy(replay -> {
            assertThat(replay.plan().due()).isEqualTo(clock.instant());
            assertThat(replay.plan().sendBy()).contains(watchBy);
            assertThat(replay.plan().payload()).containsEntry("link", LINK).containsEntry("watchBy", watchBy.toString())
                    .containsEntry("title", "Live Q&A").containsEntry("start", FIRST_START.toString());
        });
        assertThat(waiting(DeliveryKind.REPLAY_REMINDER)).allSatisfy(reminder -> {
            assertThat(reminder.plan().due()).isEqualTo(watchBy.minus(Duration.ofHours(24)));
            assertThat(reminder.plan().sendBy()).as("nothing after the window").contains(watchBy);
        });
    }

    @Test
    void watchedWithdrawsTheReminderOnceAndNothingElseCounts() {
        clock.set(FIRST_END);
        posting.post(CREATOR, Optional.of(BAKER), FIRST, LINK);

        assertThat(watching.unwatched(ANA)).extracting(Replay::occurrenceId).containsExactly(FIRST);
        assertThat(watching.watched(ANA, BAKER, FIRST)).isPresent();

        assertThat(recipients(DeliveryKind.REPLAY_REMINDER)).containsExactlyInAnyOrder(CY.value(), DI.value());
        assertThat(watched.find(BAKER, FIRST, ANA)).map(WatchedReplay::at).contains(FIRST_END);
        assertThat(watching.watched(ANA, BAKER, FIRST)).as("pressed again").isEmpty();
        assertThat(watching.unwatched(ANA)).isEmpty();
        assertThat(watching.watched(BO, BAKER, FIRST)).as("answered live: never sent it").isEmpty();
        assertThat(watching.watched(EVE, BAKER, FIRST)).as("left the course").isEmpty();
        assertThat(watching.watched(CY, BAKER, "qa@2026-12-10")).as("no recording posted").isEmpty();
        assertThat(watched.find(BAKER, FIRST, BO)).isEmpty();

        clock.set(FIRST_END.plus(Duration.ofDays(7)));
        assertThat(watching.watched(CY, BAKER, FIRST)).as("the window closed").isEmpty();
        assertThat(watched.find(BAKER, FIRST, CY)).isEmpty();
    }

    @Test
    void onlyTheCreatorPostsOnlyAfterTheStartAndOnlyAnHttpLinkAndARefusalStoresNothing() {
        clock.set(FIRST_START.minusSeconds(1));
        assertThat(posting.post(CREATOR, Optional.empty(), FIRST, LINK)).isInstanceOf(ReplayOutcome.NotStarted.class);

        clock.set(FIRST_START);
        assertThat(posting.post(ANA, Optional.of(BAKER), FIRST, LINK)).isInstanceOf(ReplayOutcome.NotTheCreator.class);
        assertThat(posting.post(ANA, Optional.empty(), FIRST, LINK)).as("no course of her own").isInstanceOf(ReplayOutcome.NotTheCreator.class);
        assertThat(posting.post(CREATOR, Optional.empty(), "qa@2026-12-04", LINK)).isInstanceOf(ReplayOutcome.Unknown.class);
        assertThat(posting.post(CREATOR, Optional.of(new CourseCode("nope")), FIRST, LINK)).isInstanceOf(ReplayOutcome.Unknown.class);
        for (String bad : List.of("example.org/recording", "ftp://example.org/rec", "javascript:alert(1)", "https://",
                "https://example.org/a b", "", "https://example.org/" + "x".repeat(Replay.MAX_LINK_LENGTH))) {
            assertThat(posting.post(CREATOR, Optional.empty(), FIRST, bad)).as(bad).isInstanceOf(ReplayOutcome.BadLink.class);
        }

        assertThat(replays.ofCourse(BAKER)).isEmpty();
        assertThat(waiting(DeliveryKind.REPLAY)).isEmpty();
        assertThat(posting.post(CREATOR, Optional.empty(), FIRST, "HTTP://Example.org/rec")).as("scheme in capitals")
                .isInstanceOf(ReplayOutcome.Posted.class);
    }

    @Test
    void postingAgainReplacesTheLinkKeepsTheWindowAndSendsNothingTwice() {
        clock.set(FIRST_END);
        posting.post(CREATOR, Optional.empty(), FIRST, LINK);
        Instant watchBy = replays.find(BAKER, FIRST).orElseThrow().watchBy();
        PlannedDelivery toAna = waiting(DeliveryKind.REPLAY).stream().filter(d -> d.recipient().chatId() == ANA.value()).findFirst().orElseThrow();
        deliveries.finish(toAna, new DeliveryDecision(clock.instant(), Verdict.SENT, ""));

        clock.set(FIRST_END.plus(Duration.ofHours(2)));
        ReplayOutcome again = posting.post(CREATOR, Optional.empty(), FIRST, "https://example.org/recordings/qa-1-fixed");

        assertThat(again).isInstanceOfSatisfying(ReplayOutcome.Posted.class, posted -> {
            assertThat(posted.replaced()).isTrue();
            assertThat(posted.alreadySent()).isEqualTo(1);
            assertThat(posted.sending()).isEqualTo(2);
            assertThat(posted.replay().watchBy()).isEqualTo(watchBy);
        });
        assertThat(recipients(DeliveryKind.REPLAY)).containsExactlyInAnyOrder(CY.value(), DI.value());
        assertThat(waiting(DeliveryKind.REPLAY)).allSatisfy(d -> assertThat(d.plan().payload()).containsEntry("link", "https://example.org/recordings/qa-1-fixed"));
        assertThat(waiting(DeliveryKind.REPLAY_REMINDER)).as("Ana's reminder too").hasSize(3)
                .allSatisfy(d -> assertThat(d.plan().payload()).containsEntry("link", "https://example.org/recordings/qa-1-fixed"));
    }

    @Test
    void aLearnerWhoJoinsLaterGetsTheOpenRecordingsAndOneWhoLeavesGetsNothingMore() {
        clock.set(FIRST_END);
        posting.post(CREATOR, Optional.empty(), FIRST, LINK);
        LearnerId fay = new LearnerId(1006);

        clock.set(FIRST_END.plus(Duration.ofDays(6).plusHours(1)));
        join(fay);
        new LeavingCourse(courses, enrollments, clock, following).leave(DI, BAKER);

        assertThat(recipients(DeliveryKind.REPLAY)).containsExactlyInAnyOrder(ANA.value(), CY.value(), fay.value());
        assertThat(recipients(DeliveryKind.REPLAY_REMINDER)).as("less than a day left for Fay: no reminder")
                .containsExactlyInAnyOrder(ANA.value(), CY.value());

        clock.set(FIRST_END.plus(Duration.ofDays(7)));
        join(new LearnerId(1007));
        assertThat(recipients(DeliveryKind.REPLAY)).as("the window closed").doesNotContain(1007L);
    }

    @Test
    void anOccurrenceIdInTwoOfTheCreatorsCoursesMustBeNamedWithItsCourse() {
        importing.importFile(CREATOR.value(), baker(SESSIONS).replace("code: baker-2026", "code: baker-2027"));
        clock.set(FIRST_END);

        assertThat(posting.post(CREATOR, Optional.empty(), FIRST, LINK)).isInstanceOfSatisfying(ReplayOutcome.Ambiguous.class,
                ambiguous -> assertThat(ambiguous.courses()).containsExactly(BAKER, new CourseCode("baker-2027")));
        assertThat(posting.post(CREATOR, Optional.of(new CourseCode("baker-2027")), FIRST, LINK)).isInstanceOf(ReplayOutcome.Posted.class);
        assertThat(posting.started(CREATOR)).extracting(o -> o.occurrence().id()).containsExactly(FIRST, FIRST);
    }

    private void join(LearnerId learner) {
        new EnrollingLearner(courses, enrollments, clock, following).enroll(learner, BAKER.value());
    }

    private List<PlannedDelivery> waiting(DeliveryKind kind) {
        return deliveries.allWaiting().stream().filter(d -> d.plan().kind() == kind)
                .sorted(java.util.Comparator.comparing(d -> d.plan().due())).toList();
    }

    private List<Instant> summaryTimes() {
        return waiting(DeliveryKind.SESSION_SUMMARY).stream().map(d -> d.plan().due()).toList();
    }

    private List<Long> recipients(DeliveryKind kind) {
        return waiting(kind).stream().map(d -> d.recipient().chatId()).toList();
    }

    private static String baker(String sessions) {
        return CourseFileExamples.text(CourseFileExamples.MASTER_BAKER) + sessions;
    }
}
