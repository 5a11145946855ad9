package app.paceline.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.learner.LearnerId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TakingPartTests extends ChallengeTestWorld {

    @Test
    void aDayDoneLateCountsAndRepairsTheStreak() {
        course(challenge("ten", Optional.of(COHORT_START), 10));
        LearnerId learner = learner(2001, "Asia/Kolkata");
        join(learner);
        runUntil(Instant.parse("2026-12-07T12:00:00Z")); // days 1-6 out
        for (int day : new int[] {1, 2, 5, 6}) {
            taking.markDone(learner, BAKER, "ten", day, Optional.empty());
        }
        ChallengeProgress progress = standing(learner, "ten").progress();
        assertThat(progress.done()).isEqualTo(4);
        assertThat(progress.behind()).containsExactly(3, 4);
        assertThat(progress.streak()).as("day 4 forgiven, day 3 a second miss within a week").isEqualTo(2);

        taking.markDone(learner, BAKER, "ten", 3, Optional.empty());

        progress = standing(learner, "ten").progress();
        assertThat(progress.done()).isEqualTo(5);
        assertThat(progress.streak()).as("caught up on day 3: only day 4 missed, forgiven").isEqualTo(5);
    }

    @Test
    void todaysDayNotDoneYetDoesNotBreakTheStreak() {
        course(challenge("ten", Optional.of(COHORT_START), 10));
        LearnerId learner = learner(2002, "Asia/Kolkata");
        join(learner);
        runUntil(Instant.parse("2026-12-04T12:00:00Z")); // days 1-3 out
        taking.markDone(learner, BAKER, "ten", 1, Optional.empty());
        taking.markDone(learner, BAKER, "ten", 2, Optional.empty());

        assertThat(standing(learner, "ten").progress().streak()).isEqualTo(2);
        assertThat(standing(learner, "ten").progress().behind()).isEmpty();
        assertThat(standing(learner, "ten").progress().open()).containsExactly(3);
    }

    @Test
    void answersAreStoredAndADayNotReleasedOrArchivedIsRefusedChangingNothing() {
        course(challenge("ten", Optional.of(COHORT_START), 10));
        LearnerId learner = learner(2003, "Asia/Kolkata");
        join(learner);
        runUntil(Instant.parse("2026-12-03T12:00:00Z")); // days 1-2 out

        assertThat(taking.markDone(learner, BAKER, "ten", 2, Optional.of("  It doubled in 6 hours "))).isInstanceOf(ChallengeOutcome.Changed.class);
        assertThat(standing(learner, "ten").enrollment().answers()).containsEntry(2, "It doubled in 6 hours");
        assertThat(taking.markDone(learner, BAKER, "ten", 2, Optional.empty())).isInstanceOf(ChallengeOutcome.Unchanged.class);
        long version = standing(learner, "ten").enrollment().version();
        assertThat(taking.markDone(learner, BAKER, "ten", 3, Optional.empty())).isInstanceOf(ChallengeOutcome.NotReleased.class);
        assertThat(taking.markDone(learner, BAKER, "ten", 0, Optional.empty())).isInstanceOf(ChallengeOutcome.NotReleased.class);
        assertThat(taking.markDone(learner, BAKER, "other", 1, Optional.empty())).isInstanceOf(ChallengeOutcome.NotIn.class);
        assertThat(taking.markDone(new LearnerId(9), BAKER, "ten", 1, Optional.empty())).isInstanceOf(ChallengeOutcome.NotIn.class);
        assertThat(standing(learner, "ten").enrollment().version()).isEqualTo(version);

        // Day 10 is on 11 December; with 3 grace days, released days close at the end of 14 December, Kolkata time.
        runUntil(Instant.parse("2026-12-14T18:00:00Z"));
        assertThat(taking.markDone(learner, BAKER, "ten", 1, Optional.empty())).as("open on the last grace day").isInstanceOf(ChallengeOutcome.Changed.class);
        clock.set(Instant.parse("2026-12-14T18:30:00Z"));
        assertThat(taking.markDone(learner, BAKER, "ten", 3, Optional.empty())).isInstanceOf(ChallengeOutcome.Archived.class);
    }

    @Test
    void aConcurrentWriteIsNotLost() {
        course(challenge("ten", Optional.of(COHORT_START), 10));
        LearnerId learner = learner(2004, "Asia/Kolkata");
        join(learner);
        runUntil(Instant.parse("2026-12-03T12:00:00Z"));
        ChallengeEnrollment stale = standing(learner, "ten").enrollment();

        taking.markDone(learner, BAKER, "ten", 1, Optional.empty());

        assertThat(enrollments.replace(stale, stale.withShowName(true))).as("a write from a stale read is refused").isFalse();
        taking.showName(learner, BAKER, "ten", true);
        assertThat(standing(learner, "ten").enrollment().isDone(1)).isTrue();
        assertThat(standing(learner, "ten").enrollment().showName()).isTrue();
    }
}
