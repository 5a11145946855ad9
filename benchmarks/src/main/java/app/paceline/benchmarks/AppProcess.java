package app.paceline.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The application as a child process: started, awaited until ready, measured (CPU from {@code /proc}), killed or
 * stopped. One instance is one start; a restart is a new instance.
 */
final class AppProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private static final long CLOCK_TICKS_PER_SECOND = clockTicks();

    private final Process process;
    private final AppLaunch launch;
    private double lastCpuSeconds;

    private AppProcess(Process process, AppLaunch launch) {
        this.process = process;
        this.launch = launch;
    }

    /** Starts the application; its output goes to {@code app-<start>.log} in the launch's log folder. */
    static AppProcess start(AppLaunch launch, int startNumber) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(launch.javaOptions());
        command.add("-jar");
        command.add(launch.appJar().toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.remove("MONGODB_URI");
        env.remove("PACELINE_CLOCK_START");
        env.remove("PACELINE_CLOCK_SPEED");
        env.put("TELEGRAM_BOT_TOKEN", launch.botToken());
        env.put("TELEGRAM_API_URL", launch.apiUrl());
        env.put("PACELINE_DATA_DIR", launch.dataDir().toAbsolutePath().toString());
        env.put("SERVER_PORT", Integer.toString(launch.port()));
        // Only so that the heap can be read as one number; everything else is the README's configuration.
        env.put("MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE", "health,info,prometheus,metrics");
        env.putAll(launch.env());
        Path log = launch.logDir().resolve("app-" + startNumber + ".log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        try {
            Files.createDirectories(launch.logDir());
            Process process = builder.start();
            // Never leave the application running when the harness ends early (a failure, Ctrl-C).
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "stop-application"));
            return new AppProcess(process, launch);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command, e);
        }
    }

    int port() {
        return launch.port();
    }

    boolean alive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** Waits until Actuator reports the application ready to take traffic. */
    void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + launch.port() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited with " + process.exitValue() + "; see " + launch.logDir());
            }
            try {
                if (HTTP.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the application was not ready within " + timeout + "; see " + launch.logDir());
    }

    /** CPU time (user + system) the process used so far; after it ended, the last reading. */
    double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // After "pid (comm) ": state is field 3, utime field 14, stime field 15.
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            lastCpuSeconds = (double) ticks / CLOCK_TICKS_PER_SECOND;
        } catch (IOException | RuntimeException gone) {
            // The process ended; keep the last reading.
        }
        return lastCpuSeconds;
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hooks, nothing flushed. Returns the CPU seconds used until then. */
    double kill() throws InterruptedException {
        double cpu = cpuSeconds();
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        return cpu;
    }

    /** SIGTERM and a wait for the orderly shutdown. Returns the CPU seconds used until just before. */
    double stop() throws InterruptedException {
        double cpu = cpuSeconds();
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        return cpu;
    }

    private static long clockTicks() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes()).strip();
            getconf.waitFor(5, TimeUnit.SECONDS);
            return Long.parseLong(out);
        } catch (IOException | RuntimeException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
