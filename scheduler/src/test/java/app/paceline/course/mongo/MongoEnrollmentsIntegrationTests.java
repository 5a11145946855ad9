package app.paceline.course.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import app.paceline.course.CourseCode;
import app.paceline.course.Enrollment;
import app.paceline.learner.LearnerId;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

class MongoEnrollmentsIntegrationTests {

    private static final Instant JOINED = Instant.parse("2026-11-20T12:00:00Z");
    private static final LearnerId ANA = new LearnerId(1001);
    private static final LearnerId RAJ = new LearnerId(1002);
    private static final CourseCode BAKER = new CourseCode("baker-2026");
    private static final CourseCode PASTRY = new CourseCode("pastry-2027");

    private MongoServer server;
    private MongoClient client;
    private MongoEnrollments enrollments;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        enrollments = new MongoEnrollments(new MongoTemplate(client, "paceline"));
    }

    @Test
    void createsItsIndexesAgainAndAgain() {
        assertThatNoException().isThrownBy(() -> {
            enrollments.createIndexes();
            enrollments.createIndexes();
        });
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void roundTripsAnActiveAndALeftEnrollment() {
        Enrollment active = Enrollment.joined(ANA, BAKER, JOINED);
        Enrollment left = Enrollment.joined(RAJ, BAKER, JOINED).left(JOINED.plusSeconds(3600));

        enrollments.save(active);
        enrollments.save(left);

        assertThat(enrollments.find(ANA, BAKER)).contains(active);
        assertThat(enrollments.find(RAJ, BAKER)).contains(left);
        assertThat(enrollments.find(ANA, PASTRY)).isEmpty();
    }

    @Test
    void savingAgainReplacesTheOneEnrollmentOfALearnerInACourse() {
        enrollments.save(Enrollment.joined(ANA, BAKER, JOINED));
        enrollments.save(Enrollment.joined(ANA, BAKER, JOINED).left(JOINED.plusSeconds(60)));
        Enrollment rejoined = Enrollment.joined(ANA, BAKER, JOINED.plusSeconds(120));
        enrollments.save(rejoined);

        assertThat(enrollments.ofCourse(BAKER)).containsExactly(rejoined);
    }

    @Test
    void listsByLearnerAndByCourseAndCountsOnlyThoseWhoStayed() {
        enrollments.save(Enrollment.joined(ANA, BAKER, JOINED));
        enrollments.save(Enrollment.joined(ANA, PASTRY, JOINED));
        enrollments.save(Enrollment.joined(RAJ, BAKER, JOINED).left(JOINED.plusSeconds(1)));

        assertThat(enrollments.ofLearner(ANA)).extracting(Enrollment::course).containsExactlyInAnyOrder(BAKER, PASTRY);
        assertThat(enrollments.ofCourse(BAKER)).extracting(Enrollment::learner).containsExactlyInAnyOrder(ANA, RAJ);
        assertThat(enrollments.countActive(BAKER)).isEqualTo(1);
        assertThat(enrollments.countActive(PASTRY)).isEqualTo(1);
        assertThat(enrollments.countActive(new CourseCode("empty"))).isZero();
    }
}
