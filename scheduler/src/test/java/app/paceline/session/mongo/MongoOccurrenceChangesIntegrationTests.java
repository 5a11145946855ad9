package app.paceline.session.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.course.CourseCode;
import app.paceline.session.OccurrenceChange;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

class MongoOccurrenceChangesIntegrationTests {

    private static final CourseCode BAKER = new CourseCode("baker-2026");
    private static final Instant AT = Instant.parse("2026-12-01T12:00:00Z");
    private static final Instant FRIDAY = Instant.parse("2026-12-11T23:00:00Z");

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;
    private MongoOccurrenceChanges changes;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        mongo = new MongoTemplate(client, "paceline");
        changes = new MongoOccurrenceChanges(mongo);
        changes.createIndexes();
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void movesCancellationsAndAddedOccurrencesReadBackAsTheyWereSavedTheLatestWinning() {
        changes.save(OccurrenceChange.moved(BAKER, "qa@2026-12-10", FRIDAY, AT));
        changes.save(OccurrenceChange.cancelled(BAKER, "qa@2026-12-17", AT));
        changes.save(OccurrenceChange.added(BAKER, "qa@2026-12-12", FRIDAY.plusSeconds(86_400), AT));
        changes.save(OccurrenceChange.cancelled(BAKER, "qa@2026-12-10", AT.plusSeconds(60)));
        changes.save(OccurrenceChange.added(new CourseCode("other"), "qa@2026-12-12", FRIDAY, AT));

        assertThat(changes.ofCourse(BAKER)).containsExactlyInAnyOrder(
                OccurrenceChange.cancelled(BAKER, "qa@2026-12-10", AT.plusSeconds(60)),
                OccurrenceChange.cancelled(BAKER, "qa@2026-12-17", AT),
                OccurrenceChange.added(BAKER, "qa@2026-12-12", FRIDAY.plusSeconds(86_400), AT));
    }

    @Test
    void aDocumentWrittenBeforeOccurrencesCouldBeAddedIsAMove() {
        mongo.getCollection("session_changes").insertOne(new Document("_id", "baker-2026|qa@2026-12-10")
                .append("course", "baker-2026").append("occurrence", "qa@2026-12-10")
                .append("movedTo", Date.from(FRIDAY)).append("cancelled", false).append("at", Date.from(AT)));

        assertThat(changes.ofCourse(BAKER)).containsExactly(OccurrenceChange.moved(BAKER, "qa@2026-12-10", FRIDAY, AT));
    }
}
