package app.paceline.session.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.course.CourseCode;
import app.paceline.learner.LearnerId;
import app.paceline.session.Replay;
import app.paceline.session.WatchedReplay;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

class MongoReplaysIntegrationTests {

    private static final CourseCode BAKER = new CourseCode("baker-2026");
    private static final LearnerId ANA = new LearnerId(1001);
    private static final Instant POSTED = Instant.parse("2026-12-04T00:00:00Z");
    private static final Replay FIRST = new Replay(BAKER, "qa@2026-12-03", "Live Q&A", Instant.parse("2026-12-03T23:00:00Z"),
            URI.create("https://example.org/rec?a=1&b=2"), POSTED, POSTED.plus(Duration.ofDays(7)), POSTED);

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        mongo = new MongoTemplate(client, "paceline");
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aRecordingIsKeptPerOccurrenceAndPostingAgainReplacesIt() {
        var replays = new MongoReplays(mongo);
        replays.createIndexes();

        replays.save(FIRST);
        Replay fixed = FIRST.withLink(URI.create("https://example.org/fixed"), POSTED.plusSeconds(60));
        replays.save(fixed);
        replays.save(new Replay(BAKER, "qa@2026-12-10", "Live Q&A", POSTED.plus(Duration.ofDays(7)), FIRST.link(),
                POSTED.plus(Duration.ofDays(7)), POSTED.plus(Duration.ofDays(14)), POSTED.plus(Duration.ofDays(7))));

        assertThat(replays.find(BAKER, "qa@2026-12-03")).contains(fixed);
        assertThat(replays.find(new CourseCode("other"), "qa@2026-12-03")).isEmpty();
        assertThat(replays.ofCourse(BAKER)).hasSize(2).contains(fixed);
        assertThat(mongo.getCollection(MongoReplays.COLLECTION).countDocuments()).isEqualTo(2);
    }

    @Test
    void theFirstWatchedMarkStays() {
        var watched = new MongoWatchedReplays(mongo);
        var mark = new WatchedReplay(BAKER, "qa@2026-12-03", ANA, POSTED);

        assertThat(watched.add(mark)).isTrue();
        assertThat(watched.add(new WatchedReplay(BAKER, "qa@2026-12-03", ANA, POSTED.plusSeconds(5)))).isFalse();

        assertThat(watched.find(BAKER, "qa@2026-12-03", ANA)).contains(mark);
        assertThat(watched.find(BAKER, "qa@2026-12-10", ANA)).isEmpty();
    }
}
