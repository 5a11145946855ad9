package app.paceline.learner;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.time.SimulatedClock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ChoosingTimeZoneTests {

    private static final Instant NOON_UTC = Instant.parse("2026-12-01T12:00:00Z");
    private static final LearnerId ANA = new LearnerId(1001);

    private final SimulatedClock clock = SimulatedClock.stoppedAt(NOON_UTC);
    private final InMemoryLearners learners = new InMemoryLearners();
    private final RegisteringLearners registering = new RegisteringLearners(learners, clock);
    private final ChoosingTimeZone choosing = new ChoosingTimeZone(learners, TimeZoneInput.standard(), clock);

    @Test
    void storesTheZoneAndConfirmsWithTheLearnersLocalTime() {
        Learner ana = registering.register(ANA, "Ana", "en");

        var choice = choosing.choose(ana, "Kolkata");

        assertThat(choice).isInstanceOfSatisfying(TimeZoneChoice.Chosen.class, chosen -> {
            assertThat(chosen.zone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
            assertThat(chosen.localNow().toLocalTime()).hasToString("17:30");
            assertThat(chosen.fixedOffset()).isFalse();
        });
        assertThat(learners.find(ANA).orElseThrow().timeZone()).contains(ZoneId.of("Asia/Kolkata"));
    }

    @Test
    void marksABareOffsetAsFixed() {
        Learner ana = registering.register(ANA, "Ana", "en");

        var choice = (TimeZoneChoice.Chosen) choosing.choose(ana, "UTC-3");

        assertThat(choice.fixedOffset()).isTrue();
        assertThat(learners.find(ANA).orElseThrow().timeZone()).contains(ZoneOffset.ofHours(-3));
    }

    @Test
    void badInputChangesNothing() {
        Learner ana = choosing.choose(registering.register(ANA, "Ana", "en"), "Berlin") instanceof TimeZoneChoice.Chosen
                ? learners.find(ANA).orElseThrow() : null;
        int writes = learners.saves();

        var choice = choosing.choose(ana, "  nonsense ");

        assertThat(choice).isEqualTo(new TimeZoneChoice.NotUnderstood("nonsense"));
        assertThat(learners.saves()).isEqualTo(writes);
        assertThat(learners.find(ANA).orElseThrow().timeZone()).contains(ZoneId.of("Europe/Berlin"));
    }
}
