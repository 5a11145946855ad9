package app.paceline.calendar;

import app.paceline.learner.LearnerId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * After a learner changes time zone, their booked times either stay the same moments (nothing to do) or keep
 * their local wall-clock time: 19:00 in the old zone becomes 19:00 in the new one. Each slot is moved with the
 * rules of a new booking (inside the window, not in the past, no overlap); a slot that cannot be moved stays
 * where it was and is reported.
 */
public final class RetimingBookings {

    /** A booked time still ahead, of unfinished work in an active course. */
    public record FutureSlot(LearnerAssignments.Standing standing, BookedSlot slot) {
    }

    /** A slot that kept its moment, and why. */
    public record Kept(FutureSlot slot, Instant wanted, BookingOutcome why) {
    }

    /** What keeping local times did. */
    public record Retimed(List<FutureSlot> moved, List<Kept> kept) {
    }

    private final LearnerAssignments assignments;
    private final ChangingBookings changing;
    private final Clock clock;

    public RetimingBookings(LearnerAssignments assignments, ChangingBookings changing, Clock clock) {
        this.assignments = assignments;
        this.changing = changing;
        this.clock = clock;
    }

    /** The learner's booked times still ahead, earliest first. */
    public List<FutureSlot> futureSlots(LearnerId learner) {
        Instant now = clock.instant();
        List<FutureSlot> slots = new ArrayList<>();
        for (var standing : assignments.of(learner)) {
            if (standing.progress().isDone()) {
                continue;
            }
            standing.progress().slots().stream()
                    .filter(slot -> slot.start().isAfter(now))
                    .forEach(slot -> slots.add(new FutureSlot(standing, slot)));
        }
        slots.sort(Comparator.comparing(future -> future.slot().start()));
        return slots;
    }

    /** The moment with the same local date and time in {@code to} as {@code start} has in {@code from}. */
    public static Instant sameLocalTime(Instant start, ZoneId from, ZoneId to) {
        return start.atZone(from).toLocalDateTime().atZone(to).toInstant();
    }

    /**
     * Moves every future slot to the same local time in {@code to} that it had in {@code from}. Slots move in the
     * direction of the shift, the farthest first, so that they do not collide with each other on the way.
     */
    public Retimed keepLocalTimes(LearnerId learner, ZoneId from, ZoneId to) {
        List<FutureSlot> slots = futureSlots(learner);
        List<FutureSlot> moved = new ArrayList<>();
        List<Kept> kept = new ArrayList<>();
        if (slots.isEmpty()) {
            return new Retimed(moved, kept);
        }
        Instant first = slots.get(0).slot().start();
        boolean later = sameLocalTime(first, from, to).isAfter(first);
        List<FutureSlot> order = new ArrayList<>(slots);
        if (later) {
            order.sort(Comparator.comparing((FutureSlot future) -> future.slot().start()).reversed());
        }
        for (FutureSlot future : order) {
            Instant wanted = sameLocalTime(future.slot().start(), from, to);
            if (wanted.equals(future.slot().start())) {
                continue;
            }
            BookingOutcome outcome = changing.move(future.standing().ref(), future.slot().id(), wanted);
            if (outcome instanceof BookingOutcome.Booked) {
                moved.add(future);
            } else {
                kept.add(new Kept(future, wanted, outcome));
            }
        }
        moved.sort(Comparator.comparing(future -> future.slot().start()));
        kept.sort(Comparator.comparing(k -> k.slot().slot().start()));
        return new Retimed(moved, kept);
    }
}
