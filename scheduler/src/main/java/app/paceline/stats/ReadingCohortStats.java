package app.paceline.stats;

import app.paceline.course.Assignment;
import app.paceline.course.Challenge;
import app.paceline.course.Course;
import app.paceline.course.CourseCode;
import app.paceline.learner.LearnerId;
import app.paceline.session.ScheduledOccurrence;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@code /stats}: a course's statistics at the clock's now, for its creator or a co-creator only. */
public final class ReadingCohortStats {

    /** This many challenge days behind (or more) puts a learner on the at-risk list. */
    public static final int BEHIND_AT_RISK = 2;

    private final CohortReading reading;
    private final Clock clock;

    public ReadingCohortStats(CohortReading reading, Clock clock) {
        this.reading = reading;
        this.clock = clock;
    }

    /** The courses {@code user} may see the statistics of, by code. */
    public List<Course> coursesOf(LearnerId user) {
        return reading.coursesOf(user);
    }

    /** The course, when {@code user} may see its statistics; empty for someone else's course and for none alike. */
    public Optional<Course> course(LearnerId user, CourseCode code) {
        return reading.course(user, code);
    }

    /** The statistics, or empty when there is no such course or {@code user} may not see it (the same answer). */
    public Optional<CohortStats> of(LearnerId user, CourseCode code) {
        return reading.course(user, code).map(course -> of(reading.read(course, clock.instant())));
    }

    /** The figures of a cohort read already. */
    public static CohortStats of(Cohort cohort) {
        Course course = cohort.course();
        List<CohortMember> active = cohort.active();
        List<CohortStats.ChallengeStats> challenges = new ArrayList<>();
        for (Challenge challenge : course.challenges()) {
            List<CohortMember.ChallengePart> parts = active.stream().map(m -> m.challenges().get(challenge.id()))
                    .filter(part -> part != null && part.active()).toList();
            List<CohortStats.DayCounts> days = new ArrayList<>();
            for (int day = 1; day <= challenge.days().size(); day++) {
                int released = 0;
                int done = 0;
                int late = 0;
                int today = 0;
                int behind = 0;
                int silent = 0;
                for (CohortMember.ChallengePart part : parts) {
                    DayState state = part.day(day);
                    if (state == DayState.NOT_RELEASED) {
                        continue;
                    }
                    released++;
                    if (state == DayState.DONE) {
                        done++;
                    } else if (state == DayState.LATE) {
                        late++;
                    } else if (part.silent()) {
                        silent++;
                    } else if (state == DayState.TODAY) {
                        today++;
                    } else {
                        behind++;
                    }
                }
                days.add(new CohortStats.DayCounts(day, released, done, late, today, behind, silent));
            }
            challenges.add(new CohortStats.ChallengeStats(challenge, parts.size(),
                    (int) parts.stream().filter(CohortMember.ChallengePart::silent).count(),
                    (int) parts.stream().filter(CohortMember.ChallengePart::finished).count(), days));
        }
        List<CohortStats.AssignmentStats> assignments = new ArrayList<>();
        for (Assignment assignment : course.assignments()) {
            int[] counts = new int[AssignmentState.values().length];
            active.forEach(m -> counts[m.assignments().get(assignment.id()).ordinal()]++);
            assignments.add(new CohortStats.AssignmentStats(assignment, counts[AssignmentState.DONE.ordinal()],
                    counts[AssignmentState.PLANNED.ordinal()], counts[AssignmentState.OPEN.ordinal()],
                    counts[AssignmentState.UPCOMING.ordinal()], counts[AssignmentState.AT_RISK.ordinal()],
                    counts[AssignmentState.OVERDUE.ordinal()]));
        }
        List<CohortStats.SessionStats> sessions = new ArrayList<>();
        for (ScheduledOccurrence occurrence : cohort.occurrences()) {
            String id = occurrence.occurrence().id();
            int[] counts = new int[SessionAnswer.values().length];
            active.forEach(m -> counts[m.answers().get(id).ordinal()]++);
            Optional<Integer> watched = cohort.replayed().contains(id)
                    ? Optional.of((int) active.stream().filter(m -> m.watched().getOrDefault(id, false)).count())
                    : Optional.empty();
            sessions.add(new CohortStats.SessionStats(occurrence, counts[SessionAnswer.LIVE.ordinal()],
                    counts[SessionAnswer.REPLAY.ordinal()], counts[SessionAnswer.CANT.ordinal()],
                    counts[SessionAnswer.NONE.ordinal()], watched));
        }
        List<CohortStats.AtRiskLearner> atRisk = active.stream()
                .map(m -> new CohortStats.AtRiskLearner(m.id(), m.name(), m.count(AssignmentState.AT_RISK),
                        m.count(AssignmentState.OVERDUE), m.behindDays(), m.silent()))
                .filter(l -> l.atRisk() > 0 || l.overdue() > 0 || l.silent() || l.behindDays() >= BEHIND_AT_RISK)
                .sorted(Comparator.comparing((CohortStats.AtRiskLearner l) -> !l.silent())
                        .thenComparing(l -> -(l.atRisk() + l.overdue()))
                        .thenComparing(l -> -l.behindDays())
                        .thenComparing(l -> l.id().value()))
                .toList();
        return new CohortStats(course, cohort.at(), active.size(), cohort.members().size() - active.size(), challenges,
                assignments, sessions, atRisk);
    }
}
