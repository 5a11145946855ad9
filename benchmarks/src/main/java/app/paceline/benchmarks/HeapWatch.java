package app.paceline.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Polls the application's heap through Actuator every 250 ms and keeps the largest readings: heap in use
 * ({@code jvm.memory.used}, area heap: live objects plus garbage not yet collected) and live data after the last
 * collection ({@code jvm.gc.live.data.size}). Readings while the application is down are skipped.
 */
final class HeapWatch implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "heap-watch");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpRequest used;
    private final HttpRequest live;
    private volatile double maxUsed;
    private volatile double maxLive;

    HeapWatch(int port) {
        String base = "http://127.0.0.1:" + port + "/actuator/metrics/";
        used = HttpRequest.newBuilder(URI.create(base + "jvm.memory.used?tag=area:heap")).timeout(Duration.ofSeconds(2)).build();
        live = HttpRequest.newBuilder(URI.create(base + "jvm.gc.live.data.size")).timeout(Duration.ofSeconds(2)).build();
        poller.scheduleAtFixedRate(this::poll, 0, 250, TimeUnit.MILLISECONDS);
    }

    private void poll() {
        maxUsed = Math.max(maxUsed, read(used));
        maxLive = Math.max(maxLive, read(live));
    }

    private double read(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return 0;
            }
            JsonNode measurement = JSON.readTree(response.body()).path("measurements").path(0).path("value");
            return measurement.asDouble(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (Exception down) {
            return 0;
        }
    }

    double peakUsedMb() {
        return maxUsed / (1024 * 1024);
    }

    double peakLiveMb() {
        return maxLive / (1024 * 1024);
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
