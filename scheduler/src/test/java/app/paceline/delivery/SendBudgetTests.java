package app.paceline.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SendBudgetTests {

    private long nanos;
    private final SendBudget budget = new SendBudget(SendLimits.TELEGRAM, () -> nanos);

    @Test
    void aPrivateChatGetsOneMessageASecond() {
        Recipient ana = Recipient.learner(1);

        assertThat(budget.tryAcquire(ana, false)).isZero();
        long wait = budget.tryAcquire(ana, false);
        assertThat(wait).isBetween(TimeUnit.MILLISECONDS.toNanos(990), TimeUnit.SECONDS.toNanos(1));

        nanos += wait;
        assertThat(budget.tryAcquire(ana, false)).isZero();
    }

    @Test
    void aGroupGetsTwentyAMinuteAfterASmallBurst() {
        Recipient group = Recipient.group(-100);
        for (int i = 0; i < 3; i++) {
            assertThat(budget.tryAcquire(group, false)).isZero();
        }
        assertThat(budget.tryAcquire(group, false)).isBetween(TimeUnit.MILLISECONDS.toNanos(2990), TimeUnit.SECONDS.toNanos(3));
    }

    @Test
    void allChatsTogetherStayUnderThirtyASecond() {
        int sent = 0;
        long end = TimeUnit.SECONDS.toNanos(10);
        long chat = 0;
        while (nanos < end) {
            long wait = budget.tryAcquire(Recipient.learner(++chat), false);
            if (wait == 0) {
                sent++;
            } else {
                nanos += wait;
            }
        }
        // 5 at once, then 30 per second.
        assertThat(sent).isBetween(300, 305);
    }

    @Test
    void paidBroadcastsUseTheirOwnLargerBudget() {
        int sent = 0;
        long chat = 0;
        while (nanos < TimeUnit.SECONDS.toNanos(2)) {
            long wait = budget.tryAcquire(Recipient.learner(++chat), true);
            if (wait == 0) {
                sent++;
            } else {
                nanos += wait;
            }
        }
        assertThat(sent).isBetween(2000, 2100);
    }

    @Test
    void aRetryAfterPausesExactlyThatChatForExactlyThatLong() {
        Recipient ana = Recipient.learner(1);
        Recipient bo = Recipient.learner(2);

        budget.pause(ana, Duration.ofSeconds(7));

        assertThat(budget.tryAcquire(ana, false)).isEqualTo(TimeUnit.SECONDS.toNanos(7));
        assertThat(budget.tryAcquire(bo, false)).isZero();
        nanos += TimeUnit.SECONDS.toNanos(7);
        assertThat(budget.tryAcquire(ana, false)).isZero();
    }

    @Test
    void aGlobalPauseStopsEveryone() {
        budget.pauseAll(Duration.ofSeconds(3));

        assertThat(budget.tryAcquire(Recipient.learner(9), false)).isEqualTo(TimeUnit.SECONDS.toNanos(3));
        assertThat(budget.overallWait(true)).isEqualTo(TimeUnit.SECONDS.toNanos(3));
    }
}
