package app.paceline.challenge;

import app.paceline.course.CourseCode;
import app.paceline.delivery.DeliveryDecision;
import app.paceline.delivery.DeliveryDecision.Verdict;
import app.paceline.delivery.PlannedDeliveries;
import app.paceline.learner.LearnerId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * What a learner does in a challenge: mark a released day done (with their answer), pause and resume, choose their
 * own release time, be named on the group board or not, leave. Released days stay open until the archive date:
 * a day done late counts like any other. Bad requests (a day not released, a challenge left) change nothing.
 */
public final class TakingPart {

    private static final int ATTEMPTS = 5;
    public static final int MAX_ANSWER = 2000;

    private final ChallengeEnrollments enrollments;
    private final ListingChallenges listing;
    private final PlannedDeliveries deliveries;
    private final Clock clock;

    public TakingPart(ChallengeEnrollments enrollments, ListingChallenges listing, PlannedDeliveries deliveries, Clock clock) {
        this.enrollments = enrollments;
        this.listing = listing;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Marks {@code day} done; an answer given for a day done already replaces the earlier answer. */
    public ChallengeOutcome markDone(LearnerId learner, CourseCode course, String challenge, int day, Optional<String> answer) {
        Optional<String> text = answer.map(String::strip).filter(a -> !a.isEmpty())
                .map(a -> a.length() > MAX_ANSWER ? a.substring(0, MAX_ANSWER) : a);
        return change(learner, course, challenge, (standing, now) -> {
            if (day < 1 || day > standing.progress().released()) {
                return new ChallengeOutcome.NotReleased(standing);
            }
            if (standing.archived(now)) {
                return new ChallengeOutcome.Archived(standing);
            }
            ChallengeEnrollment enrollment = standing.enrollment();
            if (enrollment.isDone(day) && (text.isEmpty() || text.equals(Optional.ofNullable(enrollment.answers().get(day))))) {
                return new ChallengeOutcome.Unchanged(standing);
            }
            ChallengeEnrollment after = enrollment.withDone(day, now, text);
            if (ChallengeProgress.of(after, standing.challenge().days().size()).behind().isEmpty()) {
                after = after.withCatchUpSent(false); // caught up: the next time behind brings one message again
            }
            return after;
        });
    }

    /** Stops releasing days until resumed; released days stay open. */
    public ChallengeOutcome pause(LearnerId learner, CourseCode course, String challenge) {
        return change(learner, course, challenge, (standing, now) -> {
            if (standing.enrollment().isPaused() || standing.progress().released() == standing.challenge().days().size()) {
                return new ChallengeOutcome.Unchanged(standing);
            }
            return standing.enrollment().paused(today(standing, now));
        });
    }

    /** Releases days again; those still to come move on by the days paused, at the same local time. */
    public ChallengeOutcome resume(LearnerId learner, CourseCode course, String challenge) {
        return change(learner, course, challenge, (standing, now) -> {
            if (!standing.enrollment().isPaused()) {
                return new ChallengeOutcome.Unchanged(standing);
            }
            return standing.enrollment().resumed(today(standing, now)).rescheduled(standing.challenge(), standing.zone());
        });
    }

    /** The learner's own local release time, or the challenge's again when empty. */
    public ChallengeOutcome releaseAt(LearnerId learner, CourseCode course, String challenge, Optional<LocalTime> time) {
        return change(learner, course, challenge, (standing, now) -> standing.enrollment().withReleaseTime(time)
                .rescheduled(standing.challenge(), standing.zone()));
    }

    /** Whether the group board may show the learner's first name. */
    public ChallengeOutcome showName(LearnerId learner, CourseCode course, String challenge, boolean show) {
        return change(learner, course, challenge, (standing, now) -> standing.enrollment().showName() == show
                ? new ChallengeOutcome.Unchanged(standing) : standing.enrollment().withShowName(show));
    }

    /** Leaves one challenge (the course stays); progress is kept should they come back. */
    public ChallengeOutcome leave(LearnerId learner, CourseCode course, String challenge) {
        ChallengeOutcome outcome = change(learner, course, challenge, (standing, now) -> standing.enrollment().left(now));
        if (outcome instanceof ChallengeOutcome.Changed changed) {
            FollowingChallenges.withdrawWaiting(deliveries, changed.standing().enrollment(), changed.standing().challenge(),
                    new DeliveryDecision(clock.instant(), Verdict.CANCELLED, "the learner left the challenge"));
        }
        return outcome;
    }

    private static LocalDate today(ChallengeStanding standing, Instant now) {
        return now.atZone(standing.zone()).toLocalDate();
    }

    /**
     * Reads the learner's standing, applies {@code change} (which returns either the changed enrollment or an
     * outcome that changes nothing) and writes it if nobody wrote in between; otherwise reads again.
     */
    private ChallengeOutcome change(LearnerId learner, CourseCode course, String challenge,
                                    BiFunction<ChallengeStanding, Instant, Object> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<ChallengeStanding> standing = listing.of(learner, course, challenge);
            if (standing.isEmpty()) {
                return new ChallengeOutcome.NotIn();
            }
            Instant now = clock.instant();
            Object result = change.apply(standing.get(), now);
            if (result instanceof ChallengeOutcome outcome) {
                return outcome;
            }
            ChallengeEnrollment after = (ChallengeEnrollment) result;
            if (enrollments.replace(standing.get().enrollment(), after)) {
                ChallengeEnrollment stored = after.nextVersion();
                ChallengeStanding now2 = ChallengeStanding.of(standing.get().course(), standing.get().challenge(), stored,
                        standing.get().zone());
                return new ChallengeOutcome.Changed(now2);
            }
        }
        throw new IllegalStateException("enrollment " + ChallengeEnrollment.idOf(learner, course, challenge)
                + " kept changing under " + ATTEMPTS + " attempts");
    }
}
