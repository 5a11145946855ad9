package app.paceline.session;

import app.paceline.course.CourseCode;
import java.time.Instant;
import java.util.List;

/**
 * How far ahead each course's nudges before live sessions are planned for its learners. Nudges are planned a
 * horizon ahead rather than for the whole series, so that a join or a re-import plans a few days of occurrences,
 * not months; a metronome work extends each course's horizon as time goes on.
 */
public interface SessionHorizons {

    /** Courses whose nudges are planned only until before {@code until}. */
    List<CourseCode> plannedBefore(Instant until);

    void set(CourseCode course, Instant plannedUntil);

    /** Sets it only for a course that has none yet (one imported before horizons existed). */
    void track(CourseCode course, Instant plannedUntil);

    /** The course has no sessions (any more): nothing to extend. */
    void forget(CourseCode course);
}
