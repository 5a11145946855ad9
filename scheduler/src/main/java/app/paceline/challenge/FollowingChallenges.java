package app.paceline.challenge;

import app.paceline.course.Challenge;
import app.paceline.course.Course;
import app.paceline.course.CourseEvents;
import app.paceline.course.Courses;
import app.paceline.course.Enrollment;
import app.paceline.course.Enrollments;
import app.paceline.delivery.DeliveryDecision;
import app.paceline.delivery.DeliveryDecision.Verdict;
import app.paceline.delivery.PlannedDeliveries;
import app.paceline.learner.LearnerId;
import app.paceline.learner.Learners;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Keeps challenge enrollments in step with courses and learners: joining a course joins its challenges; a re-import
 * that adds a challenge joins the course's learners, one that changes release time or days re-plans the next release,
 * one that drops a challenge (only possible before anything was released) ends it; leaving the course leaves its
 * challenges; a learner's new zone keeps their local release time.
 */
public final class FollowingChallenges implements CourseEvents {

    /** Writes tried before giving up on a record that keeps changing under us. */
    private static final int ATTEMPTS = 5;

    private final ChallengeEnrollments enrollments;
    private final Enrollments courseEnrollments;
    private final Courses courses;
    private final Learners learners;
    private final PlannedDeliveries deliveries;
    private final Clock clock;

    public FollowingChallenges(ChallengeEnrollments enrollments, Enrollments courseEnrollments, Courses courses,
                               Learners learners, PlannedDeliveries deliveries, Clock clock) {
        this.enrollments = enrollments;
        this.courseEnrollments = courseEnrollments;
        this.courses = courses;
        this.learners = learners;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @Override
    public void learnerJoined(LearnerId learner, Course course) {
        for (Challenge challenge : course.challenges()) {
            join(learner, course, challenge);
        }
    }

    @Override
    public void courseUpdated(Course before, Course after) {
        Set<String> still = new HashSet<>();
        for (Challenge challenge : after.challenges()) {
            still.add(challenge.id());
            boolean isNew = before.challenge(challenge.id()).isEmpty();
            if (isNew) {
                for (Enrollment enrollment : courseEnrollments.ofCourse(after.code())) {
                    if (enrollment.isActive()) {
                        join(enrollment.learner(), after, challenge);
                    }
                }
            } else {
                boolean moved = !before.challenge(challenge.id()).orElseThrow().cohortStart().equals(challenge.cohortStart());
                for (ChallengeEnrollment enrollment : enrollments.ofChallenge(after.code(), challenge.id())) {
                    if (!enrollment.isActive()) {
                        continue;
                    }
                    if (moved && enrollment.released() == 0) {
                        // Moved before it began (once it has, the import is refused): day 1 is the new date, or the join day.
                        restart(enrollment, after, challenge);
                    } else {
                        reschedule(enrollment, after, challenge);
                    }
                }
            }
        }
        for (Challenge gone : before.challenges()) {
            if (!still.contains(gone.id())) {
                for (ChallengeEnrollment enrollment : enrollments.ofChallenge(before.code(), gone.id())) {
                    end(enrollment, gone, "the challenge was removed from the course");
                }
            }
        }
    }

    @Override
    public void learnerLeft(LearnerId learner, Course course) {
        for (Challenge challenge : course.challenges()) {
            enrollments.find(learner, course.code(), challenge.id())
                    .ifPresent(enrollment -> end(enrollment, challenge, "the learner left the course"));
        }
    }

    /** The learner chose another zone: every challenge's next day comes at the same local time in the new one. */
    public void learnerMoved(LearnerId learner) {
        for (ChallengeEnrollment enrollment : enrollments.ofLearner(learner)) {
            if (enrollment.isActive()) {
                courses.find(enrollment.course()).ifPresent(course -> course.challenge(enrollment.challenge())
                        .ifPresent(challenge -> reschedule(enrollment, course, challenge)));
            }
        }
    }

    /** Joins one challenge of a course the learner is in (also by a challenge's own link). */
    public JoinOutcome join(LearnerId learner, Course course, Challenge challenge) {
        Instant now = clock.instant();
        ZoneId zone = ChallengeZones.of(learners, learner, course);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<ChallengeEnrollment> existing = enrollments.find(learner, course.code(), challenge.id());
            if (existing.isPresent() && existing.get().isActive()) {
                return new JoinOutcome.AlreadyIn(ChallengeStanding.of(course, challenge, existing.get(), zone));
            }
            ChallengeEnrollment joined = existing
                    .map(left -> left.rejoined(now))
                    .orElseGet(() -> ChallengeEnrollment.joined(learner, course.code(), challenge.id(),
                            challenge.cohortStart().orElse(now.atZone(zone).toLocalDate()), now));
            if (!now.isBefore(joined.archivedAt(challenge, zone))) {
                return new JoinOutcome.Over();
            }
            joined = joined.rescheduled(challenge, zone);
            boolean stored = existing.isPresent() ? enrollments.replace(existing.get(), joined) : enrollments.add(joined);
            if (stored) {
                return new JoinOutcome.Joined(ChallengeStanding.of(course, challenge,
                        existing.isPresent() ? joined.nextVersion() : joined, zone));
            }
        }
        throw new IllegalStateException("could not store " + ChallengeEnrollment.idOf(learner, course.code(), challenge.id()));
    }

