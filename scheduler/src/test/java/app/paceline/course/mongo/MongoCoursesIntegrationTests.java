package app.paceline.course.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import app.paceline.course.Assignment;
import app.paceline.course.AssignmentWindow;
import app.paceline.course.Course;
import app.paceline.course.CourseCode;
import app.paceline.course.JoinOffset;
import app.paceline.course.Session;
import app.paceline.learner.LearnerId;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

class MongoCoursesIntegrationTests {

    private static final Instant CREATED = Instant.parse("2026-11-20T12:00:00Z");
    private static final LearnerId DANA = new LearnerId(501);

    private MongoServer server;
    private MongoClient client;
    private MongoCourses courses;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        courses = new MongoCourses(new MongoTemplate(client, "paceline"));
    }

    @Test
    void createsItsIndexesAgainAndAgain() {
        assertThatNoException().isThrownBy(() -> {
            courses.createIndexes();
            courses.createIndexes();
        });
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void roundTripsACourseWithBothKindsOfWindowItsSessionsAndChallenges() {
        Course baker = baker("baker-2026", DANA);

        assertThat(courses.add(baker)).isTrue();

        assertThat(courses.find(baker.code())).contains(baker);
    }

    @Test
    void coCreatorsAreAddedAndRemovedOneByOneAndSurviveAReimport() {
        Course baker = baker("baker-2026", DANA);
        courses.add(baker);
        LearnerId ana = new LearnerId(601);

        assertThat(courses.addCoCreator(baker.code(), ana)).isTrue();
        assertThat(courses.addCoCreator(baker.code(), ana)).isFalse();
        assertThat(courses.addCoCreator(baker.code(), DANA)).as("the owner is in the team already").isFalse();
        assertThat(courses.addCoCreator(new CourseCode("gone"), ana)).isFalse();
        assertThat(courses.createdBy(ana)).extracting(Course::code).containsExactly(baker.code());

        courses.replace(baker); // a re-import read before the invite was accepted
        assertThat(courses.find(baker.code()).orElseThrow().coCreators()).containsExactly(ana);
        assertThat(courses.find(baker.code()).orElseThrow().creator()).isEqualTo(DANA);

        assertThat(courses.removeCoCreator(baker.code(), ana)).isTrue();
        assertThat(courses.removeCoCreator(baker.code(), ana)).isFalse();
        assertThat(courses.createdBy(ana)).isEmpty();
    }

    @Test
    void aCodeCanBeAddedOnlyOnce() {
        courses.add(baker("baker-2026", DANA));

        assertThat(courses.add(baker("baker-2026", new LearnerId(666)))).isFalse();
        assertThat(courses.find(new CourseCode("baker-2026")).orElseThrow().creator()).isEqualTo(DANA);
    }

    @Test
    void replacingKeepsOneDocumentPerCode() {
        Course baker = baker("baker-2026", DANA);
        courses.add(baker);
        Course renamed = new Course(baker.code(), "Master Baker (winter)", ZoneId.of("Europe/Berlin"), DANA,
                List.of(), baker.assignments().subList(0, 1), baker.createdAt(), CREATED.plusSeconds(60));

        courses.replace(renamed);

        assertThat(courses.find(baker.code())).contains(renamed);
        assertThat(courses.createdBy(DANA)).containsExactly(renamed);
    }

    @Test
    void listsTheCoursesOfOneCreator() {
        courses.add(baker("baker-2026", DANA));
        courses.add(baker("pastry-2027", DANA));
        courses.add(baker("other", new LearnerId(9)));

        assertThat(courses.createdBy(DANA)).extracting(c -> c.code().value())
                .containsExactlyInAnyOrder("baker-2026", "pastry-2027");
        assertThat(courses.createdBy(new LearnerId(12345))).isEmpty();
    }

    @Test
    void findsNoCourseForAnUnknownCode() {
        assertThat(courses.find(new CourseCode("nope"))).isEmpty();
    }

    private static Course baker(String code, LearnerId creator) {
        return new Course(new CourseCode(code), "Master Baker", ZoneId.of("America/New_York"), creator, List.of(),
                List.of(new Assignment("sourcing", "Sourcing ingredients", Optional.of(URI.create("https://example.org/sourcing?a=1&b=2")),
                                Duration.ofMinutes(45), new AssignmentWindow.Fixed(LocalDateTime.parse("2026-12-01T00:00"),
                                LocalDateTime.parse("2026-12-07T23:59:30"))),
                        new Assignment("knife-skills", "Knife skills video", Optional.empty(), Duration.ofMinutes(30),
                                new AssignmentWindow.AfterJoin(JoinOffset.AT_JOIN,
                                        new JoinOffset(1, Duration.ofHours(12).plusMinutes(30))))),
                List.of(new Session("qa", "Live Q&A", LocalDateTime.parse("2026-12-03T18:00"), Duration.ofMinutes(60),
                                Optional.of(URI.create("https://example.org/call")),
                                Optional.of(new Session.Weekly(java.util.Set.of(java.time.DayOfWeek.THURSDAY, java.time.DayOfWeek.TUESDAY),
                                        java.time.LocalDate.parse("2027-01-28"))), Optional.of("sourcing")),
                        new Session("kickoff", "Kickoff", LocalDateTime.parse("2026-12-01T17:00"), Duration.ofMinutes(30),
                                Optional.empty(), Optional.empty(), Optional.empty())),
                List.of(new app.paceline.course.Challenge("ten-day", "10-day baking", Optional.of(java.time.LocalDate.parse("2026-12-01")),
                                java.time.LocalTime.of(7, 30), 5, true,
                                List.of(new app.paceline.course.Challenge.Day("Starter", "Feed it <b>twice</b> & watch",
                                                List.of(new app.paceline.course.Challenge.Link("Guide", URI.create("https://example.org/s?a=1&b=2"))),
                                                Optional.of("How many hours?")),
                                        new app.paceline.course.Challenge.Day("Autolyse", "Rest", List.of(), Optional.empty()))),
                        new app.paceline.course.Challenge("own", "At your pace", Optional.empty(), java.time.LocalTime.of(8, 0), 0, false,
                                List.of(new app.paceline.course.Challenge.Day("One", "Go", List.of(), Optional.empty())))),
                CREATED, CREATED);
    }
}
