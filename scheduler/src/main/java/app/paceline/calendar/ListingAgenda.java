package app.paceline.calendar;

import app.paceline.course.Assignment;
import app.paceline.course.Course;
import app.paceline.course.ListingCourses;
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

    private final ListingCourses listing;
    private final AssignmentProgresses progresses;

    public ListingAgenda(ListingCourses listing, AssignmentProgresses progresses) {
        this.listing = listing;
        this.progresses = progresses;
    }

    /** Entries from {@code from} (inclusive) to {@code to} (exclusive). */
    public List<AgendaEntry> between(LearnerId learner, Instant from, Instant to) {
        List<AgendaEntry> entries = new ArrayList<>();
        for (var enrolled : listing.of(learner).enrolled()) {
            Course course = enrolled.course();
            for (Assignment assignment : course.assignments()) {
                var ref = new AssignmentRef(learner, course.code(), assignment.id());
                var progress = progresses.find(ref).orElseGet(() -> AssignmentProgress.untouched(ref));
                if (progress.isDone()) {
                    continue;
                }
                var window = assignment.window().resolve(course.zone(), enrolled.enrollment().joinedAt());
                if (!window.due().isBefore(from) && window.due().isBefore(to)) {
                    entries.add(new AgendaEntry.Due(window.due(), assignment.title()));
                }
                for (BookedSlot slot : progress.slots()) {
                    if (!slot.start().isBefore(from) && slot.start().isBefore(to)) {
                        entries.add(new AgendaEntry.Slot(slot.start(), assignment.title(), slot.effort()));
                    }
                }
            }
        }
        entries.sort(Comparator.comparing(AgendaEntry::at));
        return entries;
    }
}
