package app.paceline.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.course.CourseCode;
import app.paceline.course.CourseEvents;
import app.paceline.course.CourseFileExamples;
import app.paceline.course.ImportingCourse;
import app.paceline.course.InMemoryCourseGroups;
import app.paceline.course.InMemoryCourses;
import app.paceline.course.InMemoryEnrollments;
import app.paceline.course.LinkingGroup;
import app.paceline.course.yaml.YamlCourseFileReader;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.InMemoryPlannedDeliveries;
import app.paceline.delivery.PlannedDelivery;
import app.paceline.time.SimulatedClock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Starting in 15 minutes" in a course's group: Thursdays 18:00 New York (23:00 UTC), 3 and 10 December. */
class GroupSessionPostsTests {

    private static final CourseCode BAKER = new CourseCode("baker-2026");
    private static final app.paceline.learner.LearnerId CREATOR = new app.paceline.learner.LearnerId(1);
    private static final long GROUP = -1001;

    private final SimulatedClock clock = SimulatedClock.stoppedAt(Instant.parse("2026-12-01T12:00:00Z"));
    private final InMemoryCourses courses = new InMemoryCourses();
    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final InMemoryCourseGroups groups = new InMemoryCourseGroups();
    private final InMemoryOccurrenceChanges changes = new InMemoryOccurrenceChanges();
    private final InMemoryPlannedDeliveries deliveries = new InMemoryPlannedDeliveries();
    private final CourseOccurrences occurrences = new CourseOccurrences(changes);
    private final GroupSessionPosts posts = new GroupSessionPosts(groups, occurrences, deliveries, clock);
    private final CourseEvents events = CourseEvents.all(List.of(posts));
    private final ImportingCourse importing = new ImportingCourse(courses, enrollments, new YamlCourseFileReader(), clock, events);
    private final LinkingGroup linking = new LinkingGroup(courses, groups, events);

    @BeforeEach
    void aCourseWithAWeeklySession() {
        importing.importFile(CREATOR.value(), CourseFileExamples.text(CourseFileExamples.MASTER_BAKER) + """
                sessions:
                  - id: qa
                    title: Live Q&A
                    starts: 2026-12-03T18:00
                    duration: 60m
                    repeat: weekly
                    until: 2026-12-10
                """);
    }

    @Test
    void nothingIsPostedBeforeAGroupIsLinkedByTheCreatorWhoAdministersIt() {
        assertThat(posts()).isEmpty();
        assertThat(linking.link(new app.paceline.learner.LearnerId(2), GROUP, BAKER.value(), true))
                .isInstanceOf(LinkingGroup.Outcome.NotTheCreator.class);
        assertThat(linking.link(CREATOR, GROUP, BAKER.value(), false)).isInstanceOf(LinkingGroup.Outcome.NotAnAdmin.class);
        assertThat(linking.link(CREATOR, GROUP, "no-such-course", true)).isInstanceOf(LinkingGroup.Outcome.UnknownCourse.class);
        assertThat(posts()).isEmpty();

        assertThat(linking.link(CREATOR, GROUP, BAKER.value(), true)).isInstanceOf(LinkingGroup.Outcome.Linked.class);

        assertThat(posts()).extracting(p -> p.plan().due(), p -> p.plan().recipient().chatId()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Instant.parse("2026-12-03T22:45:00Z"), GROUP),
                org.assertj.core.groups.Tuple.tuple(Instant.parse("2026-12-10T22:45:00Z"), GROUP));
    }

    @Test
    void aMovedSessionIsAnnouncedForItsNewTimeOnlyAndAnotherGroupTakesThePosts() {
        linking.link(CREATOR, GROUP, BAKER.value(), true);

        importing.importFile(CREATOR.value(), CourseFileExamples.text(CourseFileExamples.MASTER_BAKER) + """
                sessions:
                  - id: qa
                    title: Live Q&A
                    starts: 2026-12-03T19:00
                    duration: 60m
                    repeat: weekly
                    until: 2026-12-10
                """);
        assertThat(posts()).extracting(p -> p.plan().due())
                .containsExactly(Instant.parse("2026-12-03T23:45:00Z"), Instant.parse("2026-12-10T23:45:00Z"));

        linking.link(CREATOR, -2002, BAKER.value(), true);
        assertThat(posts()).hasSize(2).allSatisfy(p -> assertThat(p.plan().recipient().chatId()).isEqualTo(-2002));
        assertThat(groups.courseOf(GROUP)).isEmpty();
    }

    private List<PlannedDelivery> posts() {
        return deliveries.allWaiting().stream().filter(d -> d.plan().kind() == DeliveryKind.SESSION_STARTING)
                .sorted(java.util.Comparator.comparing(d -> d.plan().due())).toList();
    }
}
