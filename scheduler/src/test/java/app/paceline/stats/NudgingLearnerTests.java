package app.paceline.stats;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.delivery.DeliveryDecision;
import app.paceline.delivery.DeliveryKey;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.PlannedDelivery;
import app.paceline.learner.LearnerId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NudgingLearnerTests extends StatsTestWorld {

    @Test
    void plansOneNudgeForTheLearnerNow() {
        assertThat(nudging.nudge(CREATOR, CODE, BEN)).isEqualTo(NudgeOutcome.NUDGED);

        PlannedDelivery nudge = deliveries.waiting(new DeliveryKey("cnudge:baker-2026:1002:2026-12-05")).orElseThrow();
        assertThat(nudge.plan().kind()).isEqualTo(DeliveryKind.CREATOR_NUDGE);
        assertThat(nudge.plan().recipient().chatId()).isEqualTo(BEN.value());
        assertThat(nudge.plan().due()).isEqualTo(NOW);
        assertThat(nudge.plan().payload()).containsEntry("title", "Master Baker").containsEntry("course", "baker-2026");
    }

    @Test
    void nudgesALearnerOnceADayOfTheirOwnWhoeverPresses() {
        assertThat(nudging.nudge(CREATOR, CODE, ELI)).isEqualTo(NudgeOutcome.NUDGED);
        assertThat(nudging.nudge(CREATOR, CODE, ELI)).isEqualTo(NudgeOutcome.ALREADY_TODAY);
        assertThat(nudging.nudge(CO_CREATOR, CODE, ELI)).isEqualTo(NudgeOutcome.ALREADY_TODAY);
        PlannedDelivery waiting = deliveries.waiting(NudgingLearner.keyOf(CODE, ELI, LocalDate.of(2026, 12, 5))).orElseThrow();
        deliveries.finish(waiting, new DeliveryDecision(NOW, DeliveryDecision.Verdict.SENT, "sent"));
        assertThat(nudging.nudge(CREATOR, CODE, ELI)).as("sent already").isEqualTo(NudgeOutcome.ALREADY_TODAY);

        // 15:00 UTC is midnight in Tokyo: Eli's next day.
        clock.set(Instant.parse("2026-12-05T15:00:00Z"));
        assertThat(nudging.nudge(CREATOR, CODE, ELI)).isEqualTo(NudgeOutcome.NUDGED);
        assertThat(deliveries.waiting(NudgingLearner.keyOf(CODE, ELI, LocalDate.of(2026, 12, 6)))).isPresent();
    }

    @Test
    void refusesLearnersOtherCreatorsAndLearnersWhoLeft() {
        assertThat(nudging.nudge(ANA, CODE, BEN)).isEqualTo(NudgeOutcome.NOT_ALLOWED);
        assertThat(nudging.nudge(new LearnerId(77), CODE, BEN)).isEqualTo(NudgeOutcome.NOT_ALLOWED);
        assertThat(nudging.nudge(CREATOR, CODE, DEE)).isEqualTo(NudgeOutcome.NOT_IN_COURSE);
        assertThat(nudging.nudge(CREATOR, CODE, new LearnerId(4242))).isEqualTo(NudgeOutcome.NOT_IN_COURSE);

        assertThat(deliveries.countWaiting()).isZero();
        assertThat(List.of(nudging.nudge(CO_CREATOR, CODE, BEN))).containsExactly(NudgeOutcome.NUDGED);
    }
}
