package app.paceline.calendar;

import app.paceline.course.Assignment;
import app.paceline.course.Course;
import app.paceline.course.CourseCode;
import app.paceline.course.DeadlineWindow;
import app.paceline.delivery.DeliveryDecision;
import app.paceline.delivery.DeliveryDecision.Verdict;
import app.paceline.delivery.DeliveryKey;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.DeliveryPlan;
import app.paceline.delivery.PlannedDeliveries;
import app.paceline.delivery.Recipient;
import app.paceline.delivery.Replannable;
import app.paceline.learner.LearnerId;
import app.paceline.session.CourseOccurrences;
import app.paceline.session.OccurrenceChange;
import app.paceline.session.OccurrenceChanges;
import app.paceline.session.ScheduledOccurrence;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Optional;

/**
 * The nudges an assignment earns, planned (or withdrawn) whenever its state changes: deadline reminders
 * ({@link #DEADLINE_OFFSETS} before the due time) for unfinished work, and one at-risk nudge for work neither done
 * nor booked when the time left comes down to the effort plus a day of slack (Open edX's "days left equals days
 * needed", with the effort measured in hours). Finished work gets silence.
 */
public final class PlanningNudges {

    /** Deadline reminders, this long before the due time. */
    public static final List<Duration> DEADLINE_OFFSETS = List.of(Duration.ofHours(24), Duration.ofHours(2));
    /** Slack on top of the effort before the at-risk nudge. */
    static final Duration SLACK = Duration.ofDays(1);
    /** Work that comes at risk this soon after another is told about in the same at-risk nudge. */
    static final Duration TOLD_TOGETHER = Duration.ofDays(1);
    /** At-risk nudges due at the same time for one learner go out as one message. */
    public static final String RISK_BUNDLE = "risk";

    private final LearnerAssignments assignments;
    private final PlannedDeliveries deliveries;
    private final CourseOccurrences occurrences;
    private final Clock clock;

    /** Without the creators' one-off changes to sessions: prep nudges follow the course file's occurrences. */
    public PlanningNudges(LearnerAssignments assignments, PlannedDeliveries deliveries, Clock clock) {
        this(assignments, deliveries, new CourseOccurrences(NO_CHANGES), clock);
    }

    public PlanningNudges(LearnerAssignments assignments, PlannedDeliveries deliveries, CourseOccurrences occurrences, Clock clock) {
        this.assignments = assignments;
        this.deliveries = deliveries;
        this.occurrences = occurrences;
        this.clock = clock;
    }

    private static final OccurrenceChanges NO_CHANGES = new OccurrenceChanges() {
        @Override
        public List<OccurrenceChange> ofCourse(CourseCode course) {
            return List.of();
        }

        @Override
        public void save(OccurrenceChange change) {
            throw new UnsupportedOperationException("read only");
        }
    };

    /** After joining a course: the nudges of every assignment in it. */
    public void refreshCourse(LearnerId learner, CourseCode code) {
        assignments.inCourse(learner, code).forEach(this::replan);
    }

    /** After a booking, a move or "done": the nudges of that assignment. */
    public void refresh(AssignmentRef ref) {
        assignments.find(ref).ifPresent(this::replan);
    }

    /**
     * What an at-risk nudge about {@code told} should say: every piece of the learner's work that is at risk now or
     * will be within {@link #TOLD_TOGETHER} (not done, nothing booked ahead, still doable before its deadline),
     * earliest deadline first. The others' own at-risk nudges are withdrawn, so that each piece of work is nudged
     * once and the learner gets one message instead of several on consecutive days. Empty when none of
     * {@code told} is at risk any more (booked or done since the nudge was planned).
     */
    public List<LearnerAssignments.Standing> atRiskTogether(LearnerId learner, Set<AssignmentRef> told) {
        Instant now = clock.instant();
        List<LearnerAssignments.Standing> atRisk = assignments.of(learner).stream()
                .filter(standing -> isAtRiskBy(standing, now, now.plus(TOLD_TOGETHER)))
                .sorted(Comparator.comparing((LearnerAssignments.Standing standing) -> standing.window().due())
                        .thenComparing(standing -> standing.ref().key()))
                .toList();
        if (atRisk.stream().noneMatch(standing -> told.contains(standing.ref()))) {
            return List.of();
        }
        String toldKeys = told.stream().map(AssignmentRef::key).sorted().collect(Collectors.joining(", "));
        for (LearnerAssignments.Standing standing : atRisk) {
            if (!told.contains(standing.ref())) {
                deliveries.cancel(riskKey(standing.ref()),
                        new DeliveryDecision(now, Verdict.CANCELLED, "told together with " + toldKeys));
            }
        }
        return atRisk;
    }

    /**
     * When unfinished work with nothing booked ahead comes at risk: its effort plus a day of slack before its due
     * time (what the at-risk nudge is planned for; course statistics count it the same way).
     */
    public static Instant atRiskFrom(DeadlineWindow window, Duration effort) {
        return window.due().minus(effort).minus(SLACK);
    }

    private static boolean isAtRiskBy(LearnerAssignments.Standing standing, Instant now, Instant by) {
        AssignmentProgress progress = standing.progress();
        Duration effort = standing.assignment().effort();
        boolean bookedAhead = progress.slots().stream().anyMatch(slot -> slot.start().isAfter(now));
        Instant stillUseful = standing.window().due().minus(effort);
        Instant atRisk = stillUseful.minus(SLACK);
        return !progress.isDone() && !bookedAhead && stillUseful.isAfter(now) && !atRisk.isAfter(by);
    }

