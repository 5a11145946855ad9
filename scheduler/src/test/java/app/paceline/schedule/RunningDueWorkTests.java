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
        var running = new RunningDueWork(clock, List.of(first, second));

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
        var running = new RunningDueWork(clock, List.of(broken, healthy));

        running.runDue();
        clock.advance(Duration.ofSeconds(1));
        running.runDue();

        assertThat(healthy.seen).containsExactly(START, START.plusSeconds(1));
    }

    private static final class RecordingWork implements DueWork {
        private final String name;
        private final List<Instant> seen = new ArrayList<>();

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
    }
}
