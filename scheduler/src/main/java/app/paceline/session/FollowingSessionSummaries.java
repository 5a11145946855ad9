package app.paceline.session;

import app.paceline.course.Course;
import app.paceline.course.CourseEvents;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

/**
 * Keeps the creator's summaries after sessions in step with the course: planned for every occurrence when a course
 * is created; after a re-import, or when the creator moves or cancels an occurrence, the summary of an occurrence
 * that is gone or starts at another time is withdrawn and the new ones are planned.
 */
public final class FollowingSessionSummaries implements CourseEvents, OccurrenceEvents {

    private final CourseOccurrences occurrences;
    private final SessionSummaries summaries;
    private final Clock clock;

    public FollowingSessionSummaries(CourseOccurrences occurrences, SessionSummaries summaries, Clock clock) {
        this.occurrences = occurrences;
        this.summaries = summaries;
        this.clock = clock;
    }

    @Override
    public void courseCreated(Course course) {
        summaries.plan(course);
    }

    @Override
    public void courseUpdated(Course before, Course after) {
        Set<String> still = new HashSet<>();
        for (ScheduledOccurrence now : occurrences.of(after)) {
            still.add(identity(now));
        }
        for (ScheduledOccurrence occurrence : occurrences.of(before, before.sessions())) {
            if (occurrence.occurrence().start().isAfter(clock.instant()) && !still.contains(identity(occurrence))) {
                summaries.withdraw(occurrence, "the session changed in the course file");
            }
        }
        summaries.plan(after);
    }

    @Override
    public void occurrenceChanged(Course course, ScheduledOccurrence before) {
        summaries.withdraw(before, "the creator moved or cancelled it");
        summaries.plan(course);
    }

    @Override
    public void occurrenceAdded(Course course, ScheduledOccurrence added) {
        summaries.plan(course);
    }

    private static String identity(ScheduledOccurrence occurrence) {
        return occurrence.occurrence().id() + "@" + occurrence.occurrence().start().getEpochSecond();
    }
}
