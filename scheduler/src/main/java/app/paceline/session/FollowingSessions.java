package app.paceline.session;

import app.paceline.course.Course;
import app.paceline.course.CourseEvents;
import app.paceline.learner.LearnerId;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the nudges before live sessions in step with courses: a learner who joins gets them for every coming
 * occurrence; after a re-import, occurrences that are gone or start at another time lose their nudges and the new
 * ones are planned; a learner who leaves gets none.
 */
public final class FollowingSessions implements CourseEvents {

    private final CourseOccurrences occurrences;
    private final SessionNudges nudges;
    private final Clock clock;

    public FollowingSessions(CourseOccurrences occurrences, SessionNudges nudges, Clock clock) {
        this.occurrences = occurrences;
        this.nudges = nudges;
        this.clock = clock;
    }

    @Override
    public void courseCreated(Course course) {
        nudges.refreshEveryone(course); // nobody to nudge yet; starts the course's horizon
    }

    @Override
    public void learnerJoined(LearnerId learner, Course course) {
        nudges.refresh(learner, course);
    }

    @Override
    public void courseUpdated(Course before, Course after) {
        Set<String> still = new HashSet<>();
        for (ScheduledOccurrence now : occurrences.of(after)) {
            still.add(identity(now));
        }
        List<ScheduledOccurrence> old = occurrences.of(before, before.sessions());
        for (ScheduledOccurrence occurrence : old) {
            if (occurrence.occurrence().start().isAfter(clock.instant()) && !still.contains(identity(occurrence))) {
                nudges.withdrawEveryone(after, occurrence, "the session changed in the course file");
            }
        }
        nudges.refreshEveryone(after);
    }

    @Override
    public void learnerLeft(LearnerId learner, Course course) {
        for (ScheduledOccurrence occurrence : occurrences.upcoming(course, clock.instant())) {
            nudges.withdraw(learner, occurrence, "the learner left the course");
        }
    }

    private static String identity(ScheduledOccurrence occurrence) {
        return occurrence.occurrence().id() + "@" + occurrence.occurrence().start().getEpochSecond();
    }
}
