package app.paceline.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.time.SimulatedClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunningDueWorkTests {

    private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");

    private final SimulatedClock clock = SimulatedClock.stoppedAt(START);

    @Test
    void handsEveryWorkTheSameSimulatedInstant() {
        var first = new RecordingWork("first");
        var second = new RecordingWork("second");
        var running = new RunningDueWork(clock, List.of(first, second), alone());

        clock.advance(Duration.ofDays(3));
        Instant tick = running.runDue();

        assertThat(tick).isEqualTo(START.plus(Duration.ofDays(3)));
        assertThat(first.seen).containsExactly(tick);
        assertThat(second.seen).containsExactly(tick);
        assertThat(running.lastTick()).contains(tick);
    }

    @Test
    void aFailingWorkDoesNotStopTheOthers() {
        DueWork broken = new DueWork() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public void runDue(Instant now) {
                throw new IllegalStateException("store unreachable");
            }
        };
        var healthy = new RecordingWork("healthy");
        var running = new RunningDueWork(clock, List.of(broken, healthy), alone());

        running.runDue();
        clock.advance(Duration.ofSeconds(1));
        running.runDue();

        assertThat(healthy.seen).containsExactly(START, START.plusSeconds(1));
    }

    @Test
    void onlyTheInstanceHoldingTheLeaseRunsTheWorkAndTheOtherTakesOverWhenItStopsRenewing() {
        var leases = new InMemoryLeases();
        var workOfA = new RecordingWork("a");
        var workOfB = new RecordingWork("b");
        var a = new RunningDueWork(clock, List.of(workOfA), new Leadership(leases, "a", Duration.ofSeconds(15)));
        var b = new RunningDueWork(clock, List.of(workOfB), new Leadership(leases, "b", Duration.ofSeconds(15)));

        for (int second = 0; second < 5; second++) {
            a.runDue();
            b.runDue();
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(workOfA.seen).hasSize(5);
        assertThat(workOfB.seen).as("a follower runs nothing").isEmpty();
        assertThat(b.lastTick()).isEmpty();

        // A crashes at START + 4 s (its last renewal): B takes over once the lease ran out, 15 s later, not before.
        Instant crash = START.plusSeconds(4);
        while (!clock.instant().isAfter(crash.plusSeconds(15))) {
            b.runDue();
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(workOfB.seen).isEmpty();
        b.runDue();
        assertThat(workOfB.seen).containsExactly(crash.plusSeconds(16));
        assertThat(workOfB.takenOverFrom).containsExactly("a");

        // A comes back (it was only stalled): it follows now and gives back what it held.
        a.runDue();
        assertThat(workOfA.seen).hasSize(5);
        assertThat(workOfA.stoodDown).hasSize(1);
    }

    @Test
    void aLeaderThatCannotReachTheStoreStopsActingBeforeItsLeaseCanRunOut() {
        var leases = new InMemoryLeases();
        var leadership = new Leadership(leases, "a", Duration.ofSeconds(15));
        var work = new RecordingWork("a");
        var running = new RunningDueWork(clock, List.of(work), leadership);
        running.runDue();
        assertThat(leadership.mayAct(START)).isTrue();

        leases.unreachable = true;
        clock.advance(Duration.ofSeconds(1));
        running.runDue();
        assertThat(work.stoodDown).as("a hiccup of a second keeps what is in hand").isEmpty();
        assertThat(leadership.mayAct(clock.instant())).isTrue();

        clock.advance(Duration.ofSeconds(9));
        assertThat(leadership.mayAct(clock.instant())).as("two thirds of the lease after the last renewal").isFalse();
        running.runDue();
        assertThat(work.stoodDown).hasSize(1);
        assertThat(work.seen).containsExactly(START);

        leases.unreachable = false;
        clock.advance(Duration.ofSeconds(1));
        running.runDue();
        assertThat(work.seen).containsExactly(START, START.plusSeconds(11));
        assertThat(work.takenOverFrom).as("its own lease: nobody to take over from").isEmpty();
    }

    @Test
    void resigningLetsAnotherInstanceTakeOverAtItsNextTick() {
        var leases = new InMemoryLeases();
        var leadershipOfA = new Leadership(leases, "a", Duration.ofSeconds(15));
        var workOfB = new RecordingWork("b");
        new RunningDueWork(clock, List.of(new RecordingWork("a")), leadershipOfA).runDue();
        var b = new RunningDueWork(clock, List.of(workOfB), new Leadership(leases, "b", Duration.ofSeconds(15)));
        b.runDue();
        assertThat(workOfB.seen).isEmpty();

        leadershipOfA.resign();
        clock.advance(Duration.ofSeconds(1));
        b.runDue();

        assertThat(workOfB.seen).containsExactly(START.plusSeconds(1));
        assertThat(workOfB.takenOverFrom).as("a stopped cleanly and holds nothing").isEmpty();
    }

    private static Leadership alone() {
        return new Leadership(new InMemoryLeases(), "alone", Duration.ofSeconds(15));
    }

    private static final class RecordingWork implements DueWork {
        private final String name;
        private final List<Instant> seen = new ArrayList<>();
        private final List<Instant> stoodDown = new ArrayList<>();
        private final List<String> takenOverFrom = new ArrayList<>();

        RecordingWork(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void runDue(Instant now) {
            seen.add(now);
        }

        @Override
        public void standDown(Instant now) {
            stoodDown.add(now);
        }

        @Override
        public void takeOver(String previousHolder, Instant now) {
            takenOverFrom.add(previousHolder);
        }
    }
}
