package app.paceline.session;

import app.paceline.course.Enrollment;
import app.paceline.course.Enrollments;
import app.paceline.course.CourseCode;
import app.paceline.learner.LearnerId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A learner marks a recording watched: recorded once per learner and occurrence, and its reminder is withdrawn.
 * Only a recording that is theirs to watch counts: posted for a course they are still in, not answered live, its
 * window still open, not marked already. Anything else (an old button, a forged one) changes nothing.
 */
public final class WatchingReplay {

    private final Enrollments enrollments;
    private final Rsvps rsvps;
    private final Replays replays;
    private final WatchedReplays watched;
    private final ReplayDeliveries messages;
    private final Clock clock;

    public WatchingReplay(Enrollments enrollments, Rsvps rsvps, Replays replays, WatchedReplays watched,
                          ReplayDeliveries messages, Clock clock) {
        this.enrollments = enrollments;
        this.rsvps = rsvps;
        this.replays = replays;
        this.watched = watched;
        this.messages = messages;
        this.clock = clock;
    }

    /** The recordings the learner may still mark watched. */
    public List<Replay> unwatched(LearnerId learner) {
        Instant now = clock.instant();
        List<Replay> all = new ArrayList<>();
        for (Enrollment enrollment : enrollments.ofLearner(learner)) {
            if (enrollment.isActive()) {
                replays.ofCourse(enrollment.course()).stream().filter(replay -> isTheirs(learner, replay, now)).forEach(all::add);
            }
        }
        return all;
    }

    /** Marks it watched; empty (and nothing changed) unless it is one of {@link #unwatched}. */
    public Optional<Replay> watched(LearnerId learner, CourseCode course, String occurrenceId) {
        Instant now = clock.instant();
        Optional<Replay> replay = replays.find(course, occurrenceId)
                .filter(found -> enrollments.find(learner, course).filter(Enrollment::isActive).isPresent())
                .filter(found -> isTheirs(learner, found, now));
        if (replay.isEmpty() || !watched.add(new WatchedReplay(course, occurrenceId, learner, now))) {
            return Optional.empty();
        }
        messages.withdrawReminder(learner, replay.get(), now, "the learner watched it");
        return replay;
    }

    private boolean isTheirs(LearnerId learner, Replay replay, Instant now) {
        return replay.isOpenAt(now)
                && Replay.isFor(rsvps.find(replay.course(), replay.occurrenceId(), learner).map(RsvpRecord::answer))
                && watched.find(replay.course(), replay.occurrenceId(), learner).isEmpty();
    }
}
