package app.paceline.challenge;

import app.paceline.course.Challenge;
import app.paceline.course.Course;
import app.paceline.course.CourseCode;
import app.paceline.course.Courses;
import app.paceline.delivery.DeliveryKey;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.DeliveryPlan;
import app.paceline.delivery.PlannedDeliveries;
import app.paceline.delivery.Recipient;
import app.paceline.learner.Learners;
import app.paceline.schedule.DueWork;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Releases challenge days as they come due, on the metronome: for each enrollment whose next release is due, every
 * day due by now (in the learner's current zone and release time) is marked released and handed to the delivery
 * engine as a {@link DeliveryKind#DRIP_DAY}. Days released together (a late join, downtime) share a bundle, so the
 * engine sends them as one catch-up message. A learner who has fallen behind gets one {@link DeliveryKind#CATCH_UP}
 * message with the new day, and no other until they have caught up.
 *
 * <p>Idempotent: deliveries are keyed by learner, challenge and day, so a day planned twice (a tick repeated, a
 * write lost to a concurrent press) is still sent once, and a sent day is never sent again.
 */
public final class ReleasingChallengeDays implements DueWork {

    private static final System.Logger LOG = System.getLogger(ReleasingChallengeDays.class.getName());
    /** At most this many enrollments per tick; the rest are due at the next one. */
    static final int BATCH = 500;
    /** Behind by this many open days (besides the new one) brings the one catch-up message. */
    public static final int CATCH_UP_AFTER = 2;

    private final ChallengeEnrollments enrollments;
    private final Courses courses;
    private final Learners learners;
    private final PlannedDeliveries deliveries;

    public ReleasingChallengeDays(ChallengeEnrollments enrollments, Courses courses, Learners learners,
                                  PlannedDeliveries deliveries) {
        this.enrollments = enrollments;
        this.courses = courses;
        this.learners = learners;
        this.deliveries = deliveries;
    }

    @Override
    public String name() {
        return "challenge-days";
    }

    @Override
    public void runDue(Instant now) {
        // A cohort's days come due together: each course is read once per tick, not once per learner.
        Map<CourseCode, Optional<Course>> courseOf = new HashMap<>();
        for (ChallengeEnrollment enrollment : enrollments.dueForRelease(now, BATCH)) {
            try {
                release(enrollment, courseOf.computeIfAbsent(enrollment.course(), courses::find), now);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "could not release days of " + enrollment.id() + "; trying again at the next tick", e);
            }
        }
    }

    private void release(ChallengeEnrollment enrollment, Optional<Course> course, Instant now) {
        Optional<Challenge> definition = course.flatMap(c -> c.challenge(enrollment.challenge()));
        if (definition.isEmpty()) {
            enrollments.replace(enrollment, enrollment.withNextRelease(Optional.empty()));
            return;
        }
        Challenge challenge = definition.get();
        ZoneId zone = ChallengeZones.of(learners, enrollment.learner(), course.get());
        int due = enrollment.dueBy(now, challenge, zone);
        if (due == enrollment.released()) {
            // Planned for another zone or time than the learner has now: the day comes at its new moment.
            enrollments.replace(enrollment, enrollment.rescheduled(challenge, zone));
            return;
        }
        List<Integer> newly = new ArrayList<>();
        for (int day = enrollment.released() + 1; day <= due; day++) {
            newly.add(day);
        }
        List<DeliveryPlan> plans = new ArrayList<>();
        for (int day : newly) {
            plans.add(DeliveryPlan.of(dayKey(enrollment, day), Recipient.learner(enrollment.learner().value()), DeliveryKind.DRIP_DAY,
                    enrollment.releaseOf(day, challenge, zone), payload(enrollment, challenge, day)).bundledAs(bundle(enrollment)));
        }
        boolean catchUp = false;
        List<Integer> behind = List.of();
        if (newly.size() == 1 && !enrollment.catchUpSent()) {
            // Behind on days the learner has: a day put off to later (a bundle deferred past their quiet hours) is not.
            behind = ChallengeProgress.of(enrollment, challenge.days().size()).open().stream()
                    .filter(day -> deliveries.waiting(dayKey(enrollment, day)).filter(d -> d.notBefore().isAfter(now)).isEmpty())
                    .toList();
            catchUp = behind.size() >= CATCH_UP_AFTER;
        }
        if (catchUp) {
            Map<String, String> payload = new java.util.HashMap<>(payload(enrollment, challenge, newly.get(0)));
            payload.put("behind", behind.stream().map(String::valueOf).collect(Collectors.joining(",")));
            // Due with the new day, and keyed after it, so that it follows the day in the learner's chat.
            plans.add(DeliveryPlan.of(behindKey(enrollment, newly.get(0)), Recipient.learner(enrollment.learner().value()),
                    DeliveryKind.CATCH_UP, enrollment.releaseOf(newly.get(0), challenge, zone), payload));
        }
        deliveries.planAll(plans);
        ChallengeEnrollment released = enrollment.withReleased(due).withCatchUpSent(enrollment.catchUpSent() || catchUp);
        enrollments.replace(enrollment, released.rescheduled(challenge, zone));
    }

    /** The delivery of one day to one learner. */
    public static DeliveryKey dayKey(ChallengeEnrollment enrollment, int day) {
        return DeliveryKey.of("drip", Long.toString(enrollment.learner().value()), enrollment.course().value(),
                enrollment.challenge(), Integer.toString(day));
    }

    /** The one catch-up message sent with {@code day} to a learner who fell behind. */
    static DeliveryKey behindKey(ChallengeEnrollment enrollment, int day) {
        return DeliveryKey.of("drip", Long.toString(enrollment.learner().value()), enrollment.course().value(),
                enrollment.challenge(), Integer.toString(day), "behind");
    }

    static String bundle(ChallengeEnrollment enrollment) {
        return "drip:" + enrollment.id();
    }

    private static Map<String, String> payload(ChallengeEnrollment enrollment, Challenge challenge, int day) {
        return Map.of("course", enrollment.course().value(), "challenge", challenge.id(), "day", Integer.toString(day),
                "days", Integer.toString(challenge.days().size()), "title", challenge.day(day).title());
    }
}
