package app.paceline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SimulatedClockTests {

    private static final Instant REAL_START = Instant.parse("2026-11-22T10:00:00Z");
    private static final Instant SIMULATED_START = Instant.parse("2026-12-01T07:00:00Z");

    /** The real clock the simulated one is driven by, moved by hand. */
    private final SimulatedClock real = SimulatedClock.stoppedAt(REAL_START);

    @Test
    void runsSpeedTimesFasterThanItsBase() {
        var simulated = new SimulatedClock(real, SIMULATED_START, 3600);

        real.advance(Duration.ofSeconds(2));

        assertThat(simulated.instant()).isEqualTo(SIMULATED_START.plus(Duration.ofHours(2)));
    }

    @Test
    void jumpsForwardAndKeepsRunningFromThere() {
        var simulated = new SimulatedClock(real, SIMULATED_START, 60);

        simulated.advance(Duration.ofDays(3));
        real.advance(Duration.ofSeconds(1));

        assertThat(simulated.instant()).isEqualTo(SIMULATED_START.plus(Duration.ofDays(3)).plusSeconds(60));
    }

    @Test
    void standsStillAtSpeedZero() {
        var stopped = new SimulatedClock(real, SIMULATED_START, 0);

        real.advance(Duration.ofHours(5));

        assertThat(stopped.instant()).isEqualTo(SIMULATED_START);
        assertThat(stopped.millis()).isEqualTo(SIMULATED_START.toEpochMilli());
    }

    @Test
    void refusesToRunBackwardsOrAtANonsenseSpeed() {
        assertThatThrownBy(() -> new SimulatedClock(real, SIMULATED_START, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SimulatedClock(real, SIMULATED_START, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatedClock.stoppedAt(SIMULATED_START).advance(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void changesSpeedWithoutLosingTheTimeAlreadyPassed() {
        var simulated = new SimulatedClock(real, SIMULATED_START, 60);
        real.advance(Duration.ofSeconds(10));

        simulated.setSpeed(3600);
        real.advance(Duration.ofSeconds(2));

        assertThat(simulated.instant()).isEqualTo(SIMULATED_START.plus(Duration.ofMinutes(10)).plus(Duration.ofHours(2)));
        assertThat(simulated.speed()).isEqualTo(3600);
    }

    @Test
    void pausedByASpeedOfZeroAndStillMovedByJumps() {
        var simulated = new SimulatedClock(real, SIMULATED_START, 60);
        real.advance(Duration.ofSeconds(1));

        simulated.setSpeed(0);
        real.advance(Duration.ofHours(1));
        simulated.advance(Duration.ofDays(1));

        assertThat(simulated.instant()).isEqualTo(SIMULATED_START.plusSeconds(60).plus(Duration.ofDays(1)));
        assertThatThrownBy(() -> simulated.setSpeed(-2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(simulated.speed()).isZero();
    }
}
