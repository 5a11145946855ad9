package app.paceline.course;

import app.paceline.learner.LearnerId;
import java.util.Optional;

/** Co-creator invites by token. */
public interface TeamInvites {

    void add(TeamInvite invite);

    Optional<TeamInvite> find(String token);

    /** Marks the invite used by {@code user}, atomically: false when it was used already (by anyone). */
    boolean use(String token, LearnerId user);
}
