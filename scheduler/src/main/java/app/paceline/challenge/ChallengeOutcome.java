package app.paceline.challenge;

/** What came of something a learner did in a challenge. Only {@link Changed} stored anything. */
public sealed interface ChallengeOutcome {

    /** Done; {@code standing} is where the learner stands now. */
    record Changed(ChallengeStanding standing) implements ChallengeOutcome {
    }

    /** Nothing to do (the day was done already, the challenge already paused...); nothing changed. */
    record Unchanged(ChallengeStanding standing) implements ChallengeOutcome {
    }

    /** That day is not released to the learner yet (or does not exist). */
    record NotReleased(ChallengeStanding standing) implements ChallengeOutcome {
    }

    /** The challenge's released days closed on its archive date. */
    record Archived(ChallengeStanding standing) implements ChallengeOutcome {
    }

    /** The learner is not in that challenge (never joined, left, or it is gone from the course). */
    record NotIn() implements ChallengeOutcome {
    }
}
