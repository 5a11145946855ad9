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

class ListingCoursesTests {

    private static final LearnerId DANA = new LearnerId(501);
    private static final LearnerId ANA = new LearnerId(1001);
    private static final LearnerId RAJ = new LearnerId(1002);

    private final SimulatedClock clock = SimulatedClock.stoppedAt(Instant.parse("2026-11-20T12:00:00Z"));
    private final InMemoryCourses courses = new InMemoryCourses();
    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final EnrollingLearner enrolling = new EnrollingLearner(courses, enrollments, clock);
    private final ListingCourses listing = new ListingCourses(courses, enrollments);

    @BeforeEach
    void danaCreatedTwoCourses() {
        var importing = new ImportingCourse(courses, enrollments, new YamlCourseFileReader(), clock);
        importing.importFile(DANA.value(), text(MASTER_BAKER));
        importing.importFile(DANA.value(), text(MASTER_BAKER).replace("baker-2026", "pastry-2027").replace("Master Baker", "Pastry"));
    }

    @Test
    void aLearnerSeesTheCoursesTheyAreIn() {
        enrolling.enroll(ANA, "pastry-2027");
        clock.advance(Duration.ofMinutes(1));
        enrolling.enroll(ANA, "baker-2026");

        CourseList list = listing.of(ANA);

        assertThat(list.enrolled()).extracting(e -> e.course().title()).containsExactly("Pastry", "Master Baker");
        assertThat(list.created()).isEmpty();
    }

    @Test
    void coursesOneLeftAreNotListed() {
        enrolling.enroll(ANA, "baker-2026");
        new LeavingCourse(courses, enrollments, clock).leave(ANA, new CourseCode("baker-2026"));

        assertThat(listing.of(ANA).isEmpty()).isTrue();
    }

    @Test
    void aCreatorSeesTheirCoursesWithHowManyLearnersAreIn() {
        enrolling.enroll(ANA, "baker-2026");
        enrolling.enroll(RAJ, "baker-2026");
        enrolling.enroll(RAJ, "pastry-2027");
        new LeavingCourse(courses, enrollments, clock).leave(RAJ, new CourseCode("pastry-2027"));

        CourseList list = listing.of(DANA);

        assertThat(list.enrolled()).isEmpty();
        assertThat(list.created()).extracting(c -> c.course().title(), CourseList.CreatedCourse::activeLearners)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Master Baker", 2),
                        org.assertj.core.groups.Tuple.tuple("Pastry", 0));
    }

    @Test
    void someoneWithNoCoursesGetsAnEmptyList() {
        assertThat(listing.of(new LearnerId(9)).isEmpty()).isTrue();
    }
}
