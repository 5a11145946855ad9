package app.paceline.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar benchmarks/target/paceline-benchmarks.jar --mode lone,updates,paid}: runs each mode against the
 * packaged application and prints one markdown table (also appended to {@code <work-dir>/results.md}).
 */
public final class BenchmarkCommand {

    private BenchmarkCommand() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        if (args.length > 0 && args[0].equals("drill")) {
            System.exit(DrillCommand.run(java.util.Arrays.asList(args).subList(1, args.length)));
        }
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(BenchmarkOptions.USAGE);
            System.exit(2);
            return;
        }
        if (!Files.isRegularFile(options.appJar())) {
            System.err.println("no application at " + options.appJar().toAbsolutePath()
                    + "; build it first: ./mvnw -B -q package -DskipTests");
            System.exit(2);
        }
        Clock clock = Clock.systemUTC();
        List<RunResult> results = new ArrayList<>();
        for (Mode mode : options.modes()) {
            System.out.println("running " + mode.label() + " ...");
            String loadBefore = loadAverage();
            RunResult result = mode == Mode.UPDATES ? new UpdatesRun(options, clock).run() : new DeliveryRun(mode, options, clock).run();
            result = result.withNote("load average (1, 5, 15 min) before: " + loadBefore + "; after: " + loadAverage());
            results.add(result);
            System.out.println(RunResult.header());
            System.out.println(result.row());
            result.notes().forEach(note -> System.out.println("  - " + note));
        }
        StringBuilder table = new StringBuilder(RunResult.header()).append('\n');
        results.forEach(result -> table.append(result.row()).append('\n'));
        for (RunResult result : results) {
            result.notes().forEach(note -> table.append("- ").append(result.mode().label()).append(": ").append(note).append('\n'));
        }
        System.out.println();
        System.out.print(table);
        write(options, table.toString());
        System.exit(0);
    }

    /** The machine's load averages, which show whether something else competed for the two cores. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void write(BenchmarkOptions options, String table) throws IOException {
        Files.createDirectories(options.workDir());
        Files.writeString(options.workDir().resolve("results.md"), table + "\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
