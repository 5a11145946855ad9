package app.paceline.stats;

import app.paceline.calendar.AssignmentProgress;
import app.paceline.calendar.AssignmentProgresses;
import app.paceline.calendar.AssignmentRef;
import app.paceline.calendar.PlanningNudges;
import app.paceline.challenge.ChallengeEnrollment;
import app.paceline.challenge.ChallengeEnrollments;
import app.paceline.course.Assignment;
import app.paceline.course.Challenge;
import app.paceline.course.Course;
import app.paceline.course.CourseCode;
import app.paceline.course.Courses;
import app.paceline.course.DeadlineWindow;
import app.paceline.course.Enrollment;
import app.paceline.course.Enrollments;
import app.paceline.learner.Learner;
import app.paceline.learner.LearnerId;
import app.paceline.learner.Learners;
import app.paceline.session.CourseOccurrences;
import app.paceline.session.Replay;
import app.paceline.session.Replays;
import app.paceline.session.RsvpRecord;
import app.paceline.session.Rsvps;
import app.paceline.session.ScheduledOccurrence;
import app.paceline.session.WatchedReplays;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads one course's learners from the stores the features keep, by the rules of {@link CohortMember}, and finds the
 * courses a user may see the statistics of. Shared by {@link ReadingCohortStats}, {@link ExportingCohort} and
 * {@link NudgingLearner}.
 */
public final class CohortReading {

    /** A learner who did no challenge day for this long, while days wait for them, is silent. */
    public static final Duration SILENT_AFTER = Duration.ofDays(3);
    /** Besides the occurrences that started, those starting within this long are covered (their RSVPs so far). */
    public static final Duration SESSIONS_AHEAD = Duration.ofDays(7);

    private final Courses courses;
    private final Enrollments enrollments;
    private final Learners learners;
    private final AssignmentProgresses progresses;
    private final ChallengeEnrollments challengeEnrollments;
    private final CourseOccurrences occurrences;
    private final Rsvps rsvps;
    private final Replays replays;
    private final WatchedReplays watched;

    public CohortReading(Courses courses, Enrollments enrollments, Learners learners, AssignmentProgresses progresses,
                         ChallengeEnrollments challengeEnrollments, CourseOccurrences occurrences, Rsvps rsvps,
                         Replays replays, WatchedReplays watched) {
        this.courses = courses;
        this.enrollments = enrollments;
        this.learners = learners;
        this.progresses = progresses;
        this.challengeEnrollments = challengeEnrollments;
        this.occurrences = occurrences;
        this.rsvps = rsvps;
        this.replays = replays;
        this.watched = watched;
    }

    /** The courses whose statistics {@code user} may see, by code. */
    public List<Course> coursesOf(LearnerId user) {
        return courses.createdBy(user).stream().filter(course -> course.isEditableBy(user))
                .sorted(Comparator.comparing(course -> course.code().value())).toList();
    }

    /**
     * The course, when {@code user} may see its statistics (its creator or a co-creator); empty for a course that
     * does not exist and for someone else's alike, so that a stranger learns nothing.
     */
    public Optional<Course> course(LearnerId user, CourseCode code) {
        return courses.find(code).filter(course -> course.isEditableBy(user));
    }

