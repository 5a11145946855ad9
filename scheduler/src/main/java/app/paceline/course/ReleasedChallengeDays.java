package app.paceline.course;

/**
 * How far a course's challenges have gone, so that a re-import cannot take back a day already released to someone
 * or move the start of a challenge that has begun.
 */
@FunctionalInterface
public interface ReleasedChallengeDays {

    /** No challenge has released anything (tests, tools without learners). */
    ReleasedChallengeDays NONE = (course, challengeId) -> 0;

    /** The most days of this challenge released to any one learner of the course; 0 when none. */
    int mostReleased(CourseCode course, String challengeId);
}
