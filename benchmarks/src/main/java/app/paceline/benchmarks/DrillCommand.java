package app.paceline.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code java -jar benchmarks/target/paceline-benchmarks.jar drill <kill|store|api-5xx|api-timeout|429|clock|all>}:
 * runs fault drills against two instances of the packaged application on the store process and prints one table
 * (also appended to {@code <work-dir>/drills.md}). Exit code 0 when every drill met its targets (nothing lost,
 * duplicates within the sends in flight at a crash, no repeated 429 within a retry_after, updates answered after the
 * fault), 1 when one did not, 2 for bad usage.
 */
final class DrillCommand {

    /** What a crash may repeat: the calls in flight (the engine's 16 workers) plus what was accepted in the last 100 ms write window at 30/s. */
    static final int CRASH_REPEAT_BOUND = 16 + 3;

    static final String USAGE = """
            usage: java -jar benchmarks/target/paceline-benchmarks.jar drill DRILL[,DRILL...] [--n 3000] [--app-jar bot/target/paceline.jar] [--work-dir target/drills]
              DRILL: %s, or all
            """.formatted(Arrays.stream(Drill.values()).map(Drill::label).collect(Collectors.joining(", ")));

    private DrillCommand() {
    }

    static int run(List<String> args) throws Exception {
        List<Drill> drills = new ArrayList<>();
        int size = DrillRun.DEFAULT_SIZE;
        Path appJar = Path.of("bot/target/paceline.jar");
        Path workDir = Path.of("target/drills");
        try {
            if (args.isEmpty()) {
                throw new IllegalArgumentException("which drill?");
            }
            for (String label : args.get(0).split(",")) {
                if (label.equals("all")) {
                    drills.addAll(List.of(Drill.values()));
                    continue;
                }
                Optional<Drill> drill = Drill.of(label);
                drills.add(drill.orElseThrow(() -> new IllegalArgumentException("unknown drill " + label)));
            }
            for (int i = 1; i < args.size(); i += 2) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("missing value after " + args.get(i));
                }
                String value = args.get(i + 1);
                switch (args.get(i)) {
                    case "--n" -> size = Integer.parseInt(value);
                    case "--app-jar" -> appJar = Path.of(value);
                    case "--work-dir" -> workDir = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + args.get(i));
                }
            }
            if (size < 300) {
                throw new IllegalArgumentException("--n must be at least 300");
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            return 2;
        }
        if (!Files.isRegularFile(appJar)) {
            System.err.println("no application at " + appJar.toAbsolutePath() + "; build it first: ./mvnw -B -q package -DskipTests");
            return 2;
        }
        boolean allMet = true;
        StringBuilder table = new StringBuilder(DrillRun.DrillResult.header()).append('\n');
        List<String> notes = new ArrayList<>();
        for (Drill drill : drills) {
            System.out.println("drill " + drill.label() + ": " + drill.description() + " ...");
            var result = new DrillRun(drill, appJar, workDir, size, Clock.systemUTC()).run();
            List<String> missed = missedTargets(result);
            allMet &= missed.isEmpty();
            System.out.println(DrillRun.DrillResult.header());
            System.out.println(result.row());
            result.notes().forEach(note -> System.out.println("  - " + note));
            System.out.println(missed.isEmpty() ? "  targets met" : "  TARGETS MISSED: " + String.join("; ", missed));
            table.append(result.row()).append('\n');
            result.notes().forEach(note -> notes.add("- " + drill.label() + ": " + note));
            notes.add("- " + drill.label() + ": " + (missed.isEmpty() ? "targets met" : "TARGETS MISSED: " + String.join("; ", missed)));
        }
        String report = table + String.join("\n", notes) + "\n";
        System.out.println();
        System.out.print(report);
        try {
            Files.createDirectories(workDir);
            Files.writeString(workDir.resolve("drills.md"), report + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("could not write " + workDir.resolve("drills.md") + ": " + e.getMessage());
        }
        return allMet ? 0 : 1;
    }

    /** The targets: 0 lost; duplicates no more than the sends in flight at a crash; no second 429 within a retry_after. */
    static List<String> missedTargets(DrillRun.DrillResult result) {
        List<String> missed = new ArrayList<>();
        if (result.lost() > 0) {
            missed.add(result.lost() + " lost");
        }
        if (result.duplicates() > CRASH_REPEAT_BOUND) {
            missed.add(result.duplicates() + " duplicates, more than the " + CRASH_REPEAT_BOUND + " sends a crash can leave unrecorded");
        }
        if (result.repeated429() > 0) {
            missed.add(result.repeated429() + " 429s within a retry_after of the chat's previous one");
        }
        if (result.answered() < result.asked()) {
            missed.add((result.asked() - result.answered()) + " learners' /help unanswered");
        }
        return missed;
    }
}
