package app.paceline.challenge;

import app.paceline.course.CourseCode;
import app.paceline.learner.LearnerId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link ChallengeEnrollments} in memory, with the same compare-and-set semantics as the Mongo store. */
public final class InMemoryChallengeEnrollments implements ChallengeEnrollments {

    private final Map<String, ChallengeEnrollment> byId = new ConcurrentHashMap<>();

    @Override
    public Optional<ChallengeEnrollment> find(LearnerId learner, CourseCode course, String challenge) {
        return Optional.ofNullable(byId.get(ChallengeEnrollment.idOf(learner, course, challenge)));
    }

    @Override
    public boolean add(ChallengeEnrollment enrollment) {
        return byId.putIfAbsent(enrollment.id(), enrollment) == null;
    }

    @Override
    public synchronized boolean replace(ChallengeEnrollment before, ChallengeEnrollment after) {
        ChallengeEnrollment stored = byId.get(before.id());
        if (stored == null || stored.version() != before.version() || !before.id().equals(after.id())) {
            return false;
        }
        ChallengeEnrollment next = new ChallengeEnrollment(after.learner(), after.course(), after.challenge(), after.startDate(),
                after.releaseTime(), after.released(), after.nextRelease(), after.pausedOn(), after.shiftDays(), after.done(),
                after.answers(), after.catchUpSent(), after.showName(), after.joinedAt(), after.leftAt(), before.version() + 1);
        byId.put(before.id(), next);
        return true;
    }

    @Override
    public List<ChallengeEnrollment> ofLearner(LearnerId learner) {
        return byId.values().stream().filter(e -> e.learner().equals(learner)).toList();
    }

    @Override
    public List<ChallengeEnrollment> ofChallenge(CourseCode course, String challenge) {
        return byId.values().stream().filter(e -> e.course().equals(course) && e.challenge().equals(challenge)).toList();
    }

    @Override
    public List<ChallengeEnrollment> dueForRelease(Instant now, int limit) {
        return byId.values().stream()
                .filter(e -> e.nextRelease().filter(next -> !next.isAfter(now)).isPresent())
                .sorted(Comparator.comparing(e -> e.nextRelease().orElseThrow()))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized Optional<Instant> nextReleaseAfter(Instant now) {
        return byId.values().stream().flatMap(e -> e.nextRelease().stream()).filter(next -> next.isAfter(now))
                .min(Comparator.naturalOrder());
    }

    @Override
    public int mostReleased(CourseCode course, String challenge) {
        return ofChallenge(course, challenge).stream().mapToInt(ChallengeEnrollment::released).max().orElse(0);
    }
}
