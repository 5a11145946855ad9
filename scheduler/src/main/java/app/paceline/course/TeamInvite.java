package app.paceline.course;

import app.paceline.learner.LearnerId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A link that makes whoever opens it first a co-creator of a course, made by the course's owner.
 *
 * @param token  random, URL-safe; the secret part of the link
 * @param usedBy who became a co-creator with it (an invite works once)
 */
public record TeamInvite(String token, CourseCode course, LearnerId invitedBy, Instant createdAt, Instant expiresAt,
                         Optional<LearnerId> usedBy) {

    public TeamInvite {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(invitedBy, "invitedBy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(usedBy, "usedBy");
    }

    public boolean openAt(Instant now) {
        return usedBy.isEmpty() && now.isBefore(expiresAt);
    }
}
