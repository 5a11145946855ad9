package app.paceline.session;

import app.paceline.course.Course;
import app.paceline.course.CourseCode;
import app.paceline.course.Courses;
import app.paceline.delivery.DeliveryKey;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.DeliveryPlan;
import app.paceline.delivery.PlannedDeliveries;
import app.paceline.delivery.Recipient;
import app.paceline.learner.LearnerId;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A course's creator moves or cancels one occurrence of a session, in chat. Everyone's nudges for the old time are
 * withdrawn and planned again by key for the new one, and every learner who had answered for it is told.
 */
public final class ChangingOccurrences {

    private final Courses courses;
    private final CourseOccurrences occurrences;
    private final OccurrenceChanges changes;
    private final Rsvps rsvps;
    private final SessionNudges nudges;
    private final PlannedDeliveries deliveries;
    private final Clock clock;
    private final OccurrenceEvents events;

    public ChangingOccurrences(Courses courses, CourseOccurrences occurrences, OccurrenceChanges changes, Rsvps rsvps,
                               SessionNudges nudges, PlannedDeliveries deliveries, Clock clock) {
        this(courses, occurrences, changes, rsvps, nudges, deliveries, clock, OccurrenceEvents.NONE);
    }

    /** @param events told after a move or cancellation is stored (the creator's summary after it follows) */
    public ChangingOccurrences(Courses courses, CourseOccurrences occurrences, OccurrenceChanges changes, Rsvps rsvps,
                               SessionNudges nudges, PlannedDeliveries deliveries, Clock clock, OccurrenceEvents events) {
        this.events = events;
        this.courses = courses;
        this.occurrences = occurrences;
        this.changes = changes;
        this.rsvps = rsvps;
        this.nudges = nudges;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    public OccurrenceChangeOutcome move(LearnerId creator, CourseCode code, String occurrenceId, Instant newStart) {
        return change(creator, code, occurrenceId, Optional.of(newStart));
    }

    public OccurrenceChangeOutcome cancel(LearnerId creator, CourseCode code, String occurrenceId) {
        return change(creator, code, occurrenceId, Optional.empty());
    }

    private OccurrenceChangeOutcome change(LearnerId creator, CourseCode code, String occurrenceId, Optional<Instant> newStart) {
        Optional<Course> course = courses.find(code);
        if (course.isEmpty()) {
            return new OccurrenceChangeOutcome.Unknown();
        }
        if (!course.get().isEditableBy(creator)) {
            return new OccurrenceChangeOutcome.NotTheCreator();
        }
        Optional<ScheduledOccurrence> before = occurrences.find(course.get(), occurrenceId);
        if (before.isEmpty()) {
            return new OccurrenceChangeOutcome.Unknown();
        }
        Instant now = clock.instant();
        if (!before.get().occurrence().start().isAfter(now)) {
            return new OccurrenceChangeOutcome.AlreadyStarted(before.get());
        }
        if (newStart.isPresent()) {
            if (!newStart.get().isAfter(now)) {
                return new OccurrenceChangeOutcome.InThePast(newStart.get());
            }
            var moved = before.get().occurrence().movedTo(newStart.get());
            for (ScheduledOccurrence other : occurrences.of(course.get())) {
                if (!other.occurrence().id().equals(occurrenceId) && other.occurrence().start().isBefore(moved.end())
                        && moved.start().isBefore(other.occurrence().end())) {
                    return new OccurrenceChangeOutcome.Overlaps(other);
                }
            }
            if (moved.start().equals(before.get().occurrence().start())) {
                return new OccurrenceChangeOutcome.Changed(before.get(), newStart, 0);
            }
        }
        changes.save(newStart.map(start -> OccurrenceChange.moved(code, occurrenceId, start, now))
                .orElseGet(() -> OccurrenceChange.cancelled(code, occurrenceId, now)));
        nudges.withdrawEveryone(course.get(), before.get(), newStart.isPresent() ? "moved to " + newStart.get() : "cancelled");
        nudges.refreshEveryone(course.get());
        events.occurrenceChanged(course.get(), before.get());
        int notified = 0;
        for (RsvpRecord rsvp : rsvps.ofOccurrence(code, occurrenceId)) {
            deliveries.plan(DeliveryPlan.of(DeliveryKey.of("live-changed", Long.toString(rsvp.learner().value()), code.value(),
                            occurrenceId, Long.toString(now.getEpochSecond())),
                    Recipient.learner(rsvp.learner().value()), DeliveryKind.SESSION_CHANGED, now,
                    payload(before.get(), newStart)).sendBy(before.get().occurrence().start()));
            notified++;
        }
        return new OccurrenceChangeOutcome.Changed(before.get(), newStart, notified);
    }

    private static Map<String, String> payload(ScheduledOccurrence before, Optional<Instant> newStart) {
        Map<String, String> payload = new HashMap<>();
        payload.put("course", before.course().code().value());
        payload.put("occurrence", before.occurrence().id());
        payload.put("title", before.session().title());
        payload.put("oldStart", before.occurrence().start().toString());
        newStart.ifPresent(start -> payload.put("newStart", start.toString()));
        return payload;
    }
}
