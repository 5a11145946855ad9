package app.paceline.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A fresh folder for one run ({@code <work-dir>/<mode>-<time>}): the application's data directory and its logs.
 *
 * @param root the folder
 * @param port a free port for the application's HTTP server
 */
record RunFolder(Path root, int port) {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    static RunFolder create(Path workDir, Mode mode, Clock clock) {
        Path root = workDir.resolve(mode.label() + "-" + STAMP.format(clock.instant())).toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
            try (ServerSocket socket = new ServerSocket(0)) {
                return new RunFolder(root, socket.getLocalPort());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path dataDir() {
        return root.resolve("data");
    }

    AppLaunch launch(BenchmarkOptions options, String botToken, String apiUrl) {
        return new AppLaunch(options.appJar(), options.appJavaOptions(), botToken, apiUrl, dataDir(), port, root, java.util.Map.of());
    }
}
