package app.paceline.course;

import static app.paceline.course.CourseFileExamples.MASTER_BAKER;
import static app.paceline.course.CourseFileExamples.text;
import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.course.yaml.YamlCourseFileReader;
import app.paceline.learner.LearnerId;
import app.paceline.time.SimulatedClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LeavingCourseTests {

    private static final LearnerId ANA = new LearnerId(1001);
    private static final CourseCode BAKER = new CourseCode("baker-2026");

    private final SimulatedClock clock = SimulatedClock.stoppedAt(Instant.parse("2026-11-20T12:00:00Z"));
    private final InMemoryCourses courses = new InMemoryCourses();
    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final LeavingCourse leaving = new LeavingCourse(courses, enrollments, clock);

    @BeforeEach
    void anaIsEnrolled() {
        new ImportingCourse(courses, enrollments, new YamlCourseFileReader(), clock).importFile(501, text(MASTER_BAKER));
        new EnrollingLearner(courses, enrollments, clock).enroll(ANA, "baker-2026");
    }

    @Test
    void leavingKeepsTheEnrollmentMarkedAsLeft() {
        clock.advance(Duration.ofDays(2));

        LeaveOutcome outcome = leaving.leave(ANA, BAKER);

        assertThat(outcome).isEqualTo(new LeaveOutcome.Left(courses.find(BAKER).orElseThrow()));
        Enrollment left = enrollments.find(ANA, BAKER).orElseThrow();
        assertThat(left.isActive()).isFalse();
        assertThat(left.leftAt()).contains(clock.instant());
        assertThat(enrollments.countActive(BAKER)).isZero();
    }

    @Test
    void leavingTwiceIsHarmless() {
        leaving.leave(ANA, BAKER);
        int writes = enrollments.writes();

        assertThat(leaving.leave(ANA, BAKER)).isEqualTo(new LeaveOutcome.NotEnrolled(BAKER));
        assertThat(enrollments.writes()).isEqualTo(writes);
    }

    @Test
    void leavingACourseOneNeverJoinedChangesNothing() {
        assertThat(leaving.leave(new LearnerId(2002), BAKER)).isEqualTo(new LeaveOutcome.NotEnrolled(BAKER));
        assertThat(leaving.leave(ANA, new CourseCode("nope"))).isEqualTo(new LeaveOutcome.NotEnrolled(new CourseCode("nope")));
    }
}
