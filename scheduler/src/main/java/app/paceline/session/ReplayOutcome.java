package app.paceline.session;

import app.paceline.course.CourseCode;
import java.util.List;

/** What came of a creator posting a recording. Only {@link Posted} stored anything. */
public sealed interface ReplayOutcome {

    /**
     * @param replaced    a link had been posted before and this one replaced it (the window stays)
     * @param sending     how many learners the recording is on its way to (new, or still waiting with the new link)
     * @param alreadySent how many had been sent an earlier link already; their reminder carries the new one
     */
    record Posted(ScheduledOccurrence occurrence, Replay replay, boolean replaced, int sending, int alreadySent)
            implements ReplayOutcome {
    }

    /** Not their course (or they created no course at all): only its creator posts its recording. */
    record NotTheCreator() implements ReplayOutcome {
    }

    /** No such occurrence in the course (or in any of their courses), or it was cancelled. */
    record Unknown(String occurrenceId) implements ReplayOutcome {
    }

    /** Several of their courses have an occurrence with this id: the course must be named. */
    record Ambiguous(String occurrenceId, List<CourseCode> courses) implements ReplayOutcome {
        public Ambiguous {
            courses = List.copyOf(courses);
        }
    }

    /** It has not started yet: there is nothing recorded. */
    record NotStarted(ScheduledOccurrence occurrence) implements ReplayOutcome {
    }

    /** Not an http(s) link of at most {@link Replay#MAX_LINK_LENGTH} characters. */
    record BadLink(String input) implements ReplayOutcome {
    }
}
