package app.paceline.stats;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.course.CourseCode;
import app.paceline.learner.LearnerId;
import app.paceline.stats.CohortStats.AssignmentStats;
import app.paceline.stats.CohortStats.AtRiskLearner;
import app.paceline.stats.CohortStats.DayCounts;
import app.paceline.stats.CohortStats.SessionStats;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReadingCohortStatsTests extends StatsTestWorld {

    private CohortStats read() {
        return stats.of(CREATOR, CODE).orElseThrow();
    }

    @Test
    void countsOnlyLearnersStillInTheCourse() {
        CohortStats figures = read();

        assertThat(figures.learners()).isEqualTo(4);
        assertThat(figures.left()).isEqualTo(1);
        assertThat(figures.challenges().get(0).learners()).isEqualTo(4);
        assertThat(figures.at()).isEqualTo(NOW);
    }

    @Test
    void splitsEachChallengeDayIntoDoneLateTodayBehindAndSilentInEachLearnersOwnZone() {
        CohortStats.ChallengeStats challenge = read().challenges().get(0);

        assertThat(challenge.days().subList(0, 6)).containsExactly(
                new DayCounts(1, 4, 2, 1, 0, 0, 1),
                new DayCounts(2, 4, 1, 1, 0, 1, 1),
                new DayCounts(3, 4, 1, 0, 0, 2, 1),
                new DayCounts(4, 4, 1, 1, 0, 1, 1),
                new DayCounts(5, 4, 1, 0, 2, 0, 1),
                new DayCounts(6, 0, 0, 0, 0, 0, 0));
        assertThat(challenge.days()).hasSize(10);
        assertThat(challenge.releasedDays()).isEqualTo(5);
        assertThat(challenge.silent()).isEqualTo(1);
        assertThat(challenge.finished()).isZero();
    }

    @Test
    void aLearnerWhoDoesADayAgainIsNoLongerSilent() {
        done(BEN, 3, "2026-12-05T11:00:00Z");

        CohortStats.ChallengeStats challenge = read().challenges().get(0);

        assertThat(challenge.silent()).isZero();
        assertThat(challenge.days().get(2)).isEqualTo(new DayCounts(3, 4, 1, 1, 0, 2, 0));
        assertThat(challenge.days().get(4)).as("Ben's day 5 is today's now").isEqualTo(new DayCounts(5, 4, 1, 0, 3, 0, 0));
    }

    @Test
    void aLearnerIsSilentOnlyThreeDaysAfterTheirFirstDayCameOrTheirLastDayDone() {
        clock.set(Instant.parse("2026-12-04T07:59:00Z"));
        assertThat(stats.of(CREATOR, CODE).orElseThrow().challenges().get(0).silent()).as("Ben, 3 days minus a minute").isZero();

        clock.set(Instant.parse("2026-12-04T08:00:00Z"));
        assertThat(stats.of(CREATOR, CODE).orElseThrow().challenges().get(0).silent()).as("Ben, 3 days after day 1").isEqualTo(1);
    }

    @Test
    void countsAssignmentsDonePlannedAtRiskAndOverdueLikeTheAtRiskNudge() {
        var assignments = read().assignments();

        assertThat(assignments).extracting(a -> a.assignment().id()).containsExactly("essay", "video", "intro");
        AssignmentStats essay = assignments.get(0);
        assertThat(new int[] {essay.done(), essay.planned(), essay.open(), essay.upcoming(), essay.atRisk(), essay.overdue()})
                .as("Ana done, Cem booked tonight, Ben nothing booked and Eli's booking passed: at risk from 10:00 today")
                .containsExactly(1, 1, 0, 0, 2, 0);
        AssignmentStats video = assignments.get(1);
        assertThat(video.upcoming()).isEqualTo(4);
        AssignmentStats intro = assignments.get(2);
        assertThat(new int[] {intro.done(), intro.overdue()}).containsExactly(1, 3);
    }

    @Test
    void anAssignmentIsNotAtRiskBeforeItsEffortPlusADayBeforeTheDeadline() {
        clock.set(Instant.parse("2026-12-05T09:59:00Z"));

        AssignmentStats essay = stats.of(CREATOR, CODE).orElseThrow().assignments().get(0);

        assertThat(essay.atRisk()).isZero();
        assertThat(essay.open()).isEqualTo(2);
    }

    @Test
    void countsAnswersOfStartedAndComingOccurrencesAndRecordingsWatchedByLearnersStillIn() {
        var sessions = read().sessions();

        assertThat(sessions).extracting(s -> s.occurrence().occurrence().id()).containsExactly("qa@2026-12-03", "qa@2026-12-10");
        SessionStats third = sessions.get(0);
        assertThat(new int[] {third.live(), third.replay(), third.cant(), third.none()}).containsExactly(1, 1, 1, 1);
        assertThat(third.watched()).contains(1);
        assertThat(third.started(NOW)).isTrue();
        SessionStats tenth = sessions.get(1);
        assertThat(new int[] {tenth.live(), tenth.none()}).containsExactly(1, 3);
        assertThat(tenth.watched()).isEmpty();
        assertThat(tenth.started(NOW)).isFalse();
    }

    @Test
    void listsLearnersAtRiskSilentFirstThenByWorkAtRiskThenByDaysBehind() {
        assertThat(read().atRisk()).containsExactly(
                new AtRiskLearner(BEN, "L1002", 1, 1, 4, true),
                new AtRiskLearner(ELI, "L1005", 1, 1, 2, false),
                new AtRiskLearner(CEM, "L1003", 0, 1, 0, false),
                new AtRiskLearner(ANA, "Ana", 0, 0, 2, false));
    }

    @Test
    void onlyTheCreatorAndCoCreatorsSeeACourseAndOthersCannotTellItExists() {
        assertThat(stats.of(CO_CREATOR, CODE)).isPresent();
        assertThat(stats.of(ANA, CODE)).isEmpty();
        assertThat(stats.of(new LearnerId(99), CODE)).isEmpty();
        assertThat(stats.of(CREATOR, new CourseCode("nope"))).isEmpty();
        assertThat(stats.coursesOf(CREATOR)).extracting(c -> c.code()).containsExactly(CODE);
        assertThat(stats.coursesOf(ANA)).isEmpty();
    }

    @Test
    void aCourseWithoutLearnersHasEmptyFigures() {
        enrollments.save(enrollments.find(ANA, CODE).orElseThrow().left(NOW));
        enrollments.save(enrollments.find(BEN, CODE).orElseThrow().left(NOW));
        enrollments.save(enrollments.find(CEM, CODE).orElseThrow().left(NOW));
        enrollments.save(enrollments.find(ELI, CODE).orElseThrow().left(NOW));

        CohortStats figures = read();

        assertThat(figures.learners()).isZero();
        assertThat(figures.left()).isEqualTo(5);
        assertThat(figures.challenges().get(0).days()).allSatisfy(day -> assertThat(day.released()).isZero());
        assertThat(figures.atRisk()).isEmpty();
        assertThat(figures.sessions().get(0).watched()).contains(0);
    }
}
