package app.paceline.course;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads the text of a course file into a {@link CourseFile}, or into every problem it has; never throws on any input. */
public interface CourseFileReader {

    Result read(String text);

    /** What reading a file gave. */
    sealed interface Result {
    }

    /**
     * The file is valid.
     *
     * @param lines the 1-based line of field paths, for problems found after reading (a re-import that would take
     *              back a challenge's released days): at least {@code challenges}, {@code challenges[i]},
     *              {@code challenges[i].start} and {@code challenges[i].days}, counted from 1 like in problems
     */
    record Valid(CourseFile file, Map<String, Integer> lines) implements Result {

        public Valid {
            Objects.requireNonNull(file, "file");
            lines = Map.copyOf(lines);
        }

        /** A valid file whose lines are not known (every {@link #line} is 1). */
        public Valid(CourseFile file) {
            this(file, Map.of());
        }

        /**
         * The line of {@code path}, else of the nearest enclosing path that has one ({@code challenges[2].days} →
         * {@code challenges[2]} → {@code challenges}), else 1.
         */
        public int line(String path) {
            String at = path;
            while (!at.isEmpty()) {
                Integer line = lines.get(at);
                if (line != null) {
                    return line;
                }
                int cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
                at = cut < 0 ? "" : at.substring(0, cut);
            }
            return 1;
        }
    }

    /** The file has problems (at least one), sorted by line and column. */
    record Invalid(List<CourseProblem> problems) implements Result {

        public Invalid {
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid file has at least one problem");
            }
            problems = problems.stream()
                    .sorted(Comparator.comparingInt(CourseProblem::line).thenComparingInt(CourseProblem::column))
                    .toList();
        }
    }
}
