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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EnrollingLearnerTests {

    private static final LearnerId ANA = new LearnerId(1001);
    private static final CourseCode BAKER = new CourseCode("baker-2026");

    private final SimulatedClock clock = SimulatedClock.stoppedAt(Instant.parse("2026-11-20T12:00:00Z"));
    private final InMemoryCourses courses = new InMemoryCourses();
    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final EnrollingLearner enrolling = new EnrollingLearner(courses, enrollments, clock);
    private final LeavingCourse leaving = new LeavingCourse(courses, enrollments, clock);

    @BeforeEach
    void aCourseExists() {
        new ImportingCourse(courses, enrollments, new YamlCourseFileReader(), clock).importFile(501, text(MASTER_BAKER));
    }

    @Test
    void enrollsByTheCodeInTheJoinLink() {
        EnrollOutcome outcome = enrolling.enroll(ANA, "baker-2026");

        Enrollment enrollment = enrollments.find(ANA, BAKER).orElseThrow();
        assertThat(outcome).isEqualTo(new EnrollOutcome.Enrolled(courses.find(BAKER).orElseThrow(), enrollment));
        assertThat(enrollment.id()).isEqualTo("1001:baker-2026");
        assertThat(enrollment.joinedAt()).isEqualTo(clock.instant());
        assertThat(enrollment.isActive()).isTrue();
    }

    @Test
    void enrollingTwiceIsHarmless() {
        enrolling.enroll(ANA, "baker-2026");
        Enrollment first = enrollments.find(ANA, BAKER).orElseThrow();
        clock.advance(Duration.ofDays(1));

        EnrollOutcome outcome = enrolling.enroll(ANA, " baker-2026 ");

        assertThat(outcome).isEqualTo(new EnrollOutcome.AlreadyEnrolled(courses.find(BAKER).orElseThrow(), first));
        assertThat(enrollments.find(ANA, BAKER)).contains(first);
        assertThat(enrollments.writes()).isEqualTo(1);
    }

    @Test
    void anUnknownCodeIsSaidToBeUnknown() {
        assertThat(enrolling.enroll(ANA, "bakers-2026")).isEqualTo(new EnrollOutcome.UnknownCourse(new CourseCode("bakers-2026")));
        assertThat(enrolling.enroll(ANA, "Baker-2026")).isInstanceOf(EnrollOutcome.UnknownCourse.class);
        assertThat(enrollments.writes()).isZero();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "baker 2026", "baker-2026; drop table", "курс", "<b>x</b>",
            "01234567890123456789012345678901234567890123456789012345678901234"})
    void aPayloadThatIsNoCodeIsRefusedWithoutALookup(String payload) {
        assertThat(enrolling.enroll(ANA, payload)).isEqualTo(new EnrollOutcome.BadCode());
        assertThat(enrollments.writes()).isZero();
    }

    @Test
    void joiningAgainAfterLeavingStartsAfresh() {
        enrolling.enroll(ANA, "baker-2026");
        clock.advance(Duration.ofDays(3));
        leaving.leave(ANA, BAKER);
        clock.advance(Duration.ofDays(30));

        EnrollOutcome outcome = enrolling.enroll(ANA, "baker-2026");

        assertThat(outcome).isInstanceOf(EnrollOutcome.Enrolled.class);
        Enrollment again = enrollments.find(ANA, BAKER).orElseThrow();
        assertThat(again.isActive()).isTrue();
        assertThat(again.joinedAt()).isEqualTo(clock.instant());
        assertThat(again.id()).isEqualTo("1001:baker-2026");
    }
}
