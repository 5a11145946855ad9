package app.paceline.challenge;

import app.paceline.course.Challenge;
import app.paceline.course.Course;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A learner's challenge as they see it: the course and challenge as defined now, their enrollment, progress, the zone
 * their days follow, when released days close, and when the next day comes.
 */
public record ChallengeStanding(Course course, Challenge challenge, ChallengeEnrollment enrollment, ChallengeProgress progress,
                                ZoneId zone, Instant archivedAt, Optional<Instant> nextRelease) {

    static ChallengeStanding of(Course course, Challenge challenge, ChallengeEnrollment enrollment, ZoneId zone) {
        return new ChallengeStanding(course, challenge, enrollment, ChallengeProgress.of(enrollment, challenge.days().size()),
                zone, enrollment.archivedAt(challenge, zone), enrollment.nextReleaseIn(challenge, zone));
    }

    /** Whether released days are closed for good. */
    public boolean archived(Instant now) {
        return !now.isBefore(archivedAt);
    }

    /** The day released on the learner's local {@code today}, if one was. */
    public Optional<Integer> dayOf(LocalDate today) {
        for (int day = 1; day <= progress.released(); day++) {
            if (enrollment.dateOf(day).equals(today)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }
}
