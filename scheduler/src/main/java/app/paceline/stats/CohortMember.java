package app.paceline.stats;

import app.paceline.course.Enrollment;
import app.paceline.learner.LearnerId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One learner of a course (still in it, or left) as the statistics see them at one instant, keyed by their Telegram
 * user id, which never changes. The rules:
 *
 * <ul>
 *   <li><b>Challenge days</b> ({@link DayState}), in the learner's zone (the course's until they chose one): a day is
 *       <i>done</i> when it was marked done before the end of the local date it was released on, <i>late</i> (caught
 *       up) when it was marked done after that date, <i>today</i> when it was released on the learner's local today
 *       and is not done yet, <i>behind</i> when it was released on an earlier date and is not done, and <i>not
 *       released</i> otherwise. The release date is the one the learner's enrollment gives now: a pause moves the
 *       dates of the days that follow it.</li>
 *   <li><b>Silent</b> in a challenge: not paused, some released day not done, and no day marked done in the last
 *       {@link CohortReading#SILENT_AFTER} (3 days), counting from their first day's release when they never did one.
 *       In the per-day counts, the open days of a silent learner count as silent instead of today or behind.</li>
 *   <li><b>Assignments</b> ({@link AssignmentState}): done; planned (time booked ahead of now); overdue (past the
 *       deadline); at risk (nothing booked ahead and the time left came down to the effort plus a day, as for the
 *       learner's at-risk nudge); upcoming (not open yet); open (the rest).</li>
 *   <li><b>Sessions</b>: the learner's RSVP for each occurrence, and for occurrences whose recording was posted,
 *       whether they marked it watched.</li>
 * </ul>
 *
 * @param name        the first name Telegram gave us; may be empty
 * @param assignments by assignment id, in course order
 * @param challenges  by challenge id, in course order; only challenges the learner ever joined
 * @param answers     by occurrence id, for the occurrences the statistics cover
 * @param watched     by occurrence id, for the covered occurrences whose recording was posted
 */
public record CohortMember(LearnerId id, String name, Enrollment enrollment, Map<String, AssignmentState> assignments,
                           Map<String, ChallengePart> challenges, Map<String, SessionAnswer> answers,
                           Map<String, Boolean> watched) {

    /** The learner in one challenge: whether they are still in it, paused or silent, and each day's state (day 1 first). */
    public record ChallengePart(boolean active, boolean paused, boolean silent, List<DayState> days) {

        public ChallengePart {
            days = List.copyOf(days);
        }

        /** Released days not done, on earlier dates. */
        public int behind() {
            return (int) days.stream().filter(DayState.BEHIND::equals).count();
        }

        public boolean finished() {
            return !days.isEmpty() && days.stream().allMatch(day -> day == DayState.DONE || day == DayState.LATE);
        }

        public DayState day(int day) {
            return days.get(day - 1);
        }
    }

    public CohortMember {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        Objects.requireNonNull(enrollment, "enrollment");
        assignments = Collections.unmodifiableMap(new LinkedHashMap<>(assignments));
        challenges = Collections.unmodifiableMap(new LinkedHashMap<>(challenges));
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        watched = Collections.unmodifiableMap(new LinkedHashMap<>(watched));
    }

    /** Still in the course: only they count in current figures. */
    public boolean active() {
        return enrollment.isActive();
    }

    public int count(AssignmentState state) {
        return (int) assignments.values().stream().filter(state::equals).count();
    }

    /** Days behind over all challenges they are still in. */
    public int behindDays() {
        return challenges.values().stream().filter(ChallengePart::active).mapToInt(ChallengePart::behind).sum();
    }

    /** Silent in a challenge they are still in. */
    public boolean silent() {
        return challenges.values().stream().anyMatch(part -> part.active() && part.silent());
    }
}
