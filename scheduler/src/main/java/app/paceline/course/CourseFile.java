package app.paceline.course;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * What a valid course file says, before anyone owns it: code, title, the zone its local times are in, its
 * assignments in file order with unique ids, and its live sessions.
 */
public record CourseFile(CourseCode code, String title, ZoneId zone, List<Assignment> assignments, List<Session> sessions,
                         List<Challenge> challenges) {

    /** A course file without sessions. */
    public CourseFile(CourseCode code, String title, ZoneId zone, List<Assignment> assignments) {
        this(code, title, zone, assignments, List.of());
    }

    /** A course file without challenges. */
    public CourseFile(CourseCode code, String title, ZoneId zone, List<Assignment> assignments, List<Session> sessions) {
        this(code, title, zone, assignments, sessions, List.of());
    }

    public CourseFile {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(zone, "zone");
        assignments = List.copyOf(assignments);
        sessions = List.copyOf(sessions);
        challenges = List.copyOf(challenges);
        var challengeIds = new HashSet<String>();
        for (Challenge challenge : challenges) {
            if (!challengeIds.add(challenge.id())) {
                throw new IllegalArgumentException("duplicate challenge id " + challenge.id());
            }
        }
        var ids = new HashSet<String>();
        for (Assignment assignment : assignments) {
            if (!ids.add(assignment.id())) {
                throw new IllegalArgumentException("duplicate assignment id " + assignment.id());
            }
        }
    }
}