    private void reschedule(ChallengeEnrollment enrollment, Course course, Challenge challenge) {
        ZoneId zone = ChallengeZones.of(learners, enrollment.learner(), course);
        update(enrollment, current -> current.isActive()
                ? Optional.of(current.rescheduled(challenge, zone)).filter(after -> !after.equals(current)) : Optional.empty());
    }

    private void restart(ChallengeEnrollment enrollment, Course course, Challenge challenge) {
        ZoneId zone = ChallengeZones.of(learners, enrollment.learner(), course);
        LocalDate start = challenge.cohortStart().orElse(enrollment.joinedAt().atZone(zone).toLocalDate());
        update(enrollment, current -> current.released() == 0
                ? Optional.of(current.withStartDate(start).rescheduled(challenge, zone)) : Optional.empty());
    }

    private void end(ChallengeEnrollment enrollment, Challenge challenge, String why) {
        Instant now = clock.instant();
        update(enrollment, current -> current.isActive() ? Optional.of(current.left(now)) : Optional.empty());
        withdrawWaiting(deliveries, enrollment, challenge, new DeliveryDecision(now, Verdict.CANCELLED, why));
    }

    /**
     * Writes what {@code change} makes of the enrollment, reading it again after a concurrent write (the release job
     * and the learner's presses write the same record); {@code change} returns empty when there is nothing to do.
     */
    private void update(ChallengeEnrollment enrollment, Function<ChallengeEnrollment, Optional<ChallengeEnrollment>> change) {
        ChallengeEnrollment current = enrollment;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<ChallengeEnrollment> after = change.apply(current);
            if (after.isEmpty() || enrollments.replace(current, after.get())) {
                return;
            }
            Optional<ChallengeEnrollment> again = enrollments.find(enrollment.learner(), enrollment.course(), enrollment.challenge());
            if (again.isEmpty()) {
                return;
            }
            current = again.get();
        }
    }

    /** Cancels whatever of this enrollment's days and catch-up messages is still waiting to be sent. */
    static void withdrawWaiting(PlannedDeliveries deliveries, ChallengeEnrollment enrollment, Challenge challenge,
                                DeliveryDecision why) {
        for (int day = 1; day <= Math.min(enrollment.released(), challenge.days().size()); day++) {
            deliveries.cancel(ReleasingChallengeDays.dayKey(enrollment, day), why);
            deliveries.cancel(ReleasingChallengeDays.behindKey(enrollment, day), why);
        }
    }
}
