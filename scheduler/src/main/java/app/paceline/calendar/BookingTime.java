package app.paceline.calendar;

import app.paceline.course.Assignment;
import app.paceline.course.Course;
import app.paceline.course.CourseCode;
import app.paceline.course.Courses;
import app.paceline.course.DeadlineWindow;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A learner books their own time for an assignment, inside its window: never in the past, never at or after the
 * deadline, never on top of another booked slot. The reminder for the slot is planned with the delivery engine
 * ({@link DeliveryKind#SLOT_REMINDER}, the learner's {@link Learner#reminderLead()} before the start, never after
 * the deadline), and the assignment's nudges are planned again (a booked assignment is not at risk).
 */
public final class BookingTime {

    private final Courses courses;
    private final Enrollments enrollments;
    private final AssignmentProgresses progresses;
    private final PlannedDeliveries deliveries;
    private final PlanningNudges nudges;
    private final Learners learners;
    private final Clock clock;

    public BookingTime(Courses courses, Enrollments enrollments, AssignmentProgresses progresses,
                       PlannedDeliveries deliveries, PlanningNudges nudges, Learners learners, Clock clock) {
        this.courses = courses;
        this.enrollments = enrollments;
        this.progresses = progresses;
        this.deliveries = deliveries;
        this.nudges = nudges;
        this.learners = learners;
        this.clock = clock;
    }

    public BookingOutcome book(LearnerId learner, CourseCode code, String assignmentId, Instant start) {
        Instant now = clock.instant();
        Optional<Course> course = courses.find(code);
        Optional<Enrollment> enrollment = enrollments.find(learner, code).filter(Enrollment::isActive);
        if (course.isEmpty() || enrollment.isEmpty()) {
            return new BookingOutcome.NotEnrolled();
        }
        Optional<Assignment> assignment = course.get().assignment(assignmentId);
        if (assignment.isEmpty()) {
            return new BookingOutcome.UnknownAssignment();
        }
        var ref = new AssignmentRef(learner, code, assignmentId);
        AssignmentProgress progress = progresses.find(ref).orElseGet(() -> AssignmentProgress.untouched(ref));
        if (progress.isDone()) {
            return new BookingOutcome.AlreadyDone(assignment.get());
        }
        DeadlineWindow window = assignment.get().window().resolve(course.get().zone(), enrollment.get().joinedAt());
        if (start.isBefore(now)) {
            return new BookingOutcome.InThePast(start);
        }
        if (start.isBefore(window.opens())) {
            return new BookingOutcome.BeforeOpening(assignment.get(), window.opens());
        }
        if (!start.isBefore(window.due())) {
            return new BookingOutcome.AfterDeadline(assignment.get(), window.due());
        }
        Duration effort = assignment.get().effort();
        for (AssignmentProgress other : progresses.ofLearner(learner)) {
            for (BookedSlot slot : other.slots()) {
                boolean sameSlot = other.ref().equals(ref) && slot.start().equals(start);
                if (!sameSlot && slot.overlaps(start, effort)) {
                    return new BookingOutcome.Overlaps(slot);
                }
            }
        }
        BookedSlot slot = new BookedSlot(start, effort);
        progresses.save(progress.with(slot));
        planReminder(ref, course.get(), assignment.get(), slot, window, reminderLead(learner), now);
        nudges.refresh(ref);
        boolean tight = start.plus(effort).isAfter(window.due());
        return new BookingOutcome.Booked(course.get(), assignment.get(), slot, window, tight);
    }

    /** How often a learner may book the same start again after moving away from it, each time with a reminder. */
    static final int REBOOKINGS = 5;

    /**
     * The keys a slot's reminder may have: the slot's own, and numbered ones for when the learner books the same
     * start again after moving away from it (a delivered or cancelled key is never used twice).
     */
    static List<DeliveryKey> reminderKeys(AssignmentRef ref, BookedSlot slot) {
        List<DeliveryKey> keys = new ArrayList<>();
        keys.add(DeliveryKey.of("slot", ref.key(), slot.id()));
        for (int n = 2; n <= REBOOKINGS; n++) {
            keys.add(DeliveryKey.of("slot", ref.key(), slot.id(), Integer.toString(n)));
        }
        return keys;
    }

    /**
     * Plans again the reminders still waiting for the learner's future slots: after they changed their reminder
     * lead, or a course changed its deadlines. A reminder already sent is not sent again.
     *
     * @return how many reminders were planned again
     */
    public int replanReminders(LearnerId learner) {
        Instant now = clock.instant();
        Duration lead = reminderLead(learner);
        int replanned = 0;
        for (AssignmentProgress progress : progresses.ofLearner(learner)) {
            AssignmentRef ref = progress.ref();
            Optional<Course> course = courses.find(ref.course());
            Optional<Enrollment> enrollment = enrollments.find(learner, ref.course()).filter(Enrollment::isActive);
            Optional<Assignment> assignment = course.flatMap(c -> c.assignment(ref.assignmentId()));
            if (progress.isDone() || course.isEmpty() || enrollment.isEmpty() || assignment.isEmpty()) {
                continue;
            }
            DeadlineWindow window = assignment.get().window().resolve(course.get().zone(), enrollment.get().joinedAt());
            for (BookedSlot slot : progress.slots()) {
                if (!slot.start().isAfter(now)) {
                    continue;
                }
                for (DeliveryKey key : reminderKeys(ref, slot)) {
                    if (deliveries.waiting(key).isPresent()) {
                        deliveries.plan(reminder(key, ref, course.get(), assignment.get(), slot, window, lead, now));
                        replanned++;
                        break;
                    }
                }
            }
        }
        return replanned;
    }

    private Duration reminderLead(LearnerId learner) {
        return learners.find(learner).map(Learner::reminderLead).orElse(Learner.DEFAULT_REMINDER_LEAD);
    }

    private void planReminder(AssignmentRef ref, Course course, Assignment assignment, BookedSlot slot,
                              DeadlineWindow window, Duration lead, Instant now) {
        for (DeliveryKey key : reminderKeys(ref, slot)) {
            if (deliveries.plan(reminder(key, ref, course, assignment, slot, window, lead, now)) != PlannedDeliveries.PlanResult.ALREADY_FINISHED) {
                return;
            }
        }
    }

    private DeliveryPlan reminder(DeliveryKey key, AssignmentRef ref, Course course, Assignment assignment, BookedSlot slot,
                                  DeadlineWindow window, Duration reminderLead, Instant now) {
        Instant due = slot.start().minus(reminderLead);
        return DeliveryPlan.of(key, Recipient.learner(ref.learner().value()), DeliveryKind.SLOT_REMINDER,
                        due.isBefore(now) ? now : due,
                        Map.of("course", course.code().value(),
                                "assignment", assignment.id(),
                                "title", assignment.title(),
                                "effortMinutes", Long.toString(assignment.effort().toMinutes()),
                                "start", slot.start().toString(),
                                "due", window.due().toString(),
                                "slot", slot.id()))
                .sendBy(window.due());
    }
}