    /** Every learner who ever enrolled in {@code course}, as they stand at {@code now}, by user id. */
    public Cohort read(Course course, Instant now) {
        List<ScheduledOccurrence> covered = occurrences.of(course).stream()
                .filter(o -> o.occurrence().start().isBefore(now.plus(SESSIONS_AHEAD)))
                .toList();
        Set<String> coveredIds = covered.stream().map(o -> o.occurrence().id()).collect(Collectors.toSet());
        Set<String> replayed = replays.ofCourse(course.code()).stream().map(Replay::occurrenceId)
                .filter(coveredIds::contains).collect(Collectors.toSet());
        Map<String, Map<LearnerId, SessionAnswer>> answers = new HashMap<>();
        for (ScheduledOccurrence occurrence : covered) {
            Map<LearnerId, SessionAnswer> byLearner = new HashMap<>();
            for (RsvpRecord rsvp : rsvps.ofOccurrence(course.code(), occurrence.occurrence().id())) {
                byLearner.put(rsvp.learner(), SessionAnswer.valueOf(rsvp.answer().name()));
            }
            answers.put(occurrence.occurrence().id(), byLearner);
        }
        Map<String, Map<LearnerId, ChallengeEnrollment>> inChallenges = new LinkedHashMap<>();
        for (Challenge challenge : course.challenges()) {
            inChallenges.put(challenge.id(), challengeEnrollments.ofChallenge(course.code(), challenge.id()).stream()
                    .collect(Collectors.toMap(ChallengeEnrollment::learner, e -> e, (a, b) -> b)));
        }
        List<CohortMember> members = new ArrayList<>();
        List<Enrollment> all = new ArrayList<>(enrollments.ofCourse(course.code()));
        all.sort(Comparator.comparingLong(e -> e.learner().value()));
        for (Enrollment enrollment : all) {
            LearnerId id = enrollment.learner();
            Optional<Learner> learner = learners.find(id);
            ZoneId zone = learner.flatMap(Learner::timeZone).orElse(course.zone());
            Map<String, AssignmentState> assignmentStates = new LinkedHashMap<>();
            for (Assignment assignment : course.assignments()) {
                AssignmentRef ref = new AssignmentRef(id, course.code(), assignment.id());
                AssignmentProgress progress = progresses.find(ref).orElseGet(() -> AssignmentProgress.untouched(ref));
                assignmentStates.put(assignment.id(), assignmentState(assignment,
                        assignment.window().resolve(course.zone(), enrollment.joinedAt()), progress, now));
            }
            Map<String, CohortMember.ChallengePart> parts = new LinkedHashMap<>();
            for (Challenge challenge : course.challenges()) {
                ChallengeEnrollment in = inChallenges.get(challenge.id()).get(id);
                if (in != null) {
                    parts.put(challenge.id(), part(challenge, in, zone, now, enrollment.isActive()));
                }
            }
            Map<String, SessionAnswer> sessionAnswers = new LinkedHashMap<>();
            Map<String, Boolean> watches = new LinkedHashMap<>();
            for (ScheduledOccurrence occurrence : covered) {
                String occurrenceId = occurrence.occurrence().id();
                sessionAnswers.put(occurrenceId, answers.get(occurrenceId).getOrDefault(id, SessionAnswer.NONE));
                if (replayed.contains(occurrenceId)) {
                    watches.put(occurrenceId, watched.find(course.code(), occurrenceId, id).isPresent());
                }
            }
            members.add(new CohortMember(id, learner.map(Learner::firstName).orElse(""), enrollment, assignmentStates,
                    parts, sessionAnswers, watches));
        }
        return new Cohort(course, now, covered, replayed, members);
    }

    static AssignmentState assignmentState(Assignment assignment, DeadlineWindow window, AssignmentProgress progress, Instant now) {
        if (progress.isDone()) {
            return AssignmentState.DONE;
        }
        if (progress.slots().stream().anyMatch(slot -> slot.start().isAfter(now))) {
            return AssignmentState.PLANNED;
        }
        if (!now.isBefore(window.due())) {
            return AssignmentState.OVERDUE;
        }
        if (!now.isBefore(PlanningNudges.atRiskFrom(window, assignment.effort()))) {
            return AssignmentState.AT_RISK;
        }
        return now.isBefore(window.opens()) ? AssignmentState.UPCOMING : AssignmentState.OPEN;
    }

    static CohortMember.ChallengePart part(Challenge challenge, ChallengeEnrollment enrollment, ZoneId zone, Instant now,
                                           boolean inCourse) {
        int days = challenge.days().size();
        int released = Math.min(enrollment.released(), days);
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<DayState> states = new ArrayList<>();
        Instant lastDone = null;
        boolean open = false;
        for (int day = 1; day <= days; day++) {
            Instant doneAt = enrollment.done().get(day);
            LocalDate releasedOn = enrollment.dateOf(day);
            if (doneAt != null) {
                boolean onTime = doneAt.isBefore(releasedOn.plusDays(1).atStartOfDay(zone).toInstant());
                states.add(onTime ? DayState.DONE : DayState.LATE);
                lastDone = lastDone == null || doneAt.isAfter(lastDone) ? doneAt : lastDone;
            } else if (day > released) {
                states.add(DayState.NOT_RELEASED);
            } else {
                open = true;
                states.add(releasedOn.isBefore(today) ? DayState.BEHIND : DayState.TODAY);
            }
        }
        Instant quietSince = lastDone != null ? lastDone : enrollment.releaseOf(1, challenge, zone);
        boolean silent = open && !enrollment.isPaused() && !quietSince.plus(SILENT_AFTER).isAfter(now);
        return new CohortMember.ChallengePart(inCourse && enrollment.isActive(), enrollment.isPaused(), silent, states);
    }
}
