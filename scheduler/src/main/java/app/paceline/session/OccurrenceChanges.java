package app.paceline.session;

import app.paceline.course.CourseCode;
import java.util.List;

/** The creators' moves and cancellations of single occurrences; one record per occurrence, the latest wins. */
public interface OccurrenceChanges {

    List<OccurrenceChange> ofCourse(CourseCode course);

    void save(OccurrenceChange change);
}
