package app.paceline.session;

import app.paceline.course.Course;
import app.paceline.course.CourseCode;
import app.paceline.course.Courses;
import app.paceline.course.Occurrence;
import app.paceline.course.Session;
import app.paceline.delivery.DeliveryKey;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.DeliveryPlan;
import app.paceline.delivery.PlannedDeliveries;
import app.paceline.delivery.Recipient;
import app.paceline.learner.LearnerId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A course's creator moves or cancels one occurrence of a session, or adds an extra one, in chat. Everyone's nudges
 * for the old time are withdrawn and planned again by key for the new one, and every learner who had answered for
 * it is told (until the new start, or the old one when cancelled: a late notice is dropped, never sent). An added
 * occurrence is named by its session and course-local day like the file's ({@code qa@2026-12-12}), so a session
 * has at most one occurrence per day; its nudges are planned for every learner of the course.
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
            Optional<ScheduledOccurrence> overlapped = overlapping(course.get(), moved);
            if (overlapped.isPresent()) {
                return new OccurrenceChangeOutcome.Overlaps(overlapped.get());
            }
            if (moved.start().equals(before.get().occurrence().start())) {
                return new OccurrenceChangeOutcome.Changed(before.get(), newStart, 0);
            }
        }
        boolean added = before.get().added();
        changes.save(newStart.map(start -> added ? OccurrenceChange.added(code, occurrenceId, start, now)
                        : OccurrenceChange.moved(code, occurrenceId, start, now))
                .orElseGet(() -> OccurrenceChange.cancelled(code, occurrenceId, now)));
        nudges.withdrawEveryone(course.get(), before.get(), newStart.isPresent() ? "moved to " + newStart.get() : "cancelled");
        nudges.refreshEveryone(course.get());
        events.occurrenceChanged(course.get(), before.get());
        int notified = 0;
        for (RsvpRecord rsvp : rsvps.ofOccurrence(code, occurrenceId)) {
            if (!nudges.isEnrolled(rsvp.learner(), code)) {
                continue; // answered, then left the course
            }
            deliveries.plan(DeliveryPlan.of(DeliveryKey.of("live-changed", Long.toString(rsvp.learner().value()), code.value(),
                            occurrenceId, Long.toString(now.getEpochSecond())),
                    Recipient.learner(rsvp.learner().value()), DeliveryKind.SESSION_CHANGED, now,
                    payload(before.get(), newStart)).sendBy(newStart.orElse(before.get().occurrence().start())));
            notified++;
        }
        return new OccurrenceChangeOutcome.Changed(before.get(), newStart, notified);
    }

    /**
     * Adds an extra occurrence of one of the course's sessions, starting at {@code start}, for the session's duration.
     * Refused in the past, on a course-local day that already has an occurrence of this session (even a cancelled or
     * moved one), and on top of another occurrence of the course.
     */
    public OccurrenceChangeOutcome add(LearnerId creator, CourseCode code, String sessionId, Instant start) {
        Optional<Course> course = courses.find(code);
        if (course.isEmpty()) {
            return new OccurrenceChangeOutcome.Unknown();
        }
        if (!course.get().isEditableBy(creator)) {
            return new OccurrenceChangeOutcome.NotTheCreator();
        }
        Optional<Session> session = course.get().session(sessionId);
        if (session.isEmpty()) {
            return new OccurrenceChangeOutcome.Unknown();
        }
        Instant now = clock.instant();
        if (!start.isAfter(now)) {
            return new OccurrenceChangeOutcome.InThePast(start);
        }
        LocalDate day = start.atZone(course.get().zone()).toLocalDate();
        String occurrenceId = session.get().occurrenceId(day);
        boolean inFile = session.get().localStarts().stream().anyMatch(local -> local.toLocalDate().equals(day));
        boolean recorded = changes.ofCourse(code).stream().anyMatch(change -> change.occurrenceId().equals(occurrenceId));
        if (inFile || recorded) {
            return new OccurrenceChangeOutcome.DayTaken(occurrenceId, day, occurrences.find(course.get(), occurrenceId));
        }
        var occurrence = new ScheduledOccurrence(course.get(), session.get(),
                new Occurrence(occurrenceId, sessionId, start, session.get().duration()), false, true);
        Optional<ScheduledOccurrence> overlapped = overlapping(course.get(), occurrence.occurrence());
        if (overlapped.isPresent()) {
            return new OccurrenceChangeOutcome.Overlaps(overlapped.get());
        }
        changes.save(OccurrenceChange.added(code, occurrenceId, start, now));
        nudges.refreshEveryone(course.get(), occurrence);
        events.occurrenceAdded(course.get(), occurrence);
        return new OccurrenceChangeOutcome.Added(occurrence);
    }

    /** Another occurrence of the course that runs at the same time as {@code occurrence}. */
    private Optional<ScheduledOccurrence> overlapping(Course course, Occurrence occurrence) {
        return occurrences.of(course).stream()
                .filter(other -> !other.occurrence().id().equals(occurrence.id())
                        && other.occurrence().start().isBefore(occurrence.end()) && occurrence.start().isBefore(other.occurrence().end()))
                .findFirst();
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
