package app.paceline.benchmarks;

import java.nio.file.Path;
import java.util.List;

/**
 * How to start the application: {@code java [javaOptions] -jar appJar} with the environment the README documents.
 *
 * @param appJar      the packaged application
 * @param javaOptions extra JVM options (none by default)
 * @param botToken    the fake's bot token
 * @param apiUrl      the fake's base URL
 * @param dataDir     the embedded store's folder
 * @param port        the HTTP port for Actuator
 * @param logDir      where each start's output goes
 * @param env         more environment, over the above (the fault drills: {@code MONGODB_URI}, webhook, instance name)
 */
record AppLaunch(Path appJar, List<String> javaOptions, String botToken, String apiUrl, Path dataDir, int port,
                 Path logDir, java.util.Map<String, String> env) {
}
