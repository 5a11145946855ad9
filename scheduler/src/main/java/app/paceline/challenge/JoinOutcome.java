package app.paceline.challenge;

/** What came of joining a challenge. */
public sealed interface JoinOutcome {

    /** In, from now on (again, with progress kept, after leaving); days already due come at the next tick. */
    record Joined(ChallengeStanding standing) implements JoinOutcome {
    }

    /** Was in already; nothing changed. */
    record AlreadyIn(ChallengeStanding standing) implements JoinOutcome {
    }

    /** A cohort challenge whose released days have closed: nothing left to join. */
    record Over() implements JoinOutcome {
    }

    /** No such challenge in the course, or the learner is not in the course. */
    record NoSuchChallenge() implements JoinOutcome {
    }
}
