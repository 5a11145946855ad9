package app.paceline.course;

import java.util.List;

/** What came of importing a course file. Only {@link Created} and {@link Updated} stored anything. */
public sealed interface ImportOutcome {

    /** A new course; the uploader is its creator. */
    record Created(Course course) implements ImportOutcome {
    }

    /** The creator re-imported their course; enrollments are untouched. */
    record Updated(Course course, ImportSummary summary) implements ImportOutcome {
    }

    /** The code belongs to someone else's course; nothing was stored, and nothing of that course is revealed. */
    record NotTheCreator(CourseCode code) implements ImportOutcome {
    }

    /**
     * A new course, from someone this bot does not let create courses ({@link CourseCreators}); nothing was stored.
     * Checked after the file, so that the file's problems are reported first.
     */
    record NotAllowedToCreate(CourseCode code) implements ImportOutcome {
    }

    /** The file has problems, sorted by line; nothing was stored. */
    record Invalid(List<CourseProblem> problems) implements ImportOutcome {

        public Invalid {
            problems = List.copyOf(problems);
        }
    }
}
