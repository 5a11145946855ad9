package app.paceline.stats;

import app.paceline.course.Course;
import app.paceline.session.ScheduledOccurrence;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A course's learners read at one instant, with the occurrences the statistics cover (those started by then and
 * those in the next {@link CohortReading#SESSIONS_AHEAD}) and those among them whose recording was posted.
 *
 * @param members every learner who ever enrolled, still in or left, by user id
 */
public record Cohort(Course course, Instant at, List<ScheduledOccurrence> occurrences, Set<String> replayed,
                     List<CohortMember> members) {

    public Cohort {
        occurrences = List.copyOf(occurrences);
        replayed = Set.copyOf(replayed);
        members = List.copyOf(members);
    }

    /** The learners still in the course: current figures count only them. */
    public List<CohortMember> active() {
        return members.stream().filter(CohortMember::active).toList();
    }
}
