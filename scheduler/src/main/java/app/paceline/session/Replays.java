package app.paceline.session;

import app.paceline.course.CourseCode;
import java.util.List;
import java.util.Optional;

/** The posted recordings, one per course and occurrence; saving replaces the earlier one (a single-document write). */
public interface Replays {

    Optional<Replay> find(CourseCode course, String occurrenceId);

    void save(Replay replay);

    /** Every recording posted for the course, in no particular order. */
    List<Replay> ofCourse(CourseCode course);
}