    /** Cancels every nudge of an assignment (the learner left, or the assignment is gone). */
    public void withdraw(AssignmentRef ref, DeliveryDecision why) {
        for (Duration offset : DEADLINE_OFFSETS) {
            deliveries.cancel(deadlineKey(ref, offset), why);
        }
        deliveries.cancel(riskKey(ref), why);
        Replannable.cancel(deliveries, prepKey(ref), why);
    }

    private static DeliveryKey prepKey(AssignmentRef ref) {
        return DeliveryKey.of("prep", ref.key());
    }

    /**
     * The flipped classroom: when the assignment is the prep of a live session, one nudge early enough to do it
     * before the next occurrence (its effort plus a day of slack before the start, or when it opens if later),
     * unless it is done or time is booked for it before that occurrence. Creators' one-off moves count when the
     * nudge is planned (on join, booking, done, re-import).
     */
    private void replanPrep(Course course, Assignment assignment, DeadlineWindow window, AssignmentProgress progress, Instant now) {
        DeliveryKey key = prepKey(progress.ref());
        Optional<ScheduledOccurrence> next = occurrences.of(course).stream()
                .filter(o -> o.session().prep().filter(assignment.id()::equals).isPresent())
                .filter(o -> o.occurrence().start().minus(assignment.effort()).isAfter(now))
                .filter(o -> window.opens().isBefore(o.occurrence().start().minus(assignment.effort())))
                .findFirst();
        boolean bookedBefore = next.isPresent() && progress.slots().stream()
                .anyMatch(slot -> slot.start().isAfter(now) && !slot.end().isAfter(next.get().occurrence().start()));
        if (progress.isDone() || next.isEmpty() || bookedBefore) {
            Replannable.cancel(deliveries, key, new DeliveryDecision(now, Verdict.CANCELLED,
                    progress.isDone() ? "the work is done" : bookedBefore ? "time is booked before the session" : "no session needs it"));
            return;
        }
        Instant start = next.get().occurrence().start();
        Instant latest = start.minus(assignment.effort());
        Instant at = latest.minus(SLACK);
        if (at.isBefore(window.opens())) {
            at = window.opens();
        }
        Map<String, String> payload = Map.of(
                "course", course.code().value(),
                "assignment", assignment.id(),
                "title", assignment.title(),
                "effortMinutes", Long.toString(assignment.effort().toMinutes()),
                "session", next.get().session().title(),
                "sessionStart", start.toString());
        Replannable.plan(deliveries, DeliveryPlan.of(key, Recipient.learner(progress.ref().learner().value()), DeliveryKind.PREP_NUDGE,
                at.isAfter(now) ? at : now, payload).sendBy(latest));
    }

    private static DeliveryKey deadlineKey(AssignmentRef ref, Duration offset) {
        return DeliveryKey.of("deadline", ref.key(), offset.toString());
    }

    private static DeliveryKey riskKey(AssignmentRef ref) {
        return DeliveryKey.of("risk", ref.key());
    }

    private void replan(LearnerAssignments.Standing standing) {
        replan(standing.course(), standing.assignment(), standing.window(), standing.progress());
    }

    void replan(Course course, Assignment assignment, DeadlineWindow window, AssignmentProgress progress) {
        Instant now = clock.instant();
        AssignmentRef ref = progress.ref();
        var recipient = Recipient.learner(ref.learner().value());
        Map<String, String> payload = Map.of(
                "course", course.code().value(),
                "assignment", assignment.id(),
                "title", assignment.title(),
                "effortMinutes", Long.toString(assignment.effort().toMinutes()),
                "due", window.due().toString());
        for (Duration offset : DEADLINE_OFFSETS) {
            DeliveryKey key = deadlineKey(ref, offset);
            Instant at = window.due().minus(offset);
            if (progress.isDone()) {
                deliveries.cancel(key, new DeliveryDecision(now, Verdict.CANCELLED, "the work is done"));
            } else if (at.isAfter(now)) {
                deliveries.plan(DeliveryPlan.of(key, recipient, DeliveryKind.DEADLINE_REMINDER, at, payload).sendBy(window.due()));
            } else {
                // The deadline moved (a re-import) so that this reminder's time has passed: one planned for the old
                // deadline must not come.
                deliveries.waiting(key).filter(waiting -> !waiting.plan().due().equals(at))
                        .ifPresent(stale -> deliveries.cancel(key, new DeliveryDecision(now, Verdict.CANCELLED, "the deadline moved")));
            }
        }
        replanPrep(course, assignment, window, progress, now);
        DeliveryKey risk = riskKey(ref);
        boolean booked = progress.slots().stream().anyMatch(slot -> slot.start().isAfter(now));
        Instant atRisk = window.due().minus(assignment.effort()).minus(SLACK);
        Instant stillUseful = window.due().minus(assignment.effort());
        if (progress.isDone() || booked) {
            deliveries.cancel(risk, new DeliveryDecision(now, Verdict.CANCELLED, progress.isDone() ? "the work is done" : "time is booked"));
        } else if (stillUseful.isAfter(now)) {
            deliveries.plan(DeliveryPlan.of(risk, recipient, DeliveryKind.AT_RISK_NUDGE, atRisk.isAfter(now) ? atRisk : now, payload)
                    .sendBy(stillUseful).bundledAs(RISK_BUNDLE));
        }
    }
}
