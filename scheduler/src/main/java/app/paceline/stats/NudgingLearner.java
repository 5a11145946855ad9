package app.paceline.stats;

import app.paceline.course.Course;
import app.paceline.course.CourseCode;
import app.paceline.course.Enrollment;
import app.paceline.course.Enrollments;
import app.paceline.delivery.DeliveryKey;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.DeliveryPlan;
import app.paceline.delivery.PlannedDeliveries;
import app.paceline.delivery.Recipient;
import app.paceline.learner.Learner;
import app.paceline.learner.LearnerId;
import app.paceline.learner.Learners;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * A creator's one-tap nudge to a learner of their course, sent through the delivery engine
 * ({@link DeliveryKind#CREATOR_NUDGE}, which waits out the learner's quiet hours). At most one per learner, course and
 * local day of the learner: the key {@code cnudge:<course>:<learner>:<local date>} is planned once, and a key waiting
 * or sent already is not planned again, however often the button is pressed (by any of the course's creators).
 */
public final class NudgingLearner {

    private final CohortReading reading;
    private final Enrollments enrollments;
    private final Learners learners;
    private final PlannedDeliveries deliveries;
    private final Clock clock;

    public NudgingLearner(CohortReading reading, Enrollments enrollments, Learners learners, PlannedDeliveries deliveries,
                          Clock clock) {
        this.reading = reading;
        this.enrollments = enrollments;
        this.learners = learners;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** {@code creator} nudges {@code learner} about {@code code}; only a creator or co-creator of the course may. */
    public NudgeOutcome nudge(LearnerId creator, CourseCode code, LearnerId learner) {
        Optional<Course> course = reading.course(creator, code);
        if (course.isEmpty()) {
            return NudgeOutcome.NOT_ALLOWED;
        }
        if (enrollments.find(learner, code).filter(Enrollment::isActive).isEmpty()) {
            return NudgeOutcome.NOT_IN_COURSE;
        }
        Instant now = clock.instant();
        ZoneId zone = learners.find(learner).flatMap(Learner::timeZone).orElse(course.get().zone());
        DeliveryKey key = keyOf(code, learner, LocalDate.ofInstant(now, zone));
        if (deliveries.waiting(key).isPresent() || deliveries.isFinished(key)) {
            return NudgeOutcome.ALREADY_TODAY;
        }
        var plan = DeliveryPlan.of(key, Recipient.learner(learner.value()), DeliveryKind.CREATOR_NUDGE, now,
                Map.of("course", code.value(), "title", course.get().title()));
        return deliveries.plan(plan) == PlannedDeliveries.PlanResult.CREATED ? NudgeOutcome.NUDGED : NudgeOutcome.ALREADY_TODAY;
    }

    static DeliveryKey keyOf(CourseCode code, LearnerId learner, LocalDate day) {
        return DeliveryKey.of("cnudge", code.value(), Long.toString(learner.value()), day.toString());
    }
}
