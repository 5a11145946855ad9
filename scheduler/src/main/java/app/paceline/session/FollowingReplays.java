package app.paceline.session;

import app.paceline.course.Course;
import app.paceline.course.CourseEvents;
import app.paceline.learner.LearnerId;
import java.time.Clock;
import java.time.Instant;

/**
 * Keeps recordings in step with who is in a course: a learner who joins gets the recordings whose window is still
 * open (they missed those sessions), with the same watch-by date as everyone; a learner who leaves gets nothing more
 * about them. (One who left and comes back is not sent again what was withdrawn when they left: a withdrawn key is
 * never planned again.)
 */
public final class FollowingReplays implements CourseEvents {

    private final Replays replays;
    private final Rsvps rsvps;
    private final ReplayDeliveries messages;
    private final Clock clock;

    public FollowingReplays(Replays replays, Rsvps rsvps, ReplayDeliveries messages, Clock clock) {
        this.replays = replays;
        this.rsvps = rsvps;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void learnerJoined(LearnerId learner, Course course) {
        Instant now = clock.instant();
        for (Replay replay : replays.ofCourse(course.code())) {
            if (replay.isOpenAt(now) && Replay.isFor(rsvps.find(course.code(), replay.occurrenceId(), learner).map(RsvpRecord::answer))) {
                messages.plan(learner, replay, now);
            }
        }
    }

    @Override
    public void learnerLeft(LearnerId learner, Course course) {
        Instant now = clock.instant();
        for (Replay replay : replays.ofCourse(course.code())) {
            if (replay.isOpenAt(now)) {
                messages.withdraw(learner, replay, now, "the learner left the course");
            }
        }
    }
}
