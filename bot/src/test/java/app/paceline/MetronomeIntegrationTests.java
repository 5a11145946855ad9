package app.paceline;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.fakebotapi.FakeBotApi;
import app.paceline.schedule.DueWork;
import app.paceline.time.SimulatedClock;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Quartz fires the metronome every second, and due work sees the application's (simulated) clock, not Quartz's. */
@SpringBootTest
class MetronomeIntegrationTests {

    private static final Instant START = Instant.parse("2026-12-01T07:00:00Z");
    /** Its own Bot API: a second application polling the shared one would take its updates away. */
    private static final FakeBotApi TELEGRAM = FakeBotApi.start(FakeBotApi.Options.defaults());
    private static final BlockingQueue<Instant> TICKS = new LinkedBlockingQueue<>();

    @Autowired
    SimulatedClock clock;

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) throws Exception {
        var dataDir = Files.createTempDirectory("paceline-metronome-");
        registry.add("paceline.telegram.bot-token", TELEGRAM::token);
        registry.add("paceline.telegram.api-url", TELEGRAM::baseUrl);
        registry.add("paceline.telegram.poll-timeout", () -> "1s");
        registry.add("paceline.store.data-dir", dataDir::toString);
        registry.add("paceline.clock.start", START::toString);
        registry.add("paceline.clock.speed", () -> "0");
    }

    @AfterAll
    static void stopTelegram() {
        TELEGRAM.close();
    }

    @Test
    void dueWorkRunsEverySecondOnSimulatedTime() throws InterruptedException {
        TICKS.clear();
        Instant first = TICKS.poll(10, TimeUnit.SECONDS);
        assertThat(first).isEqualTo(START);

        clock.advance(Duration.ofDays(3));

        Instant later = TICKS.poll(10, TimeUnit.SECONDS);
        while (later != null && later.equals(START)) {
            later = TICKS.poll(10, TimeUnit.SECONDS);
        }
        assertThat(later).isEqualTo(START.plus(Duration.ofDays(3)));
    }

    @TestConfiguration
    static class RecordingWork {
        @Bean
        DueWork recordingWork() {
            return new DueWork() {
                @Override
                public String name() {
                    return "recording";
                }

                @Override
                public void runDue(Instant now) {
                    TICKS.add(now);
                }
            };
        }
    }
}
