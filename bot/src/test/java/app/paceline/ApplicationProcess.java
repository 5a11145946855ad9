package app.paceline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The application in a JVM of its own, started through the real {@code main} as {@code java -jar} would, for tests
 * about exit codes and about what survives {@code kill -9}.
 */
final class ApplicationProcess {

    private ApplicationProcess() {
    }

    /** Starts the application with exactly these Paceline variables (inherited ones removed). */
    static ProcessBuilder builder(Map<String, String> environment) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                PacelineApplication.class.getName()));
        var builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("TELEGRAM_") || name.startsWith("PACELINE_")
                || name.equals("MONGODB_URI") || name.equals("SERVER_PORT"));
        builder.environment().put("SERVER_PORT", "0");
        builder.environment().putAll(environment);
        return builder;
    }

    static Process start(Map<String, String> environment, Path log) throws IOException {
        var builder = builder(environment);
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Process process = builder.start();
        process.getOutputStream().close();
        return process;
    }
}
