package app.paceline.calendar;

import app.paceline.course.Assignment;
import app.paceline.course.Course;
import app.paceline.course.CourseEvents;
import app.paceline.course.Enrollment;
import app.paceline.course.Enrollments;
import app.paceline.delivery.DeliveryDecision;
import app.paceline.delivery.DeliveryDecision.Verdict;
import app.paceline.delivery.PlannedDeliveries;
import app.paceline.learner.LearnerId;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps learners' calendars in step with their courses. A learner who joins gets the nudges of every assignment.
 * After a re-import, every enrolled learner's nudges are
 * planned again for the new windows and their waiting slot reminders carry the new deadline; time booked for a
 * removed assignment is dropped with its reminders. A learner who leaves a course gets nothing more from it: its
 * reminders and nudges are withdrawn, and so is the time they had booked ahead (what they finished stays).
 */
public final class FollowingCourses implements CourseEvents {

    private final Enrollments enrollments;
    private final AssignmentProgresses progresses;
    private final PlannedDeliveries deliveries;
    private final PlanningNudges nudges;
    private final BookingTime booking;
    private final Clock clock;

    public FollowingCourses(Enrollments enrollments, AssignmentProgresses progresses, PlannedDeliveries deliveries,
                            PlanningNudges nudges, BookingTime booking, Clock clock) {
        this.enrollments = enrollments;
        this.progresses = progresses;
        this.deliveries = deliveries;
        this.nudges = nudges;
        this.booking = booking;
        this.clock = clock;
    }

    @Override
    public void learnerJoined(LearnerId learner, Course course) {
        nudges.refreshCourse(learner, course.code());
    }

    @Override
    public void courseUpdated(Course before, Course after) {
        Set<String> kept = after.assignments().stream().map(Assignment::id).collect(Collectors.toSet());
        for (Enrollment enrollment : enrollments.ofCourse(after.code())) {
            if (!enrollment.isActive()) {
                continue;
            }
            LearnerId learner = enrollment.learner();
            for (Assignment assignment : before.assignments()) {
                if (!kept.contains(assignment.id())) {
                    withdraw(new AssignmentRef(learner, after.code(), assignment.id()), "the assignment was removed from the course");
                }
            }
            nudges.refreshCourse(learner, after.code());
            booking.replanReminders(learner);
        }
    }

    @Override
    public void learnerLeft(LearnerId learner, Course course) {
        for (Assignment assignment : course.assignments()) {
            withdraw(new AssignmentRef(learner, course.code(), assignment.id()), "the learner left the course");
        }
    }

    /** Cancels everything planned for one learner's assignment and drops the time they booked ahead for it. */
    private void withdraw(AssignmentRef ref, String why) {
        var decision = new DeliveryDecision(clock.instant(), Verdict.CANCELLED, why);
        nudges.withdraw(ref, decision);
        progresses.find(ref).ifPresent(progress -> {
            var ahead = progress.slots().stream().filter(slot -> slot.start().isAfter(clock.instant())).toList();
            for (BookedSlot slot : ahead) {
                BookingTime.reminderKeys(ref, slot).forEach(key -> deliveries.cancel(key, decision));
            }
            if (!ahead.isEmpty()) {
                AssignmentProgress rest = progress;
                for (BookedSlot slot : ahead) {
                    rest = rest.without(slot.id());
                }
                progresses.save(rest);
            }
        });
    }
}
