package app.paceline.bot.telegram.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.bot.telegram.HandlingOnce;
import app.paceline.bot.telegram.ProcessedUpdates.Claim;
import app.paceline.time.SimulatedClock;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

class MongoProcessedUpdatesIntegrationTests {

    private static final Instant NOON = Instant.parse("2026-12-01T12:00:00Z");

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;
    private MongoProcessedUpdates updates;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        mongo = new MongoTemplate(client, "paceline");
        updates = new MongoProcessedUpdates(mongo, "123456");
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void theFirstClaimWinsAndLaterOnesSeeItInProgressThenDone() {
        assertThat(updates.claim(7, NOON, NOON.minusSeconds(120))).isEqualTo(Claim.NEW);
        assertThat(updates.claim(7, NOON.plusSeconds(1), NOON.minusSeconds(119))).isEqualTo(Claim.IN_PROGRESS);

        updates.finished(7, NOON.plusSeconds(2));

        assertThat(updates.claim(7, NOON.plusSeconds(3), NOON.minusSeconds(117))).isEqualTo(Claim.DONE);
        assertThat(updates.claim(7, NOON.plusSeconds(600), null)).as("even taking over anything unfinished").isEqualTo(Claim.DONE);
        assertThat(updates.claim(8, NOON, NOON.minusSeconds(120))).as("another update").isEqualTo(Claim.NEW);
    }

    @Test
    void aClaimNeverFinishedIsTakenOverOnceItIsOlderThanTheDeadline() {
        updates.claim(7, NOON, NOON.minusSeconds(120));

        assertThat(updates.claim(7, NOON.plusSeconds(119), NOON.minusSeconds(1))).isEqualTo(Claim.IN_PROGRESS);
        assertThat(updates.claim(7, NOON.plusSeconds(121), NOON.plusSeconds(1))).isEqualTo(Claim.TAKEN_OVER);
        assertThat(updates.claim(7, NOON.plusSeconds(122), NOON.plusSeconds(2)))
                .as("the takeover is a fresh claim").isEqualTo(Claim.IN_PROGRESS);
        assertThat(updates.claim(7, NOON.plusSeconds(123), null)).as("a lone poller takes over at once").isEqualTo(Claim.TAKEN_OVER);
    }

    @Test
    void updateIdsAreCountedPerBot() {
        updates.claim(7, NOON, NOON);
        updates.finished(7, NOON);

        assertThat(new MongoProcessedUpdates(mongo, "999").claim(7, NOON, NOON)).isEqualTo(Claim.NEW);
    }

    @Test
    void handlingOnceRunsTheHandlerForTheFirstDeliveryOnlyAndForgetsUpdatesAfterADay() {
        var clock = SimulatedClock.stoppedAt(NOON);
        var once = new HandlingOnce(updates, clock);
        List<Long> handled = new ArrayList<>();

        assertThat(once.handle(1, Duration.ofMinutes(2), () -> handled.add(1L))).isEqualTo(HandlingOnce.Outcome.HANDLED);
        assertThat(once.handle(1, Duration.ofMinutes(2), () -> handled.add(1L))).isEqualTo(HandlingOnce.Outcome.DUPLICATE);
        assertThat(mongo.getCollection("processed_updates").countDocuments()).isEqualTo(1);

        clock.set(NOON.plus(Duration.ofDays(1)).plusSeconds(1));
        once.handle(2, Duration.ofMinutes(2), () -> handled.add(2L));

        assertThat(handled).containsExactly(1L, 2L);
        assertThat(mongo.getCollection("processed_updates").countDocuments()).as("update 1 forgotten").isEqualTo(1);
    }
}
