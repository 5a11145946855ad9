package app.paceline.stats;

import app.paceline.course.Assignment;
import app.paceline.course.Challenge;
import app.paceline.course.CourseCode;
import app.paceline.learner.LearnerId;
import app.paceline.session.ScheduledOccurrence;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code /export}: a course's learners as a table ({@link CohortTable}), for its creator or a co-creator only.
 *
 * <p>One row per learner who ever enrolled, sorted by Telegram user id, so that a learner who leaves never moves
 * anyone else's row; they keep theirs, marked {@code left}. Columns, in this order:
 * <ul>
 *   <li>{@code learner_id} (the Telegram user id, stable), {@code name} (their first name; may be empty),
 *       {@code status} ({@code active} or {@code left}), {@code joined_at}, {@code left_at} (ISO-8601 UTC; empty
 *       while in the course);</li>
 *   <li>{@code assignment:<id>} per assignment, in course order: {@code done}, {@code planned}, {@code open},
 *       {@code upcoming}, {@code at_risk} or {@code overdue};</li>
 *   <li>per challenge, {@code challenge:<id>}: {@code active}, {@code silent}, {@code paused}, {@code finished},
 *       {@code left}, or empty for a learner who never joined it; then {@code challenge:<id>:day<n>} per day:
 *       {@code done}, {@code late}, {@code today}, {@code behind}, or empty when not released to them;</li>
 *   <li>{@code session:<occurrence id>} per occurrence started or starting within the next week, earliest first:
 *       {@code live}, {@code replay}, {@code cant}, or empty (no answer); and {@code replay:<occurrence id>} per
 *       occurrence whose recording was posted: {@code watched} or empty.</li>
 * </ul>
 * The rules behind each value are those of {@link CohortMember}.
 */
public final class ExportingCohort {

    private final CohortReading reading;
    private final Clock clock;

    public ExportingCohort(CohortReading reading, Clock clock) {
        this.reading = reading;
        this.clock = clock;
    }

    /** The table, or empty when there is no such course or {@code user} may not see it (the same answer). */
    public Optional<CohortTable> of(LearnerId user, CourseCode code) {
        return reading.course(user, code).map(course -> table(reading.read(course, clock.instant())));
    }

    static CohortTable table(Cohort cohort) {
        List<String> header = new ArrayList<>(List.of("learner_id", "name", "status", "joined_at", "left_at"));
        cohort.course().assignments().forEach(a -> header.add("assignment:" + a.id()));
        for (Challenge challenge : cohort.course().challenges()) {
            header.add("challenge:" + challenge.id());
            for (int day = 1; day <= challenge.days().size(); day++) {
                header.add("challenge:" + challenge.id() + ":day" + day);
            }
        }
        for (ScheduledOccurrence occurrence : cohort.occurrences()) {
            header.add("session:" + occurrence.occurrence().id());
            if (cohort.replayed().contains(occurrence.occurrence().id())) {
                header.add("replay:" + occurrence.occurrence().id());
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (CohortMember member : cohort.members()) {
            List<String> row = new ArrayList<>();
            row.add(Long.toString(member.id().value()));
            row.add(member.name());
            row.add(member.active() ? "active" : "left");
            row.add(member.enrollment().joinedAt().toString());
            row.add(member.enrollment().leftAt().map(Object::toString).orElse(""));
            for (Assignment assignment : cohort.course().assignments()) {
                row.add(CohortTable.cell(member.assignments().get(assignment.id())));
            }
            for (Challenge challenge : cohort.course().challenges()) {
                CohortMember.ChallengePart part = member.challenges().get(challenge.id());
                row.add(part == null ? "" : challengeStatus(part));
                for (int day = 1; day <= challenge.days().size(); day++) {
                    DayState state = part == null ? DayState.NOT_RELEASED : part.day(day);
                    row.add(state == DayState.NOT_RELEASED ? "" : CohortTable.cell(state));
                }
            }
            for (ScheduledOccurrence occurrence : cohort.occurrences()) {
                String id = occurrence.occurrence().id();
                SessionAnswer answer = member.answers().get(id);
                row.add(answer == SessionAnswer.NONE ? "" : CohortTable.cell(answer));
                if (cohort.replayed().contains(id)) {
                    row.add(member.watched().getOrDefault(id, false) ? "watched" : "");
                }
            }
            rows.add(row);
        }
        return new CohortTable(header, rows);
    }

    private static String challengeStatus(CohortMember.ChallengePart part) {
        if (!part.active()) {
            return "left";
        }
        if (part.finished()) {
            return "finished";
        }
        if (part.silent()) {
            return "silent";
        }
        return part.paused() ? "paused" : "active";
    }
}
