package app.paceline.delivery.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.delivery.DeliveryDecision;
import app.paceline.delivery.DeliveryDecision.Verdict;
import app.paceline.delivery.DeliveryKey;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.DeliveryPlan;
import app.paceline.delivery.DeliveryTally;
import app.paceline.delivery.InMemoryPlannedDeliveries;
import app.paceline.delivery.PlannedDeliveries;
import app.paceline.delivery.PlannedDelivery;
import app.paceline.delivery.Recipient;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Counting and withdrawing a set of deliveries by key (a broadcast's), on the embedded store and, with the same
 * expectations, on the in-memory ledger the use-case tests rely on.
 */
class MongoDeliveryTallyIntegrationTests {

    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");

    private MongoServer server;
    private MongoClient client;
    private MongoPlannedDeliveries mongoLedger;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        mongoLedger = new MongoPlannedDeliveries(new MongoTemplate(client, "paceline"));
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void countsWaitingDeferredAndFinishedByVerdictOnTheStore() {
        talliesLikeThis(() -> mongoLedger);
    }

    @Test
    void countsTheSameInMemory() {
        talliesLikeThis(InMemoryPlannedDeliveries::new);
    }

    @Test
    void withdrawsTheWaitingOnesButNotThoseBeingSentOrFinishedOnTheStore() {
        withdrawsLikeThis(() -> mongoLedger);
    }

    @Test
    void withdrawsTheSameInMemory() {
        withdrawsLikeThis(InMemoryPlannedDeliveries::new);
    }

    private void talliesLikeThis(Supplier<PlannedDeliveries> make) {
        PlannedDeliveries ledger = make.get();
        List<DeliveryKey> keys = keys(2500); // more than one chunk of 1000
        ledger.planAll(keys.stream().map(key -> plan(key, NINE)).toList());
        ledger.plan(plan(DeliveryKey.of("bc", "other", "1"), NINE));
        List<PlannedDelivery> claimed = ledger.claimDue(NINE, NINE, 10, "engine", NINE.plusSeconds(60), Set.of());
        List<PlannedDeliveries.Finish> finishes = new ArrayList<>();
        finishes.add(new PlannedDeliveries.Finish(claimed.get(0), decision(Verdict.SENT)));
        finishes.add(new PlannedDeliveries.Finish(claimed.get(1), decision(Verdict.SENT)));
        finishes.add(new PlannedDeliveries.Finish(claimed.get(2), decision(Verdict.UNREACHABLE)));
        finishes.add(new PlannedDeliveries.Finish(claimed.get(3), decision(Verdict.DEAD_LETTERED)));
        ledger.finishAll(finishes);
        Instant morning = NINE.plusSeconds(8 * 3600);
        ledger.release(claimed.get(4), "engine", morning, 0, Optional.empty(), decision(Verdict.DEFERRED));
        ledger.release(claimed.get(5), "engine", morning.minusSeconds(60), 0, Optional.empty(), decision(Verdict.DEFERRED));
        ledger.release(claimed.get(6), "engine", NINE.plusSeconds(1), 1, Optional.of("502"), decision(Verdict.RETRIED));

        DeliveryTally tally = ledger.tally(keys);

        assertThat(tally.waiting()).isEqualTo(2496);
        assertThat(tally.deferred()).isEqualTo(2);
        assertThat(tally.deferredUntil()).contains(morning);
        assertThat(tally.finished()).isEqualTo(Map.of(Verdict.SENT, 2L, Verdict.UNREACHABLE, 1L, Verdict.DEAD_LETTERED, 1L));
        assertThat(ledger.tally(List.of(DeliveryKey.of("bc", "nobody", "1")))).isEqualTo(DeliveryTally.empty());
    }

    private void withdrawsLikeThis(Supplier<PlannedDeliveries> make) {
        PlannedDeliveries ledger = make.get();
        List<DeliveryKey> keys = keys(1200);
        ledger.planAll(keys.stream().map(key -> plan(key, NINE)).toList());
        List<PlannedDelivery> claimed = ledger.claimDue(NINE, NINE, 2, "engine", NINE.plusSeconds(60), Set.of());
        ledger.finish(claimed.get(0), decision(Verdict.SENT));

        int withdrawn = ledger.cancelAll(keys, decision(Verdict.CANCELLED));

        assertThat(withdrawn).isEqualTo(1198);
        assertThat(ledger.waiting(claimed.get(1).key())).as("being sent").isPresent();
        assertThat(ledger.finished(claimed.get(0).key()).orElseThrow().outcome()).isEqualTo(Verdict.SENT);
        assertThat(ledger.tally(keys).finished()).isEqualTo(Map.of(Verdict.SENT, 1L, Verdict.CANCELLED, 1198L));
        assertThat(ledger.cancelAll(keys, decision(Verdict.CANCELLED))).as("again").isZero();
    }

    private static List<DeliveryKey> keys(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> DeliveryKey.of("bc", "b1", Integer.toString(i))).toList();
    }

    private static DeliveryPlan plan(DeliveryKey key, Instant due) {
        return DeliveryPlan.of(key, Recipient.learner(Long.parseLong(key.value().substring(key.value().lastIndexOf(':') + 1))),
                DeliveryKind.BROADCAST, due, Map.of("broadcast", "b1"));
    }

    private static DeliveryDecision decision(Verdict verdict) {
        return new DeliveryDecision(NINE, verdict, "test");
    }
}
