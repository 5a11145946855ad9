package app.paceline.session;

import app.paceline.course.Course;
import app.paceline.course.Occurrence;
import app.paceline.course.Session;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The occurrences of a course's sessions as they stand: from the file, with the creator's moves and cancellations,
 * and the extra occurrences the creator added (of sessions the file still has).
 */
public final class CourseOccurrences {

    private final OccurrenceChanges changes;

    public CourseOccurrences(OccurrenceChanges changes) {
        this.changes = changes;
    }

    /** Every occurrence that is not cancelled, earliest first. */
    public List<ScheduledOccurrence> of(Course course) {
        return of(course, course.sessions());
    }

    /** The occurrences of {@code sessions} (of {@code course}, maybe an earlier version of it), earliest first. */
    public List<ScheduledOccurrence> of(Course course, List<Session> sessions) {
        Map<String, OccurrenceChange> byId = changes.ofCourse(course.code()).stream()
                .collect(Collectors.toMap(OccurrenceChange::occurrenceId, Function.identity(), (a, b) -> b));
        List<ScheduledOccurrence> all = new ArrayList<>();
        Set<String> inFile = new HashSet<>();
        for (Session session : sessions) {
            for (Occurrence occurrence : session.occurrences(course.zone())) {
                inFile.add(occurrence.id());
                OccurrenceChange change = byId.get(occurrence.id());
                if (change == null) {
                    all.add(new ScheduledOccurrence(course, session, occurrence, false));
                } else if (!change.cancelled()) {
                    Instant start = change.movedTo().orElseThrow();
                    all.add(new ScheduledOccurrence(course, session, occurrence.movedTo(start), !start.equals(occurrence.start())));
                }
            }
        }
        for (OccurrenceChange change : byId.values()) {
            if (change.added() && !inFile.contains(change.occurrenceId())) {
                sessions.stream().filter(session -> session.id().equals(change.sessionId())).findFirst().ifPresent(session ->
                        all.add(new ScheduledOccurrence(course, session, new Occurrence(change.occurrenceId(), session.id(),
                                change.movedTo().orElseThrow(), session.duration()), false, true)));
            }
        }
        all.sort(Comparator.comparing((ScheduledOccurrence o) -> o.occurrence().start()).thenComparing(o -> o.occurrence().id()));
        return all;
    }

    /** Those that have not started at {@code now}. */
    public List<ScheduledOccurrence> upcoming(Course course, Instant now) {
        return of(course).stream().filter(o -> o.occurrence().start().isAfter(now)).toList();
    }

    public Optional<ScheduledOccurrence> find(Course course, String occurrenceId) {
        return of(course).stream().filter(o -> o.occurrence().id().equals(occurrenceId)).findFirst();
    }
}
