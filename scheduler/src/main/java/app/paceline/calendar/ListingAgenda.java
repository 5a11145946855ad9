package app.paceline.calendar;

import app.paceline.learner.LearnerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A learner's calendar between two instants: their booked slots of unfinished work and the deadlines of unfinished
 * assignments, in time order. (Live sessions and challenge days join it when those features land.)
 */
public final class ListingAgenda {

    private final LearnerAssignments assignments;

    public ListingAgenda(LearnerAssignments assignments) {
        this.assignments = assignments;
    }

    /** Entries from {@code from} (inclusive) to {@code to} (exclusive). */
    public List<AgendaEntry> between(LearnerId learner, Instant from, Instant to) {
        List<AgendaEntry> entries = new ArrayList<>();
        for (LearnerAssignments.Standing standing : assignments.of(learner)) {
            if (standing.progress().isDone()) {
                continue;
            }
            Instant due = standing.window().due();
            String title = standing.assignment().title();
            if (!due.isBefore(from) && due.isBefore(to)) {
                entries.add(new AgendaEntry.Due(due, title));
            }
            for (BookedSlot slot : standing.progress().slots()) {
                if (!slot.start().isBefore(from) && slot.start().isBefore(to)) {
                    entries.add(new AgendaEntry.Slot(slot.start(), title, slot.effort()));
                }
            }
        }
        entries.sort(Comparator.comparing(AgendaEntry::at));
        return entries;
    }
}
