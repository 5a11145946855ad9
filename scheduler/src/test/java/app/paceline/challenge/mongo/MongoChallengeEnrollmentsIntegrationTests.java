package app.paceline.challenge.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import app.paceline.challenge.ChallengeEnrollment;
import app.paceline.course.CourseCode;
import app.paceline.learner.LearnerId;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

class MongoChallengeEnrollmentsIntegrationTests {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final CourseCode BAKER = new CourseCode("baker-2026");

    private MongoServer server;
    private MongoClient client;
    private MongoChallengeEnrollments store;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        store = new MongoChallengeEnrollments(new MongoTemplate(client, "paceline"));
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void createsItsIndexesAgainAndAgain() {
        assertThatNoException().isThrownBy(() -> {
            store.createIndexes();
            store.createIndexes();
        });
    }

    @Test
    void roundTripsAnEnrollmentWithDaysDoneAnswersAndAPause() {
        var enrollment = enrollment(1001, "ten", NOW.plusSeconds(60)).withReleased(3)
                .withDone(1, NOW, Optional.empty()).withDone(3, NOW.plusSeconds(5), Optional.of("Six hours & a bit <3"))
                .withReleaseTime(Optional.of(LocalTime.of(6, 45))).withShowName(true).paused(LocalDate.parse("2026-12-04"));

        assertThat(store.add(enrollment)).isTrue();
        assertThat(store.add(enrollment)).as("one per learner, course and challenge").isFalse();

        assertThat(store.find(new LearnerId(1001), BAKER, "ten")).contains(enrollment);
    }

    @Test
    void tellsWhenTheNextDayIsReleasedAfterNow() {
        assertThat(store.nextReleaseAfter(NOW)).isEmpty();
        store.add(enrollment(1001, "ten", NOW.plusSeconds(7200)));
        store.add(enrollment(1002, "ten", NOW.plusSeconds(3600)));
        store.add(enrollment(1003, "ten", NOW));

        assertThat(store.nextReleaseAfter(NOW)).contains(NOW.plusSeconds(3600));
        assertThat(store.nextReleaseAfter(NOW.plusSeconds(3600))).contains(NOW.plusSeconds(7200));
        assertThat(store.nextReleaseAfter(NOW.plusSeconds(7200))).isEmpty();
    }

    @Test
    void aWriteBasedOnAStaleReadIsRefused() {
        var enrollment = enrollment(1001, "ten", NOW);
        store.add(enrollment);

        assertThat(store.replace(enrollment, enrollment.withReleased(1))).isTrue();
        assertThat(store.replace(enrollment, enrollment.withReleased(2))).isFalse();

        var stored = store.find(new LearnerId(1001), BAKER, "ten").orElseThrow();
        assertThat(stored.released()).isEqualTo(1);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(store.replace(stored, stored.withReleased(2))).isTrue();
    }

    @Test
    void findsWhatIsDueForReleaseEarliestFirstAndTheMostReleased() {
        store.add(enrollment(1, "ten", NOW.plusSeconds(30)));
        store.add(enrollment(2, "ten", NOW.minusSeconds(30)).withReleased(4));
        store.add(enrollment(3, "ten", NOW.plusSeconds(3600)).withReleased(2));
        store.add(enrollment(4, "other", NOW).withNextRelease(Optional.empty()).withReleased(9));

        assertThat(store.dueForRelease(NOW.plusSeconds(60), 10)).extracting(e -> e.learner().value()).containsExactly(2L, 1L);
        assertThat(store.dueForRelease(NOW.plusSeconds(60), 1)).extracting(e -> e.learner().value()).containsExactly(2L);
        assertThat(store.mostReleased(BAKER, "ten")).isEqualTo(4);
        assertThat(store.mostReleased(BAKER, "nope")).isZero();
        assertThat(store.ofChallenge(BAKER, "ten")).hasSize(3);
        assertThat(store.ofLearner(new LearnerId(4))).extracting(ChallengeEnrollment::challenge).containsExactly("other");
    }

    private static ChallengeEnrollment enrollment(long learner, String challenge, Instant next) {
        return ChallengeEnrollment.joined(new LearnerId(learner), BAKER, challenge, LocalDate.parse("2026-12-02"), NOW)
                .withNextRelease(Optional.of(next));
    }
}
