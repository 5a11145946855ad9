package app.paceline.course;

import static app.paceline.course.CourseFileExamples.MASTER_BAKER;
import static app.paceline.course.CourseFileExamples.MASTER_BAKER_V2;
import static app.paceline.course.CourseFileExamples.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.paceline.course.yaml.YamlCourseFileReader;
import app.paceline.learner.LearnerId;
import app.paceline.time.SimulatedClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportingCourseTests {

    private static final long DANA = 501;
    private static final long MALLORY = 666;
    private static final CourseCode BAKER = new CourseCode("baker-2026");

    private final SimulatedClock clock = SimulatedClock.stoppedAt(Instant.parse("2026-11-20T12:00:00Z"));
    private final InMemoryCourses courses = new InMemoryCourses();
    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final ImportingCourse importing = new ImportingCourse(courses, enrollments, new YamlCourseFileReader(), clock);
    /** Days released of the challenge ten-day, as the guarded import sees them. */
    private int released;
    private final ImportingCourse guarded = new ImportingCourse(courses, enrollments, new YamlCourseFileReader(), clock,
            CourseEvents.NONE, (course, challengeId) -> challengeId.equals("ten-day") ? released : 0);

    @Test
    void aNewCodeCreatesACourseOwnedByTheUploader() {
        ImportOutcome outcome = importing.importFile(DANA, text(MASTER_BAKER));

        assertThat(outcome).isInstanceOf(ImportOutcome.Created.class);
        Course course = courses.find(BAKER).orElseThrow();
        assertThat(((ImportOutcome.Created) outcome).course()).isEqualTo(course);
        assertThat(course.creator()).isEqualTo(new LearnerId(DANA));
        assertThat(course.title()).isEqualTo("Master Baker");
        assertThat(course.zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(course.assignments()).extracting(Assignment::id).containsExactly("sourcing", "knife-skills");
        assertThat(course.createdAt()).isEqualTo(clock.instant());
        assertThat(course.importedAt()).isEqualTo(clock.instant());
    }

    @Test
    void whenOnlyListedUsersMayCreateOthersAreRefusedButTheTeamStillUpdatesItsCourse() {
        ImportingCourse listed = new ImportingCourse(courses, enrollments, new YamlCourseFileReader(), clock, CourseEvents.NONE,
                ReleasedChallengeDays.NONE, CourseCreators.only(java.util.Set.of(new LearnerId(DANA))));

        assertThat(listed.importFile(MALLORY, text(MASTER_BAKER))).isEqualTo(new ImportOutcome.NotAllowedToCreate(BAKER));
        assertThat(courses.writes()).isZero();
        assertThat(listed.importFile(MALLORY, "course: {")).isInstanceOf(ImportOutcome.Invalid.class);

        assertThat(listed.importFile(DANA, text(MASTER_BAKER))).isInstanceOf(ImportOutcome.Created.class);
        courses.addCoCreator(BAKER, new LearnerId(MALLORY));
        assertThat(listed.importFile(MALLORY, text(MASTER_BAKER_V2))).isInstanceOf(ImportOutcome.Updated.class);
    }

    @Test
    void theCreatorsNewVersionUpdatesTheCourseAndKeepsItsLearners() {
        importing.importFile(DANA, text(MASTER_BAKER));
        Instant created = clock.instant();
        enrollments.save(Enrollment.joined(new LearnerId(1001), BAKER, created));
        enrollments.save(Enrollment.joined(new LearnerId(1002), BAKER, created));
        enrollments.save(Enrollment.joined(new LearnerId(1003), BAKER, created).left(created));
        clock.advance(Duration.ofDays(2));

        ImportOutcome outcome = importing.importFile(DANA, text(MASTER_BAKER_V2));

        assertThat(outcome).isInstanceOf(ImportOutcome.Updated.class);
        ImportSummary summary = ((ImportOutcome.Updated) outcome).summary();
        assertThat(summary.added()).containsExactly("proofing");
        assertThat(summary.changed()).containsExactly("knife-skills");
        assertThat(summary.removed()).containsExactly("sourcing");
        assertThat(summary.titleChanged()).isTrue();
        assertThat(summary.zoneChanged()).isFalse();
        assertThat(summary.activeLearners()).isEqualTo(2);
        Course course = courses.find(BAKER).orElseThrow();
        assertThat(course.title()).isEqualTo("Master Baker (winter)");
        assertThat(course.createdAt()).isEqualTo(created);
        assertThat(course.importedAt()).isEqualTo(clock.instant());
        assertThat(course.assignment("knife-skills").orElseThrow().effort()).isEqualTo(Duration.ofMinutes(40));
        assertThat(enrollments.ofCourse(BAKER)).hasSize(3);
        assertThat(enrollments.countActive(BAKER)).isEqualTo(2);
    }

    @Test
    void theSameFileAgainChangesNothingButTheImportTime() {
        importing.importFile(DANA, text(MASTER_BAKER));
        Course first = courses.find(BAKER).orElseThrow();
        clock.advance(Duration.ofHours(1));

        ImportOutcome outcome = importing.importFile(DANA, text(MASTER_BAKER));

        assertThat(((ImportOutcome.Updated) outcome).summary().isUnchanged()).isTrue();
        assertThat(courses.find(BAKER).orElseThrow().assignments()).isEqualTo(first.assignments());
    }

    @Test
    void onlyTheCreatorMayUpdateACourse() {
        importing.importFile(DANA, text(MASTER_BAKER));
        Course stored = courses.find(BAKER).orElseThrow();
        int writes = courses.writes();

        ImportOutcome outcome = importing.importFile(MALLORY, text(MASTER_BAKER_V2));

        assertThat(outcome).isEqualTo(new ImportOutcome.NotTheCreator(BAKER));
        assertThat(courses.find(BAKER)).contains(stored);
        assertThat(courses.writes()).isEqualTo(writes);
    }

    @Test
    void aCoCreatorMayUpdateACourse() {
        importing.importFile(DANA, text(MASTER_BAKER));
        courses.addCoCreator(BAKER, new LearnerId(777));

        ImportOutcome outcome = importing.importFile(777, text(MASTER_BAKER_V2));

        assertThat(outcome).isInstanceOf(ImportOutcome.Updated.class);
        Course updated = courses.find(BAKER).orElseThrow();
        assertThat(updated.creator()).isEqualTo(new LearnerId(DANA));
        assertThat(updated.coCreators()).containsExactly(new LearnerId(777));
    }

    @Test
    void aCodeTakenByAnotherCreatorInTheMeantimeIsNotTheirs() {
        var racing = new CoursesTakenWhileImporting(courses);
        var importingDuringARace = new ImportingCourse(racing, enrollments, new YamlCourseFileReader(), clock);
        racing.onFirstFind = () -> new ImportingCourse(courses, enrollments, new YamlCourseFileReader(), clock)
                .importFile(DANA, text(MASTER_BAKER));

        ImportOutcome outcome = importingDuringARace.importFile(MALLORY, text(MASTER_BAKER));

        assertThat(outcome).isEqualTo(new ImportOutcome.NotTheCreator(BAKER));
        assertThat(courses.find(BAKER).orElseThrow().creator()).isEqualTo(new LearnerId(DANA));
    }

    @Test
    void anInvalidFileStoresNothingEvenForTheCreator() {
        importing.importFile(DANA, text(MASTER_BAKER));
        Course stored = courses.find(BAKER).orElseThrow();
        int writes = courses.writes();

        ImportOutcome outcome = importing.importFile(DANA, text(MASTER_BAKER).replace("effort: 30m", "effort: soon"));

        assertThat(outcome).isInstanceOf(ImportOutcome.Invalid.class);
        assertThat(((ImportOutcome.Invalid) outcome).problems()).extracting(CourseProblem::code)
                .containsExactly(CourseProblem.Code.BAD_DURATION);
        assertThat(courses.find(BAKER)).contains(stored);
        assertThat(courses.writes()).isEqualTo(writes);
    }

    @Test
    void aReimportThatChangesOnlyAChallengeIsStoredAndSaysSo() {
        importing.importFile(DANA, tenDay(10, "2026-12-01", "08:00", "Shape it."));
        int writes = courses.writes();

        ImportOutcome outcome = importing.importFile(DANA, tenDay(10, "2026-12-01", "08:00", "Shape it twice."));

        ImportSummary summary = ((ImportOutcome.Updated) outcome).summary();
        assertThat(summary.isUnchanged()).isFalse();
        assertThat(summary.challengesChanged()).containsExactly("ten-day");
        assertThat(summary.added()).isEmpty();
        assertThat(summary.sessionsChanged()).isEmpty();
        assertThat(courses.writes()).isEqualTo(writes + 1);
        assertThat(courses.find(BAKER).orElseThrow().challenge("ten-day").orElseThrow().day(2).text()).isEqualTo("Shape it twice.");
    }

    @Test
    void aStartedChallengeMayNotBeDroppedCutOrMovedAndNothingChanges() {
        released = 3;
        guarded.importFile(DANA, tenDay(10, "2026-12-01", "08:00", "Shape it."));
        Course stored = courses.find(BAKER).orElseThrow();
        int writes = courses.writes();

        assertThat(problems(guarded.importFile(DANA, text(MASTER_BAKER)))).containsExactly(
                new CourseProblem(CourseProblem.Code.CHALLENGE_REMOVED, 1, 0, "challenges",
                        Map.of("value", "ten-day", "released", 3)));
        assertThat(problems(guarded.importFile(DANA, text(MASTER_BAKER) + "challenges:\n"
                + "  - {id: other, title: Other, start: on-join, days: [{title: D, text: T}]}\n"))).containsExactly(
                new CourseProblem(CourseProblem.Code.CHALLENGE_REMOVED, 17, 0, "challenges",
                        Map.of("value", "ten-day", "released", 3)));
        assertThat(problems(guarded.importFile(DANA, tenDay(2, "2026-12-01", "08:00", "Shape it.")))).containsExactly(
                new CourseProblem(CourseProblem.Code.RELEASED_DAYS_REMOVED, 22, 0, "challenges[1].days",
                        Map.of("released", 3)));
        assertThat(problems(guarded.importFile(DANA, tenDay(10, "2026-12-02", "08:00", "Shape it.")))).containsExactly(
                new CourseProblem(CourseProblem.Code.STARTED_CHALLENGE_MOVED, 20, 0, "challenges[1].start",
                        Map.of("value", "2026-12-01")));
        assertThat(problems(guarded.importFile(DANA, tenDay(1, "on-join", "08:00", "Shape it."))))
                .extracting(problem -> problem.code() + "@" + problem.line())
                .containsExactly("STARTED_CHALLENGE_MOVED@20", "RELEASED_DAYS_REMOVED@22");
        assertThat(courses.find(BAKER)).contains(stored);
        assertThat(courses.writes()).isEqualTo(writes);
    }

    @Test
    void anOnJoinChallengeThatStartedMayNotGetADate() {
        released = 1;
        guarded.importFile(DANA, tenDay(10, "on-join", "08:00", "Shape it."));

        assertThat(problems(guarded.importFile(DANA, tenDay(10, "2026-12-01", "08:00", "Shape it.")))).containsExactly(
                new CourseProblem(CourseProblem.Code.STARTED_CHALLENGE_MOVED, 20, 0, "challenges[1].start",
                        Map.of("value", "on-join")));
    }

    @Test
    void aStartedChallengeMayBeFixedExtendedAndRetimed() {
        released = 3;
        guarded.importFile(DANA, tenDay(10, "2026-12-01", "08:00", "Shape it."));

        ImportOutcome outcome = guarded.importFile(DANA, tenDay(11, "2026-12-01", "07:00", "Shape it <b>gently</b>."));

        assertThat(outcome).isInstanceOf(ImportOutcome.Updated.class);
        ImportSummary summary = ((ImportOutcome.Updated) outcome).summary();
        assertThat(summary.challengesChanged()).containsExactly("ten-day");
        assertThat(summary.isUnchanged()).isFalse();
        Challenge tenDay = courses.find(BAKER).orElseThrow().challenge("ten-day").orElseThrow();
        assertThat(tenDay.days()).hasSize(11);
        assertThat(tenDay.day(2).text()).isEqualTo("Shape it <b>gently</b>.");
        assertThat(tenDay.releaseTime()).isEqualTo(LocalTime.of(7, 0));
    }

    @Test
    void beforeAnyDayIsReleasedAChallengeMayChangeInEveryWay() {
        released = 0;
        guarded.importFile(DANA, tenDay(10, "2026-12-01", "08:00", "Shape it."));

        assertThat(guarded.importFile(DANA, tenDay(2, "on-join", "08:00", "Shape it."))).isInstanceOf(ImportOutcome.Updated.class);
        assertThat(guarded.importFile(DANA, tenDay(2, "2026-12-05", "08:00", "Shape it."))).isInstanceOf(ImportOutcome.Updated.class);
        ImportOutcome dropped = guarded.importFile(DANA, text(MASTER_BAKER));

        assertThat(((ImportOutcome.Updated) dropped).summary().challengesChanged()).containsExactly("ten-day");
        assertThat(courses.find(BAKER).orElseThrow().challenges()).isEmpty();
    }

    @Test
    void someoneElseLearnsNothingAboutTheChallengesOfACourseNotTheirs() {
        released = 3;
        guarded.importFile(DANA, tenDay(10, "2026-12-01", "08:00", "Shape it."));

        assertThat(guarded.importFile(MALLORY, text(MASTER_BAKER))).isEqualTo(new ImportOutcome.NotTheCreator(BAKER));
    }

        @Test
    void theSenderIsATelegramUser() {
        assertThatThrownBy(() -> importing.importFile(0, text(MASTER_BAKER))).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * baker-2026 with the challenge ten-day: {@code challenges:} on line 17, its start on line 20, its days on 22.
     */
    private static String tenDay(int days, String start, String releaseTime, String day2) {
        StringBuilder file = new StringBuilder(text(MASTER_BAKER));
        file.append("challenges:\n")
                .append("  - id: ten-day\n")
                .append("    title: Ten days of bread\n")
                .append("    start: ").append(start).append('\n')
                .append("    release_time: \"").append(releaseTime).append("\"\n")
                .append("    days:\n");
        for (int day = 1; day <= days; day++) {
            file.append("      - {title: Day ").append(day).append(", text: \"")
                    .append(day == 2 ? day2.replace("\"", "\\\"") : "Bake.").append("\"}\n");
        }
        return file.toString();
    }

    private static List<CourseProblem> problems(ImportOutcome outcome) {
        assertThat(outcome).isInstanceOf(ImportOutcome.Invalid.class);
        return ((ImportOutcome.Invalid) outcome).problems();
    }

    /** Lets another import win the code between the use case's read and its insert. */
    private static final class CoursesTakenWhileImporting implements Courses {

        private final Courses delegate;
        private Runnable onFirstFind = () -> { };

        CoursesTakenWhileImporting(Courses delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<Course> find(CourseCode code) {
            Optional<Course> seen = delegate.find(code);
            Runnable race = onFirstFind;
            onFirstFind = () -> { };
            race.run();
            return seen;
        }

        @Override
        public boolean add(Course course) {
            return delegate.add(course);
        }

        @Override
        public void replace(Course course) {
            delegate.replace(course);
        }

        @Override
        public List<Course> createdBy(LearnerId creator) {
            return delegate.createdBy(creator);
        }

        @Override
        public boolean addCoCreator(CourseCode course, LearnerId user) {
            return delegate.addCoCreator(course, user);
        }

        @Override
        public boolean removeCoCreator(CourseCode course, LearnerId user) {
            return delegate.removeCoCreator(course, user);
        }
    }
}
