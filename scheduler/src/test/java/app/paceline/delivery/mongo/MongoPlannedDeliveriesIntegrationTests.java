package app.paceline.delivery.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.delivery.DeliveryDecision;
import app.paceline.delivery.DeliveryDecision.Verdict;
import app.paceline.delivery.DeliveryKey;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.DeliveryPlan;
import app.paceline.delivery.PlannedDeliveries.PlanResult;
import app.paceline.delivery.PlannedDelivery;
import app.paceline.delivery.Recipient;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The ledger on the embedded MongoDB-compatible store, through the real driver. */
class MongoPlannedDeliveriesIntegrationTests {

    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant LEASE = NINE.plusSeconds(60);

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate template;
    private MongoPlannedDeliveries ledger;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        template = new MongoTemplate(client, "paceline");
        ledger = new MongoPlannedDeliveries(template);
        ledger.createIndexes();
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void tellsWhenTheNextWaitingDeliveryIsDueAfterNow() {
        assertThat(ledger.nextWaitingAfter(NINE)).isEmpty();
        ledger.plan(plan(DeliveryKey.of("drip", "e1", "1"), NINE, Map.of()));
        ledger.plan(plan(DeliveryKey.of("drip", "e1", "3"), NINE.plusSeconds(7200), Map.of()));
        ledger.plan(plan(DeliveryKey.of("drip", "e1", "2"), NINE.plusSeconds(3600), Map.of()));

        assertThat(ledger.nextWaitingAfter(NINE.minusSeconds(1))).contains(NINE);
        assertThat(ledger.nextWaitingAfter(NINE)).as("already due is not next").contains(NINE.plusSeconds(3600));
        assertThat(ledger.nextWaitingAfter(NINE.plusSeconds(7200))).isEmpty();
    }

    @Test
    void planningByKeyCreatesThenUpdatesAndNeverRevivesAFinishedDelivery() {
        var key = DeliveryKey.of("drip", "e1", "3");
        assertThat(ledger.plan(plan(key, NINE, Map.of("title", "Autolyse")).bundledAs("drip:e1"))).isEqualTo(PlanResult.CREATED);
        assertThat(ledger.plan(plan(key, NINE.plusSeconds(3600), Map.of("title", "Autolyse!")).bundledAs("drip:e1")))
                .isEqualTo(PlanResult.UPDATED);

        var waiting = ledger.waiting(key).orElseThrow();
        assertThat(waiting.notBefore()).isEqualTo(NINE.plusSeconds(3600));
        assertThat(waiting.plan().payload()).containsEntry("title", "Autolyse!");
        assertThat(waiting.plan().bundle()).contains("drip:e1");
        assertThat(ledger.countWaiting()).isEqualTo(1);

        ledger.finish(waiting, new DeliveryDecision(NINE, Verdict.SENT, ""));
        assertThat(ledger.plan(plan(key, NINE, Map.of()))).isEqualTo(PlanResult.ALREADY_FINISHED);
        assertThat(ledger.waiting(key)).isEmpty();
        assertThat(ledger.finished(key).orElseThrow().outcome()).isEqualTo(Verdict.SENT);
    }

    @Test
    void claimsAreExclusiveEvenWhenInstancesRace() throws Exception {
        for (int i = 0; i < 300; i++) {
            ledger.plan(plan(DeliveryKey.of("race", String.valueOf(i)), NINE, Map.of()));
        }
        var pool = Executors.newFixedThreadPool(3);
        List<Callable<List<PlannedDelivery>>> claims = new ArrayList<>();
        for (String owner : List.of("a", "b", "c")) {
            claims.add(() -> {
                List<PlannedDelivery> mine = new ArrayList<>();
                for (int round = 0; round < 10; round++) {
                    mine.addAll(ledger.claimDue(NINE, NINE, 40, owner, LEASE, Set.of()));
                }
                return mine;
            });
        }
        Set<String> claimed = new HashSet<>();
        int total = 0;
        for (var result : pool.invokeAll(claims)) {
            for (PlannedDelivery delivery : result.get()) {
                claimed.add(delivery.key().value());
                total++;
            }
        }
        pool.shutdown();

        assertThat(total).isEqualTo(300);
        assertThat(claimed).hasSize(300);
    }

