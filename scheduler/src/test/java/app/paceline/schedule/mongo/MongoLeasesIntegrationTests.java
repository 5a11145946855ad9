package app.paceline.schedule.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.schedule.Leases;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The metronome's lease on the embedded MongoDB-compatible store, through the real driver. */
class MongoLeasesIntegrationTests {

    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");

    private MongoServer server;
    private MongoClient client;
    private MongoLeases leases;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        leases = new MongoLeases(new MongoTemplate(client, "paceline"));
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void ofManyInstancesAskingAtOnceExactlyOneGetsTheLease() throws Exception {
        var pool = Executors.newFixedThreadPool(8);
        List<Callable<Boolean>> asks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String holder = "instance-" + i;
            asks.add(() -> leases.take("metronome", holder, NINE, NINE.plusSeconds(15)).isPresent());
        }
        int granted = 0;
        for (var answer : pool.invokeAll(asks)) {
            granted += answer.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(granted).isEqualTo(1);
        assertThat(leases.holding("metronome")).map(Leases.Holding::holder).hasValueSatisfying(h -> assertThat(h).startsWith("instance-"));
    }

    @Test
    void theHolderRenewsAndOthersWaitUntilItRunsOutThenLearnWhomTheyTookItFrom() {
        assertThat(leases.take("metronome", "a", NINE, NINE.plusSeconds(15))).contains(new Leases.Grant(Optional.empty()));
        assertThat(leases.take("metronome", "a", NINE.plusSeconds(1), NINE.plusSeconds(16)))
                .as("renewal").contains(new Leases.Grant(Optional.empty()));
        assertThat(leases.take("metronome", "b", NINE.plusSeconds(16), NINE.plusSeconds(31))).as("still a's, to the end").isEmpty();

        assertThat(leases.take("metronome", "b", NINE.plusSeconds(17), NINE.plusSeconds(32)))
                .contains(new Leases.Grant(Optional.of("a")));
        assertThat(leases.take("metronome", "a", NINE.plusSeconds(18), NINE.plusSeconds(33))).as("a came back late").isEmpty();
        assertThat(leases.holding("metronome")).contains(new Leases.Holding("b", NINE.plusSeconds(32)));
    }

    @Test
    void aLeaseGivenUpIsFreeAtOnceAndOnlyItsHolderCanGiveItUp() {
        leases.take("metronome", "a", NINE, NINE.plusSeconds(15));
        leases.giveUp("metronome", "b");
        assertThat(leases.take("metronome", "b", NINE.plusSeconds(1), NINE.plusSeconds(16))).isEmpty();

        leases.giveUp("metronome", "a");

        assertThat(leases.holding("metronome")).isEmpty();
        assertThat(leases.take("metronome", "b", NINE.plusSeconds(1), NINE.plusSeconds(16)))
                .as("nobody to take it from: a holds nothing").contains(new Leases.Grant(Optional.empty()));
    }
}
