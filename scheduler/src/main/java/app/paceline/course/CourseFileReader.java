package app.paceline.course;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Reads the text of a course file into a {@link CourseFile}, or into every problem it has; never throws on any input. */
public interface CourseFileReader {

    Result read(String text);

    /** What reading a file gave. */
    sealed interface Result {
    }

    /** The file is valid. */
    record Valid(CourseFile file) implements Result {

        public Valid {
            Objects.requireNonNull(file, "file");
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
