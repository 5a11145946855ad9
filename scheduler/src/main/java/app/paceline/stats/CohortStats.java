package app.paceline.stats;

import app.paceline.course.Assignment;
import app.paceline.course.Challenge;
import app.paceline.course.Course;
import app.paceline.learner.LearnerId;
import app.paceline.session.ScheduledOccurrence;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How a course's learners stand at {@code at}: current figures count only learners still in the course
 * ({@code learners}; {@code left} is how many left). States are defined in {@link CohortMember}.
 *
 * @param atRisk learners who need a nudge, most in need first (see {@link AtRiskLearner})
 */
public record CohortStats(Course course, Instant at, int learners, int left, List<ChallengeStats> challenges,
                          List<AssignmentStats> assignments, List<SessionStats> sessions, List<AtRiskLearner> atRisk) {

    public CohortStats {
        challenges = List.copyOf(challenges);
        assignments = List.copyOf(assignments);
        sessions = List.copyOf(sessions);
        atRisk = List.copyOf(atRisk);
    }

    /**
     * One challenge day over the learners it was released to: {@code done + late + today + behind + silent ==
     * released}. A silent learner's open day counts as {@code silent}, not as {@code today} or {@code behind}.
     */
    public record DayCounts(int day, int released, int done, int late, int today, int behind, int silent) {
    }

    /**
     * One challenge: its learners still in it, how many of them are silent and finished, and one count per day
     * (day 1 first, every day of the challenge).
     */
    public record ChallengeStats(Challenge challenge, int learners, int silent, int finished, List<DayCounts> days) {

        public ChallengeStats {
            days = List.copyOf(days);
        }

        /** The most days released to any learner; the days after it are empty. */
        public int releasedDays() {
            return days.stream().filter(day -> day.released() > 0).mapToInt(DayCounts::day).max().orElse(0);
        }
    }

    /** One assignment over the learners: each learner is in exactly one of the counts. */
    public record AssignmentStats(Assignment assignment, int done, int planned, int open, int upcoming, int atRisk,
                                  int overdue) {
    }

    /**
     * One occurrence of a live session: the RSVPs of the learners, and when its recording was posted, how many marked
     * it watched.
     */
    public record SessionStats(ScheduledOccurrence occurrence, int live, int replay, int cant, int none,
                               Optional<Integer> watched) {

        public boolean started(Instant now) {
            return !occurrence.occurrence().start().isAfter(now);
        }
    }

    /**
     * A learner who could use a nudge: some assignment at risk or overdue, silent in a challenge, or {@link
     * ReadingCohortStats#BEHIND_AT_RISK} or more challenge days behind.
     *
     * @param name may be empty; only ever shown to the course's creators in private
     */
    public record AtRiskLearner(LearnerId id, String name, int atRisk, int overdue, int behindDays, boolean silent) {
    }
}
