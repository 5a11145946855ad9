package app.paceline.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One row of the table.
 *
 * @param mode        the variant
 * @param size        messages planned (presses made, for updates)
 * @param delivered   distinct messages that arrived (presses answered)
 * @param duplicates  extra copies, or -1 where it does not apply
 * @param lost        planned but never arrived (presses never answered)
 * @param rateLimited 429s the fake answered
 * @param achieved    achieved rate over the configured limit, NaN where it does not apply
 * @param lateness    against the ideal schedule; for lone reminders arrival minus due; for updates reply latency
 * @param cpuSeconds  CPU time of the application process(es), startup included
 * @param startupCpu  of which until the (first) start was ready
 * @param peakHeapMb  largest heap in use seen
 * @param peakLiveMb  largest live data after a collection seen
 * @param wall        from seeding to the end of the run
 * @param notes       anything the numbers need to be read right
 */
record RunResult(Mode mode, int size, int delivered, long duplicates, int lost, long rateLimited, double achieved,
                 Lateness lateness, double cpuSeconds, double startupCpu, double peakHeapMb, double peakLiveMb,
                 Duration wall, List<String> notes) {

    RunResult withNote(String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return new RunResult(mode, size, delivered, duplicates, lost, rateLimited, achieved, lateness, cpuSeconds,
                startupCpu, peakHeapMb, peakLiveMb, wall, List.copyOf(more));
    }

    static String header() {
        return """
                | mode | N | delivered | duplicates | lost | 429s | achieved/limit | lateness p50 | lateness p99 | CPU s (startup) | peak heap MB (live) | wall time |
                |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|""";
    }

    String row() {
        return String.format(Locale.ROOT, "| %s | %,d | %,d | %s | %,d | %,d | %s | %s | %s | %.1f (%.1f) | %.0f (%s) | %s |",
                mode.label(), size, delivered, duplicates < 0 ? "n/a" : String.format(Locale.ROOT, "%,d", duplicates), lost,
                rateLimited, Double.isNaN(achieved) ? "n/a" : String.format(Locale.ROOT, "%.3f", achieved),
                format(lateness.p50()), format(lateness.p99()), cpuSeconds, startupCpu, peakHeapMb,
                peakLiveMb > 0 ? String.format(Locale.ROOT, "%.0f", peakLiveMb) : "n/a",
                format(wall));
    }

    static String format(Duration duration) {
        if (duration == null) {
            return "n/a";
        }
        long millis = duration.toMillis();
        if (Math.abs(millis) < 10_000) {
            return millis + " ms";
        }
        if (Math.abs(millis) < 600_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        return String.format(Locale.ROOT, "%d min %02d s", millis / 60_000, (millis / 1000) % 60);
    }
}
