package app.paceline.broadcast;

import static app.paceline.broadcast.BroadcastTestWorld.BAKER;
import static app.paceline.broadcast.BroadcastTestWorld.CO_CREATOR;
import static app.paceline.broadcast.BroadcastTestWorld.CREATOR;
import static app.paceline.broadcast.BroadcastTestWorld.NOW;
import static app.paceline.broadcast.BroadcastTestWorld.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.course.CourseCode;
import app.paceline.course.Enrollment;
import app.paceline.delivery.DeliveryDecision.Verdict;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.PlannedDelivery;
import app.paceline.learner.LearnerId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SendingBroadcastsTests {

    private final BroadcastTestWorld world = new BroadcastTestWorld();

    @Test
    void everyLearnerEnrolledNowGetsItOncePacedBelowTheOverallLimitAndTheCreatorAProgressMessageFirst() {
        List<LearnerId> learners = world.enroll(4);
        world.enrollments.save(Enrollment.joined(learners.get(3), BAKER, NOW.minus(Duration.ofDays(2))).left(NOW));

        Broadcast broadcast = world.started(world.sending.send(CREATOR, BAKER, "  Oven class moved to Friday  "));

        assertThat(broadcast.recipients()).containsExactly(learners.get(0), learners.get(1), learners.get(2));
        assertThat(broadcast.text()).isEqualTo("Oven class moved to Friday");
        List<PlannedDelivery> toLearners = world.ledger.allWaiting().stream()
                .filter(d -> d.plan().kind() == DeliveryKind.BROADCAST).toList();
        assertThat(toLearners).extracting(d -> d.key().value()).containsExactly(
                "bc:b1:1001", "bc:b1:1002", "bc:b1:1003");
        assertThat(toLearners).extracting(d -> d.plan().due())
                .as("25 a second: 40 ms apart").containsExactly(NOW, NOW.plusMillis(40), NOW.plusMillis(80));
        assertThat(toLearners).allSatisfy(d -> assertThat(d.plan().payload()).containsEntry("broadcast", "b1"));
        PlannedDelivery progress = world.ledger.waiting(broadcast.progressKey()).orElseThrow();
        assertThat(progress.plan().kind()).isEqualTo(DeliveryKind.BROADCAST_PROGRESS);
        assertThat(progress.recipient().chatId()).isEqualTo(CREATOR.value());
        assertThat(progress.plan().due()).isEqualTo(NOW);
        assertThat(progress.plan().payload()).containsEntry("total", "3").containsEntry("sent", "0")
                .containsEntry("state", "sending").containsEntry("edit", "0").doesNotContainKey("messageId");
        assertThat(world.broadcasts.running()).containsExactly(broadcast);
    }

    @Test
    void aCoCreatorMayBroadcastAndAnyoneElseLearnsNothingAboutTheCourse() {
        world.enroll(2);
        assertThat(world.sending.courses(CREATOR)).extracting(a -> a.course().code(), CourseAudience::learners)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(BAKER, 2));
        assertThat(world.sending.course(CO_CREATOR, BAKER)).isPresent();
        assertThat(world.sending.course(STRANGER, BAKER)).isEmpty();
        assertThat(world.sending.courses(STRANGER)).isEmpty();

        assertThat(world.sending.send(STRANGER, BAKER, "Hello")).isEqualTo(new BroadcastOutcome.NotAllowed());
        assertThat(world.sending.send(STRANGER, new CourseCode("no-such-course"), "Hello")).isEqualTo(new BroadcastOutcome.NotAllowed());
        assertThat(world.ledger.countWaiting()).isZero();

        assertThat(world.sending.send(CO_CREATOR, BAKER, "Hello")).isInstanceOf(BroadcastOutcome.Started.class);
    }

    @Test
    void anEmptyOrTooLongTextACourseWithoutLearnersOrOneAlreadyGoingOutAreRefusedAndNothingIsPlanned() {
        assertThat(world.sending.send(CREATOR, BAKER, "Hello")).isEqualTo(new BroadcastOutcome.NoLearners());
        world.enroll(2);
        assertThat(world.sending.send(CREATOR, BAKER, " \n ")).isEqualTo(new BroadcastOutcome.Empty());
        assertThat(world.sending.send(CREATOR, BAKER, "x".repeat(SendingBroadcasts.MAX_TEXT + 1)))
                .isEqualTo(new BroadcastOutcome.TooLong(SendingBroadcasts.MAX_TEXT + 1, SendingBroadcasts.MAX_TEXT));
        assertThat(world.ledger.countWaiting()).isZero();
        assertThat(world.broadcasts.running()).isEmpty();

        Broadcast first = world.started(world.sending.send(CREATOR, BAKER, "x".repeat(SendingBroadcasts.MAX_TEXT)));
        long planned = world.ledger.countWaiting();
        assertThat(world.sending.send(CO_CREATOR, BAKER, "Me too")).isEqualTo(new BroadcastOutcome.AlreadyRunning(first));
        assertThat(world.ledger.countWaiting()).isEqualTo(planned);
    }

    @Test
    void stoppingWithdrawsTheWaitingMessagesButNotTheOneBeingSentAndOnlyTheCoursesEditorsMayStop() {
        List<LearnerId> learners = world.enroll(3);
        Broadcast broadcast = world.started(world.sending.send(CREATOR, BAKER, "Hello"));
        world.end(broadcast.keyFor(learners.get(0)), Verdict.SENT);
        world.claim(broadcast.keyFor(learners.get(1)));

        assertThat(world.sending.stop(STRANGER, broadcast.id())).isEqualTo(new StopOutcome.NotAllowed());
        assertThat(world.sending.stop(STRANGER, "forged")).isEqualTo(new StopOutcome.NotAllowed());
        assertThat(world.sending.find(STRANGER, broadcast.id())).isEmpty();
        assertThat(world.ledger.waiting(broadcast.keyFor(learners.get(2)))).isPresent();

        StopOutcome stopped = world.sending.stop(CO_CREATOR, broadcast.id());

        assertThat(stopped).isInstanceOf(StopOutcome.Stopped.class);
        assertThat(((StopOutcome.Stopped) stopped).withdrawn()).isEqualTo(1);
        assertThat(world.ledger.finished(broadcast.keyFor(learners.get(2))).orElseThrow().outcome()).isEqualTo(Verdict.CANCELLED);
        assertThat(world.ledger.waiting(broadcast.keyFor(learners.get(1)))).as("on its way: it still goes").isPresent();
        assertThat(world.current(broadcast).withdrawn()).isEqualTo(1);
        assertThat(world.sending.stop(CREATOR, broadcast.id())).isInstanceOf(StopOutcome.AlreadyOver.class);
    }
}
