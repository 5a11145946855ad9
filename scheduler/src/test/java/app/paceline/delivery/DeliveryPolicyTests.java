package app.paceline.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.time.QuietHours;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliveryPolicyTests {

    private static final Instant SESSION_START = Instant.parse("2026-12-03T23:00:00Z");
    private static final Optional<QuietTimes.LocalQuiet> TOKYO_NIGHTS =
            Optional.of(new QuietTimes.LocalQuiet(ZoneId.of("Asia/Tokyo"), QuietHours.NIGHT));
    /** 23:30 in Tokyo. */
    private static final Instant TOKYO_LATE = Instant.parse("2026-12-03T14:30:00Z");

    @Test
    void aSessionNudgeAfterTheSessionStartedIsDropped() {
        var nudge = delivery(DeliveryKind.SESSION_NUDGE, SESSION_START.minusSeconds(900)).sendBy(SESSION_START);

        assertThat(DeliveryPolicy.decide(PlannedDelivery.fresh(nudge), SESSION_START.plusSeconds(1), Optional.empty()))
                .isInstanceOf(DeliveryPolicy.Drop.class);
        assertThat(DeliveryPolicy.decide(PlannedDelivery.fresh(nudge), SESSION_START.minusSeconds(1), Optional.empty()))
                .isInstanceOf(DeliveryPolicy.Send.class);
    }

    @Test
    void aDeadlineReminderAfterTheDeadlineIsDropped() {
        Instant deadline = Instant.parse("2026-12-07T23:59:00Z");
        var reminder = delivery(DeliveryKind.DEADLINE_REMINDER, deadline.minusSeconds(7200)).sendBy(deadline);

        var decision = DeliveryPolicy.decide(PlannedDelivery.fresh(reminder), deadline, Optional.empty());

        assertThat(decision).isInstanceOfSatisfying(DeliveryPolicy.Drop.class,
                drop -> assertThat(drop.reason()).contains("too late"));
    }

    @Test
    void aNudgeThatIsNotTimedWaitsForTheEndOfQuietHours() {
        var nudge = delivery(DeliveryKind.AT_RISK_NUDGE, TOKYO_LATE);

        var decision = DeliveryPolicy.decide(PlannedDelivery.fresh(nudge), TOKYO_LATE, TOKYO_NIGHTS);

        assertThat(decision).isEqualTo(new DeliveryPolicy.Defer(Instant.parse("2026-12-03T22:00:00Z"), "quiet hours 22:00-07:00 in Asia/Tokyo"));
    }

    @Test
    void aReminderAtATimeTheLearnerBookedIsSentEvenAtNight() {
        var reminder = delivery(DeliveryKind.SLOT_REMINDER, TOKYO_LATE);

        assertThat(DeliveryPolicy.decide(PlannedDelivery.fresh(reminder), TOKYO_LATE, TOKYO_NIGHTS)).isInstanceOf(DeliveryPolicy.Send.class);
    }

    @Test
    void aSessionChangeThatWouldMissItsSessionWaitingOutTheNightIsSentAtNight() {
        Instant earlySession = Instant.parse("2026-12-03T20:00:00Z"); // 05:00 in Tokyo, before quiet hours end
        var cancelled = delivery(DeliveryKind.SESSION_CHANGED, TOKYO_LATE).sendBy(earlySession);
        var nextWeek = delivery(DeliveryKind.SESSION_CHANGED, TOKYO_LATE).sendBy(earlySession.plus(java.time.Duration.ofDays(7)));

        assertThat(DeliveryPolicy.decide(PlannedDelivery.fresh(cancelled), TOKYO_LATE, TOKYO_NIGHTS)).isInstanceOf(DeliveryPolicy.Send.class);
        assertThat(DeliveryPolicy.decide(PlannedDelivery.fresh(nextWeek), TOKYO_LATE, TOKYO_NIGHTS)).isInstanceOf(DeliveryPolicy.Defer.class);
    }

    @Test
    void aNudgeWhoseQuietHoursOutlastItsDeadlineIsDropped() {
        Instant deadline = Instant.parse("2026-12-03T20:00:00Z"); // 05:00 in Tokyo, before quiet hours end
        var nudge = delivery(DeliveryKind.AT_RISK_NUDGE, TOKYO_LATE).sendBy(deadline);

        assertThat(DeliveryPolicy.decide(PlannedDelivery.fresh(nudge), TOKYO_LATE, TOKYO_NIGHTS)).isInstanceOf(DeliveryPolicy.Drop.class);
    }

    @Test
    void groupsHaveNoQuietHours() {
        var broadcast = DeliveryPlan.of(DeliveryKey.of("a", "1"), Recipient.group(-100), DeliveryKind.BROADCAST, TOKYO_LATE, Map.of());

        assertThat(DeliveryPolicy.decide(PlannedDelivery.fresh(broadcast), TOKYO_LATE, TOKYO_NIGHTS)).isInstanceOf(DeliveryPolicy.Send.class);
    }

    @Test
    void missedDaysOfOneBundleBecomeOneMessageOthersStayAlone() {
        Instant day = Instant.parse("2026-12-01T07:00:00Z");
        var day1 = PlannedDelivery.fresh(delivery(DeliveryKind.DRIP_DAY, day).bundledAs("drip:e1"));
        var day2 = PlannedDelivery.fresh(DeliveryPlan.of(DeliveryKey.of("drip", "e1", "2"), Recipient.learner(1001),
                DeliveryKind.DRIP_DAY, day.plusSeconds(86400), Map.of()).bundledAs("drip:e1"));
        var otherLearner = PlannedDelivery.fresh(DeliveryPlan.of(DeliveryKey.of("drip", "e2", "1"), Recipient.learner(1002),
                DeliveryKind.DRIP_DAY, day, Map.of()).bundledAs("drip:e2"));
        var reminder = PlannedDelivery.fresh(DeliveryPlan.of(DeliveryKey.of("slot", "x"), Recipient.learner(1001),
                DeliveryKind.SLOT_REMINDER, day, Map.of()));

        var outgoing = CatchUpPolicy.fold(java.util.List.of(day2, reminder, otherLearner, day1));

        assertThat(outgoing).hasSize(3);
        assertThat(outgoing).filteredOn(o -> o instanceof Outgoing.Bundle).singleElement()
                .satisfies(bundle -> assertThat(bundle.deliveries()).containsExactly(day1, day2));
    }

    private static DeliveryPlan delivery(DeliveryKind kind, Instant due) {
        return DeliveryPlan.of(DeliveryKey.of(kind.name().toLowerCase(), "1"), Recipient.learner(1001), kind, due, Map.of());
    }
}
