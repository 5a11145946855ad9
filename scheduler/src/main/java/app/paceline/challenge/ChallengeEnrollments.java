package app.paceline.challenge;

import app.paceline.course.CourseCode;
import app.paceline.learner.LearnerId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Learners' challenge enrollments. Writes are compare-and-set on {@link ChallengeEnrollment#version()}, because the
 * release job and the learner's own presses change the same record: a write based on a stale read is refused and the
 * caller reads again.
 */
public interface ChallengeEnrollments {

    Optional<ChallengeEnrollment> find(LearnerId learner, CourseCode course, String challenge);

    /** Adds a new enrollment; false when one with its id exists. */
    boolean add(ChallengeEnrollment enrollment);

    /**
     * Replaces {@code before} by {@code after} if the stored version is still {@code before.version()}; the stored
     * record gets the next version.
     */
    boolean replace(ChallengeEnrollment before, ChallengeEnrollment after);

    List<ChallengeEnrollment> ofLearner(LearnerId learner);

    List<ChallengeEnrollment> ofChallenge(CourseCode course, String challenge);

    /** Active enrollments whose next release is at or before {@code now}, earliest first, at most {@code limit}. */
    List<ChallengeEnrollment> dueForRelease(Instant now, int limit);

    /**
     * The earliest next release after {@code now} among active enrollments, if any: when the next challenge day goes
     * out (the sandbox's "next scheduled message").
     */
    Optional<Instant> nextReleaseAfter(Instant now);

    /** The most days of this challenge released to any one learner; 0 when none. */
    int mostReleased(CourseCode course, String challenge);
}
