package app.paceline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The sandbox's page and API exist only in sandbox mode: an application started normally has none of it. */
class SandboxOffInProductionEndToEndTests extends EndToEndTest {

    @LocalServerPort
    int port;

    @Test
    void anApplicationStartedNormallyServesNoSandboxAndCannotBeTimeTravelled() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : new String[] {"/sandbox", "/sandbox/assets/app.js", "/sandbox/api/time", "/sandbox/api/personas"}) {
            var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(404);
        }
        var jump = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sandbox/api/time/jump"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"by\":\"P1D\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(jump.statusCode()).isEqualTo(404);
        assertThat(simulatedClock.instant()).isEqualTo(NOON_UTC);
    }
}
