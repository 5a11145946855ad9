package app.paceline.calendar;

import app.paceline.delivery.DeliveryDecision;
import app.paceline.delivery.DeliveryDecision.Verdict;
import app.paceline.delivery.PlannedDeliveries;
import app.paceline.learner.LearnerId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What a learner does with a booked slot: mark the work done (its other reminders and nudges are cancelled), snooze (the
 * slot moves later by the snooze, if that still starts before the deadline), or move it to another time (booked
 * with the same rules as a new slot; the old slot and its reminder go).
 */
public final class ChangingBookings {

    private final AssignmentProgresses progresses;
    private final PlannedDeliveries deliveries;
    private final BookingTime booking;
    private final PlanningNudges nudges;
    private final Clock clock;

    public ChangingBookings(AssignmentProgresses progresses, PlannedDeliveries deliveries, BookingTime booking,
                            PlanningNudges nudges, Clock clock) {
        this.progresses = progresses;
        this.deliveries = deliveries;
        this.booking = booking;
        this.nudges = nudges;
        this.clock = clock;
    }

    /** Marks the assignment done; returns false when there was no such progress (nothing changed). */
    public boolean markDone(AssignmentRef ref) {
        Optional<AssignmentProgress> progress = progresses.find(ref);
        Instant now = clock.instant();
        if (progress.isEmpty()) {
            progresses.save(AssignmentProgress.untouched(ref).done(now));
            nudges.refresh(ref);
            return true;
        }
        if (progress.get().isDone()) {
            return false;
        }
        progresses.save(progress.get().done(now));
        for (BookedSlot slot : progress.get().slots()) {
            cancelReminder(ref, slot, new DeliveryDecision(now, Verdict.CANCELLED, "the work is done"));
        }
        nudges.refresh(ref);
        return true;
    }

    /**
     * Moves a booked slot to {@code newStart}; the old one stays if the new one cannot be booked. A slot that is no
     * longer booked (an outdated button) moves nothing: {@link BookingOutcome.NoSuchSlot}.
     */
    public BookingOutcome move(AssignmentRef ref, String slotId, Instant newStart) {
        Optional<BookedSlot> old = progresses.find(ref).flatMap(progress -> progress.slot(slotId));
        if (old.isEmpty()) {
            return new BookingOutcome.NoSuchSlot();
        }
        LearnerId learner = ref.learner();
        // Free the old slot first, so the new one may overlap it (a snooze always does).
        progresses.find(ref).ifPresent(progress -> progresses.save(progress.without(slotId)));
        BookingOutcome outcome = booking.book(learner, ref.course(), ref.assignmentId(), newStart);
        if (outcome instanceof BookingOutcome.Booked) {
            cancelReminder(ref, old.get(), new DeliveryDecision(clock.instant(), Verdict.CANCELLED, "moved to " + newStart));
        } else {
            progresses.find(ref).ifPresent(progress -> progresses.save(progress.with(old.get())));
        }
        return outcome;
    }

    /** Snoozes a slot: it starts {@code by} later (counted from now if it already started). */
    public BookingOutcome snooze(AssignmentRef ref, String slotId, Duration by) {
        Instant now = clock.instant();
        Optional<BookedSlot> slot = progresses.find(ref).flatMap(progress -> progress.slot(slotId));
        if (slot.isEmpty()) {
            return new BookingOutcome.NoSuchSlot();
        }
        Instant from = slot.get().start().isAfter(now) ? slot.get().start() : now;
        return move(ref, slotId, from.plus(by));
    }

    private void cancelReminder(AssignmentRef ref, BookedSlot slot, DeliveryDecision why) {
        BookingTime.reminderKeys(ref, slot).forEach(key -> deliveries.cancel(key, why));
    }
}
