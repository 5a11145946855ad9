package app.paceline.learner.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.learner.Learner;
import app.paceline.learner.LearnerId;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

class MongoLearnersIntegrationTests {

    private static final Instant SEEN = Instant.parse("2026-12-01T12:00:00Z");

    private MongoServer server;
    private MongoClient client;
    private MongoLearners learners;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + hostAndPort(server.bind()));
        learners = new MongoLearners(new MongoTemplate(client, "paceline"));
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void roundTripsALearnerWithAndWithoutATimeZone() {
        Learner ana = Learner.firstSeen(new LearnerId(1001), "Ana", "ru", SEEN);
        learners.save(ana);
        assertThat(learners.find(ana.id())).contains(ana);

        Learner zoned = ana.withTimeZone(ZoneId.of("America/New_York"));
        learners.save(zoned);
        assertThat(learners.find(ana.id())).contains(zoned);
    }

    @Test
    void roundTripsTheLearnersOwnSettings() {
        Learner ana = Learner.firstSeen(new LearnerId(1003), "Ana", "ru", SEEN)
                .withQuietHours(new app.paceline.time.QuietHours(java.time.LocalTime.of(23, 30), java.time.LocalTime.of(8, 0)))
                .withReminderLead(java.time.Duration.ofMinutes(30));
        learners.save(ana);

        assertThat(learners.find(ana.id())).contains(ana);
    }

    @Test
    void keepsAFixedOffsetAsAnOffset() {
        Learner offset = Learner.firstSeen(new LearnerId(1002), "Raj", "en", SEEN).withTimeZone(ZoneOffset.of("+05:30"));
        learners.save(offset);

        Learner loaded = learners.find(offset.id()).orElseThrow();
        assertThat(loaded.timeZone()).contains(ZoneOffset.of("+05:30"));
        assertThat(loaded.hasFixedOffset()).isTrue();
    }

    @Test
    void findsNobodyWhoNeverWrote() {
        assertThat(learners.find(new LearnerId(42))).isEmpty();
    }

    private static String hostAndPort(java.net.InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }
}
