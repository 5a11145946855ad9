package app.paceline.learner;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.time.SimulatedClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RegisteringLearnersTests {

    private static final LearnerId ANA = new LearnerId(1001);

    private final SimulatedClock clock = SimulatedClock.stoppedAt(Instant.parse("2026-12-01T12:00:00Z"));
    private final InMemoryLearners learners = new InMemoryLearners();
    private final RegisteringLearners registering = new RegisteringLearners(learners, clock);

    @Test
    void remembersANewLearnerWithoutATimeZone() {
        Learner ana = registering.register(ANA, "Ana", "pt-BR");

        assertThat(learners.find(ANA)).contains(ana);
        assertThat(ana.timeZone()).isEmpty();
        assertThat(ana.firstSeen()).isEqualTo(clock.instant());
    }

    @Test
    void keepsTheTimeZoneWhenNameOrLanguageChange() {
        learners.save(registering.register(ANA, "Ana", "en").withTimeZone(ZoneId.of("Asia/Tokyo")));

        Learner renamed = registering.register(ANA, "Ana Maria", "ru");

        assertThat(renamed.timeZone()).contains(ZoneId.of("Asia/Tokyo"));
        assertThat(learners.find(ANA).orElseThrow().firstName()).isEqualTo("Ana Maria");
        assertThat(learners.find(ANA).orElseThrow().languageCode()).isEqualTo("ru");
    }

    @Test
    void doesNotWriteOnEveryMessage() {
        registering.register(ANA, "Ana", "en");
        int writes = learners.saves();

        clock.advance(Duration.ofMinutes(10));
        registering.register(ANA, "Ana", "en");
        assertThat(learners.saves()).isEqualTo(writes);

        clock.advance(Duration.ofHours(2));
        Learner later = registering.register(ANA, "Ana", "en");
        assertThat(learners.saves()).isEqualTo(writes + 1);
        assertThat(later.lastSeen()).isEqualTo(clock.instant());
    }
}