    @Test
    void aClaimIsReturnedWhenItsLeaseRunsOutAndSkipsBusyChatsAndLaterDeliveries() {
        ledger.plan(plan(DeliveryKey.of("due", "1"), NINE, Map.of()));
        ledger.plan(DeliveryPlan.of(DeliveryKey.of("busy", "1"), Recipient.learner(77), DeliveryKind.BROADCAST, NINE, Map.of()));
        ledger.plan(plan(DeliveryKey.of("later", "1"), NINE.plusSeconds(3600), Map.of()));

        assertThat(ledger.claimDue(NINE, NINE, 10, "crashed", LEASE, Set.of(77L))).extracting(d -> d.key().value()).containsExactly("due:1");
        assertThat(ledger.claimDue(NINE, NINE.plusSeconds(59), 10, "other", LEASE, Set.of(77L))).isEmpty();
        assertThat(ledger.claimDue(NINE, NINE.plusSeconds(61), 10, "other", LEASE.plusSeconds(61), Set.of(77L)))
                .extracting(d -> d.key().value()).containsExactly("due:1");
    }

    @Test
    void renewingLeasesKeepsOthersAway() {
        ledger.plan(plan(DeliveryKey.of("long", "1"), NINE, Map.of()));
        ledger.claimDue(NINE, NINE, 10, "slow", LEASE, Set.of());

        ledger.renewLeases("slow", Set.of(DeliveryKey.of("long", "1")), LEASE.plusSeconds(60));

        assertThat(ledger.claimDue(NINE, LEASE.plusSeconds(30), 10, "other", LEASE.plusSeconds(90), Set.of())).isEmpty();
    }

    @Test
    void aClaimItsOwnerLostTrackOfIsNotRenewedAndReturns() {
        ledger.plan(plan(DeliveryKey.of("kept", "1"), NINE, Map.of()));
        ledger.plan(plan(DeliveryKey.of("forgotten", "1"), NINE, Map.of()));
        ledger.claimDue(NINE, NINE, 10, "me", LEASE, Set.of());

        ledger.renewLeases("me", Set.of(DeliveryKey.of("kept", "1")), LEASE.plusSeconds(60));

        Instant later = LEASE.plusSeconds(1);
        assertThat(ledger.claimDue(later, later, 10, "other", later.plusSeconds(60), Set.of()))
                .extracting(d -> d.key().value()).containsExactly("forgotten:1");
    }

    @Test
    void aDeliveryFinishedJustBeforeACrashIsCleanedUpNotSentAgain() {
        var key = DeliveryKey.of("sent", "1");
        ledger.plan(plan(key, NINE, Map.of()));
        var claimed = ledger.claimDue(NINE, NINE, 10, "crashed", LEASE, Set.of()).get(0);
        // The crashed owner wrote history, then died before removing the delivery and its lease.
        var entry = MongoPlannedDeliveries.toDocument(claimed).append("outcome", "SENT").append("finishedAt", java.util.Date.from(NINE));
        template.getCollection(MongoPlannedDeliveries.HISTORY).insertOne(entry);

        assertThat(ledger.claimDue(NINE, LEASE.plusSeconds(1), 10, "survivor", LEASE.plusSeconds(61), Set.of())).isEmpty();
        assertThat(ledger.waiting(key)).isEmpty();
        assertThat(ledger.finished(key).orElseThrow().outcome()).isEqualTo(Verdict.SENT);
    }

