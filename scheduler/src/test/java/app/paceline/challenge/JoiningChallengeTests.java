package app.paceline.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.course.EnrollOutcome;
import app.paceline.learner.LearnerId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JoiningChallengeTests extends ChallengeTestWorld {

    private final JoiningChallenge joining = new JoiningChallenge(courses, enrolling, following);

    @Test
    void aChallengeLinkJoinsTheCourseAndItsChallenges() {
        course(challenge("ten", Optional.of(COHORT_START), 10), challenge("own", Optional.empty(), 5));
        LearnerId learner = learner(3001, "Asia/Kolkata");

        var joined = joining.join(learner, "baker-2026--own").orElseThrow();

        assertThat(joined.enrollment()).isInstanceOf(EnrollOutcome.Enrolled.class);
        assertThat(joined.challenge().id()).isEqualTo("own");
        assertThat(listing.of(learner)).extracting(s -> s.challenge().id()).containsExactly("ten", "own");
    }

    @Test
    void aLearnerWhoLeftAChallengeComesBackByItsLinkWithTheirProgress() {
        course(challenge("ten", Optional.of(COHORT_START), 10));
        LearnerId learner = learner(3002, "Asia/Kolkata");
        join(learner);
        runUntil(Instant.parse("2026-12-04T12:00:00Z"));
        taking.markDone(learner, BAKER, "ten", 1, Optional.empty());
        taking.leave(learner, BAKER, "ten");
        runUntil(Instant.parse("2026-12-06T12:00:00Z"));
        assertThat(listing.of(learner)).isEmpty();
        assertThat(dripsOf(learner)).hasSize(3);

        var joined = joining.join(learner, JoiningChallenge.payload(BAKER, "ten")).orElseThrow();

        assertThat(joined.outcome()).isInstanceOfSatisfying(JoinOutcome.Joined.class,
                back -> assertThat(back.standing().progress().done()).isEqualTo(1));
        tick();
        assertThat(dripsOf(learner)).as("the days out meanwhile, once each").hasSize(5);
        assertThat(joining.join(learner, "baker-2026--ten").orElseThrow().outcome()).isInstanceOf(JoinOutcome.AlreadyIn.class);
    }

    @Test
    void aPayloadNamingNoChallengeIsNotAChallengeLink() {
        course(challenge("ten", Optional.of(COHORT_START), 10));
        LearnerId learner = learner(3003, "Asia/Kolkata");

        assertThat(joining.join(learner, "baker-2026")).isEmpty();
        assertThat(joining.join(learner, "baker-2026--nope")).isEmpty();
        assertThat(joining.join(learner, "nope--ten")).isEmpty();
        assertThat(joining.join(learner, "--ten")).isEmpty();
        assertThat(joining.join(learner, null)).isEmpty();
        assertThat(listing.of(learner)).isEmpty();
    }

    @Test
    void aCohortChallengeWhoseDaysClosedCannotBeJoined() {
        course(challenge("ten", Optional.of(COHORT_START), 10));
        clock.set(Instant.parse("2026-12-20T00:00:00Z")); // day 10 on 11 December, 3 days of grace
        LearnerId learner = learner(3004, "Asia/Kolkata");

        assertThat(joining.join(learner, "baker-2026--ten").orElseThrow().outcome()).isInstanceOf(JoinOutcome.Over.class);
        assertThat(enrollments.ofLearner(learner)).isEmpty();
    }
}
