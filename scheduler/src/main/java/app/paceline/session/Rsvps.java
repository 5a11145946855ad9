package app.paceline.session;

import app.paceline.course.CourseCode;
import app.paceline.learner.LearnerId;
import java.util.List;
import java.util.Optional;

/** Every RSVP, one record per learner and occurrence; saving replaces the learner's earlier answer. */
public interface Rsvps {

    Optional<RsvpRecord> find(CourseCode course, String occurrenceId, LearnerId learner);

    void save(RsvpRecord rsvp);

    /** Everyone's answers for one occurrence. */
    List<RsvpRecord> ofOccurrence(CourseCode course, String occurrenceId);
}