    @Test
    void releasingRecordsTheAttemptAndTheDecision() {
        var key = DeliveryKey.of("flaky", "1");
        ledger.plan(plan(key, NINE, Map.of()));
        var claimed = ledger.claimDue(NINE, NINE, 10, "me", LEASE, Set.of()).get(0);

        ledger.release(claimed, "someone-else", NINE.plusSeconds(5), 1, Optional.of("502"), new DeliveryDecision(NINE, Verdict.RETRIED, "502"));
        assertThat(ledger.waiting(key).orElseThrow().attempts()).isZero();

        ledger.release(claimed, "me", NINE.plusSeconds(5), 1, Optional.of("502"), new DeliveryDecision(NINE, Verdict.RETRIED, "502"));
        var waiting = ledger.waiting(key).orElseThrow();
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).contains("502");
        assertThat(waiting.notBefore()).isEqualTo(NINE.plusSeconds(5));
        assertThat(waiting.decisions()).extracting(DeliveryDecision::verdict).containsExactly(Verdict.RETRIED);
        assertThat(template.getCollection(MongoPlannedDeliveries.LEASES).countDocuments()).isZero();
    }

    @Test
    void cancellingForAChatSparesDeliveriesBeingSentAndOtherChats() {
        ledger.plan(DeliveryPlan.of(DeliveryKey.of("x", "1"), Recipient.learner(5), DeliveryKind.BROADCAST, NINE, Map.of()));
        ledger.plan(DeliveryPlan.of(DeliveryKey.of("x", "2"), Recipient.learner(5), DeliveryKind.BROADCAST, NINE.plusSeconds(60), Map.of()));
        ledger.plan(DeliveryPlan.of(DeliveryKey.of("x", "3"), Recipient.learner(6), DeliveryKind.BROADCAST, NINE, Map.of()));
        ledger.claimDue(NINE, NINE, 1, "sender", LEASE, Set.of(6L));

        int cancelled = ledger.cancelWaitingFor(5, new DeliveryDecision(NINE, Verdict.CANCELLED, "blocked"));

        assertThat(cancelled).isEqualTo(1);
        assertThat(ledger.finished(DeliveryKey.of("x", "2")).orElseThrow().outcome()).isEqualTo(Verdict.CANCELLED);
        assertThat(ledger.waiting(DeliveryKey.of("x", "1"))).isPresent();
        assertThat(ledger.waiting(DeliveryKey.of("x", "3"))).isPresent();
        assertThat(ledger.cancel(DeliveryKey.of("x", "1"), new DeliveryDecision(NINE, Verdict.CANCELLED, "moved"))).isFalse();
        assertThat(ledger.cancel(DeliveryKey.of("x", "3"), new DeliveryDecision(NINE, Verdict.CANCELLED, "moved"))).isTrue();
    }

    @Test
    void aBundleIsClaimedTogether() {
        for (int day = 1; day <= 3; day++) {
            ledger.plan(plan(DeliveryKey.of("drip", "e1", String.valueOf(day)), NINE.minus(Duration.ofDays(4 - day)), Map.of()).bundledAs("drip:e1"));
        }
        var first = ledger.claimDue(NINE, NINE, 1, "me", LEASE, Set.of());

        var rest = ledger.claimBundle(1001, "drip:e1", NINE, NINE, "me", LEASE);

        assertThat(first).hasSize(1);
        assertThat(rest).hasSize(2);
        assertThat(template.getCollection(MongoPlannedDeliveries.LEASES).countDocuments(Filters.eq("owner", "me"))).isEqualTo(3);
    }

    @Test
    void historyKeepsTheFirstOutcome() {
        var key = DeliveryKey.of("once", "1");
        ledger.plan(plan(key, NINE, Map.of()));
        var delivery = ledger.waiting(key).orElseThrow();

        ledger.finish(delivery, new DeliveryDecision(NINE, Verdict.SENT, ""));
        ledger.finish(delivery, new DeliveryDecision(NINE, Verdict.DROPPED, "late"));

        assertThat(ledger.finished(key).orElseThrow().outcome()).isEqualTo(Verdict.SENT);
        assertThat(template.getCollection(MongoPlannedDeliveries.HISTORY).countDocuments(new Document("_id", "once:1"))).isEqualTo(1);
    }

    @Test
    void planningManyAtOnceFollowsTheSameRulesAsOneByOne() {
        ledger.plan(plan(DeliveryKey.of("bulk", "0"), NINE, Map.of("v", "old")));
        var done = DeliveryKey.of("bulk", "1");
        ledger.plan(plan(done, NINE, Map.of()));
        ledger.finish(ledger.waiting(done).orElseThrow(), new DeliveryDecision(NINE, Verdict.SENT, ""));
        List<DeliveryPlan> plans = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            plans.add(plan(DeliveryKey.of("bulk", String.valueOf(i)), NINE, Map.of("v", "new")));
        }

        ledger.planAll(plans);

        assertThat(ledger.countWaiting()).isEqualTo(2499);
        assertThat(ledger.waiting(DeliveryKey.of("bulk", "0")).orElseThrow().plan().payload()).containsEntry("v", "new");
        assertThat(ledger.waiting(done)).isEmpty();
    }

    @Test
    void anIdleTickReadsNothingAndWhatOthersPlanIsSeenWithinTheRescanInterval() {
        ledger.plan(plan(DeliveryKey.of("next", "week"), NINE.plus(Duration.ofDays(7)), Map.of()));
        assertThat(ledger.claimDue(NINE, NINE, 10, "me", LEASE, Set.of())).isEmpty();
        // Another instance plans something due now, behind this ledger's back.
        var elsewhere = PlannedDelivery.fresh(plan(DeliveryKey.of("other", "instance"), NINE, Map.of()));
        template.getCollection(MongoPlannedDeliveries.WAITING).insertOne(MongoPlannedDeliveries.toDocument(elsewhere));

        assertThat(ledger.claimDue(NINE.plusSeconds(1), NINE.plusSeconds(1), 10, "me", LEASE, Set.of()))
                .as("the ledger was not read again within the rescan interval").isEmpty();
        Instant later = NINE.plus(MongoPlannedDeliveries.DEFAULT_RESCAN);
        assertThat(ledger.claimDue(later, later, 10, "me", later.plusSeconds(60), Set.of()))
                .extracting(d -> d.key().value()).containsExactly("other:instance");
    }

    @Test
    void aPlanThroughThisLedgerIsClaimableAtOnceDespiteTheCache() {
        ledger.plan(plan(DeliveryKey.of("next", "week"), NINE.plus(Duration.ofDays(7)), Map.of()));
        assertThat(ledger.claimDue(NINE, NINE, 10, "me", LEASE, Set.of())).isEmpty();

        ledger.plan(plan(DeliveryKey.of("right", "now"), NINE, Map.of()));

        assertThat(ledger.claimDue(NINE.plusSeconds(1), NINE.plusSeconds(1), 10, "me", LEASE, Set.of()))
                .extracting(d -> d.key().value()).containsExactly("right:now");
    }

    @Test
    void whatAnotherInstancePlansIsClaimableAtTheLeadersNextTick() {
        ledger.plan(plan(DeliveryKey.of("next", "week"), NINE.plus(Duration.ofDays(7)), Map.of()));
        assertThat(ledger.claimDue(NINE, NINE, 10, "leader", LEASE, Set.of())).isEmpty();
        var otherInstance = new MongoPlannedDeliveries(template);

        otherInstance.plan(plan(DeliveryKey.of("one", "now"), NINE, Map.of()));
        otherInstance.planAll(List.of(plan(DeliveryKey.of("many", "1"), NINE.plusSeconds(1), Map.of()),
                plan(DeliveryKey.of("many", "2"), NINE.plusSeconds(1), Map.of())));

        assertThat(ledger.claimDue(NINE.plusSeconds(1), NINE.plusSeconds(1), 10, "leader", LEASE, Set.of()))
                .extracting(d -> d.key().value()).containsExactlyInAnyOrder("one:now", "many:1", "many:2");
        assertThat(ledger.claimDue(NINE.plusSeconds(2), NINE.plusSeconds(2), 10, "leader", LEASE, Set.of()))
                .as("the signal was consumed by the read").isEmpty();
        otherInstance.plan(plan(DeliveryKey.of("next", "month"), NINE.plus(Duration.ofDays(30)), Map.of()));
        assertThat(ledger.claimDue(NINE.plusSeconds(3), NINE.plusSeconds(3), 10, "leader", LEASE, Set.of()))
                .as("something planned for later does not make anything due").isEmpty();
    }

    @Test
    void theClaimsOfAnInstanceThatIsGoneAreFreedAtOnceAndNobodyElses() {
        ledger.plan(plan(DeliveryKey.of("held", "by-a"), NINE, Map.of()));
        ledger.plan(DeliveryPlan.of(DeliveryKey.of("held", "by-b"), Recipient.learner(2002), DeliveryKind.DRIP_DAY, NINE, Map.of()));
        assertThat(ledger.claimDue(NINE, NINE, 1, "a", LEASE, Set.of())).hasSize(1);
        assertThat(ledger.claimDue(NINE, NINE, 1, "b", LEASE, Set.of())).hasSize(1);

        assertThat(ledger.releaseClaimsOf("a")).isEqualTo(1);

        assertThat(ledger.claimDue(NINE.plusSeconds(1), NINE.plusSeconds(1), 10, "c", LEASE, Set.of()))
                .as("a's claim, long before its lease ran out; b's stays b's").hasSize(1);
    }

    private static DeliveryPlan plan(DeliveryKey key, Instant due, Map<String, String> payload) {
        return DeliveryPlan.of(key, Recipient.learner(1001), DeliveryKind.DRIP_DAY, due, payload);
    }
}
