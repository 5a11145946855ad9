package app.paceline.session;

import app.paceline.course.CourseCode;
import app.paceline.course.Courses;
import app.paceline.schedule.DueWork;
import java.time.Duration;
import java.time.Instant;

/**
 * Plans the nudges of occurrences as they come within {@link SessionNudges#HORIZON}: every course whose horizon
 * is more than {@link #STEP} behind is planned again for all its learners and moved on. Idempotent (planning a
 * waiting nudge again updates it), so a repeated or skipped tick does no harm.
 */
public final class ExtendingSessionNudges implements DueWork {

    /** How far a horizon may fall behind before it is extended: bounds how often the work runs per course. */
    static final Duration STEP = Duration.ofHours(1);

    private final SessionHorizons horizons;
    private final Courses courses;
    private final SessionNudges nudges;

    public ExtendingSessionNudges(SessionHorizons horizons, Courses courses, SessionNudges nudges) {
        this.horizons = horizons;
        this.courses = courses;
        this.nudges = nudges;
    }

    @Override
    public String name() {
        return "session-nudge-horizon";
    }

    @Override
    public void runDue(Instant now) {
        for (CourseCode code : horizons.plannedBefore(now.plus(SessionNudges.HORIZON).minus(STEP))) {
            courses.find(code).ifPresentOrElse(nudges::refreshEveryone, () -> horizons.forget(code));
        }
    }
}
