package app.paceline;

import app.paceline.fakebotapi.FakeBotApi;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts and stops the real application by hand, for tests about its life cycle (restarts, an unreachable
 * Telegram) that a cached Spring test context cannot express.
 */
final class RunningApplication implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private RunningApplication(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** @param overrides further {@code --name=value} arguments; later ones win */
    static RunningApplication start(FakeBotApi telegram, String apiUrl, Path dataDir, Instant clockStart, String... overrides) {
        List<String> args = new ArrayList<>(List.of(
                "--paceline.telegram.bot-token=" + telegram.token(),
                "--paceline.telegram.api-url=" + apiUrl,
                "--paceline.telegram.poll-timeout=1s",
                "--paceline.telegram.retry-min=100ms",
                "--paceline.telegram.retry-max=500ms",
                "--paceline.store.data-dir=" + dataDir,
                "--paceline.clock.start=" + clockStart,
                "--paceline.clock.speed=0",
                "--server.port=0"));
        args.addAll(List.of(overrides));
        // Spring joins repeated options with commas, so an override must replace its default, not follow it.
        var byName = new java.util.LinkedHashMap<String, String>();
        args.forEach(arg -> byName.put(arg.substring(0, arg.indexOf('=')), arg));
        return new RunningApplication(new SpringApplicationBuilder(PacelineApplication.class)
                .run(byName.values().toArray(String[]::new)));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    @Override
    public void close() {
        context.close();
    }
}
