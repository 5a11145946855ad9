package app.paceline.calendar;

import app.paceline.session.AnsweringRsvp;
import app.paceline.learner.LearnerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A learner's calendar between two instants: their booked slots of unfinished work, the deadlines of unfinished
 * assignments and the coming occurrences of live sessions, in time order. (Challenge days join it when that feature
 * lands.)
 */
public final class ListingAgenda {

    private final LearnerAssignments assignments;
    private final AnsweringRsvp sessions;

    public ListingAgenda(LearnerAssignments assignments, AnsweringRsvp sessions) {
        this.assignments = assignments;
        this.sessions = sessions;
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
        for (AnsweringRsvp.Coming coming : sessions.coming(learner, to)) {
            Instant start = coming.occurrence().occurrence().start();
            if (!start.isBefore(from)) {
                entries.add(new AgendaEntry.Session(start, coming.occurrence().session().title(),
                        coming.occurrence().occurrence().duration(), coming.answer()));
            }
        }
        entries.sort(Comparator.comparing(AgendaEntry::at));
        return entries;
    }
}
