package app.paceline.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SandboxCommandLineTests {

    @Test
    void startsOnPort8080AtTheExampleCoursesMondayInRealTimeUnlessToldOtherwise() {
        var options = SandboxCommandLine.Options.parse(List.of(), Map.of()).orElseThrow();

        assertThat(options.port()).isEqualTo(8080);
        assertThat(options.apiPort()).isZero();
        assertThat(options.speed()).isEqualTo(1);
        assertThat(options.start()).isEqualTo(Instant.parse("2027-01-04T06:00:00Z"));
    }

    @Test
    void takesThePortFromServerPortAndTheCommandLineOverAll() {
        assertThat(SandboxCommandLine.Options.parse(List.of(), Map.of("SERVER_PORT", "9090")).orElseThrow().port())
                .isEqualTo(9090);
        var options = SandboxCommandLine.Options.parse(
                List.of("--port", "9191", "--api-port", "8081", "--speed", "60", "--start", "2027-02-01T00:00:00Z"),
                Map.of("SERVER_PORT", "9090")).orElseThrow();

        assertThat(options).isEqualTo(new SandboxCommandLine.Options(9191, 8081, 60, Instant.parse("2027-02-01T00:00:00Z")));
    }

    @Test
    void refusesWhatItCannotUse() {
        for (List<String> bad : List.of(List.of("--port"), List.of("--port", "eighty"), List.of("--port", "70000"),
                List.of("--speed", "-1"), List.of("--start", "tomorrow"), List.of("--colour", "blue"))) {
            assertThat(SandboxCommandLine.Options.parse(bad, Map.of())).as(bad.toString()).isEmpty();
        }
        assertThat(SandboxCommandLine.Options.parse(List.of(), Map.of("SERVER_PORT", "x"))).isEmpty();
    }

    @Test
    void loadsTheExampleCourseFromTheJarWithItsCode() {
        String file = SandboxCommandLine.courseFile();

        assertThat(SandboxCommandLine.courseCode(file)).isEqualTo("sourdough-sandbox");
        assertThat(file).contains("assignments:", "sessions:", "repeat: weekly", "challenges:", "start: on-join");
    }
}
