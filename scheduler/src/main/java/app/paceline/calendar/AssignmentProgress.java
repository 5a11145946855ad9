package app.paceline.calendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one learner stands with one assignment: the slots they booked (earliest first) and whether it is done.
 * Stored as one document, so every change is a single-document write.
 */
public record AssignmentProgress(AssignmentRef ref, List<BookedSlot> slots, Optional<Instant> doneAt) {

    public AssignmentProgress {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(doneAt, "doneAt");
        slots = slots.stream().sorted(Comparator.comparing(BookedSlot::start)).toList();
    }

    public static AssignmentProgress untouched(AssignmentRef ref) {
        return new AssignmentProgress(ref, List.of(), Optional.empty());
    }

    public boolean isDone() {
        return doneAt.isPresent();
    }

    public Optional<BookedSlot> slot(String id) {
        return slots.stream().filter(slot -> slot.id().equals(id)).findFirst();
    }

    public AssignmentProgress with(BookedSlot slot) {
        List<BookedSlot> all = new ArrayList<>(slots);
        all.removeIf(existing -> existing.id().equals(slot.id()));
        all.add(slot);
        return new AssignmentProgress(ref, all, doneAt);
    }

    public AssignmentProgress without(String slotId) {
        return new AssignmentProgress(ref, slots.stream().filter(slot -> !slot.id().equals(slotId)).toList(), doneAt);
    }

    public AssignmentProgress done(Instant at) {
        return new AssignmentProgress(ref, slots, Optional.of(at));
    }
}
