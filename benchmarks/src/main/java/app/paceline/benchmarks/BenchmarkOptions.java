package app.paceline.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What to run, from the command line.
 *
 * @param modes          the variants, run one after the other
 * @param size           messages (or presses) per run; empty: each mode's default
 * @param chats          private chats to spread messages over; empty: 1,000 (10,000 for paid broadcasts)
 * @param appJar         the packaged application
 * @param workDir        where data directories and application logs go (one sub-folder per run)
 * @param appJavaOptions extra JVM options for the application, none by default (as in the README)
 * @param lead           how long after seeding the first delivery is due, so that the application is up by then
 */
record BenchmarkOptions(List<Mode> modes, Optional<Integer> size, Optional<Integer> chats, Path appJar, Path workDir,
                        List<String> appJavaOptions, Duration lead) {

    static final String USAGE = """
            usage: java -jar benchmarks/target/paceline-benchmarks.jar [delivery] --mode MODE[,MODE...] [options]
              --mode     normal | paid | crash | outage | lone | updates (comma-separated to run several)
              --n        messages per run (presses for updates); defaults: normal, paid 100000; crash, outage 10000;
                         lone 30; updates 6000 (200/s for 30 s)
              --chats    private chats (default 1000; paid 10000)
              --app-jar  the application (default bot/target/paceline.jar; build it with ./mvnw -B -q package -DskipTests)
              --work-dir data directories and logs (default target/benchmarks)
              --app-java-options  extra JVM options for the application, e.g. "-Xmx256m" (default none)
              --lead-s   seconds from seeding to the first due instant, on top of the
                         seeding time (default 45: the application starts in 15-30 s here)
            """;

    static BenchmarkOptions parse(String... args) {
        List<Mode> modes = new ArrayList<>();
        Optional<Integer> size = Optional.empty();
        Optional<Integer> chats = Optional.empty();
        Path appJar = Path.of("bot/target/paceline.jar");
        Path workDir = Path.of("target/benchmarks");
        List<String> javaOptions = List.of();
        Duration lead = Duration.ofSeconds(45);
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("delivery")) {
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + name);
            }
            String value = args[++i];
            switch (name) {
                case "--mode" -> Arrays.stream(value.split(",")).map(Mode::parse).forEach(modes::add);
                case "--n" -> size = Optional.of(Integer.parseInt(value));
                case "--chats" -> chats = Optional.of(Integer.parseInt(value));
                case "--app-jar" -> appJar = Path.of(value);
                case "--work-dir" -> workDir = Path.of(value);
                case "--app-java-options" -> javaOptions = value.isBlank() ? List.of() : List.of(value.strip().split("\\s+"));
                case "--lead-s" -> lead = Duration.ofSeconds(Long.parseLong(value));
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (modes.isEmpty()) {
            throw new IllegalArgumentException("say which --mode to run");
        }
        return new BenchmarkOptions(List.copyOf(modes), size, chats, appJar, workDir, javaOptions, lead);
    }

    int sizeFor(Mode mode) {
        return size.orElse(mode.defaultSize());
    }

    int chatsFor(Mode mode) {
        return chats.orElse(mode == Mode.PAID ? 10_000 : 1_000);
    }
}
