package app.paceline.delivery.mongo;

import app.paceline.delivery.DeliveryDecision;
import app.paceline.delivery.DeliveryKey;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.DeliveryPlan;
import app.paceline.delivery.DeliveryTally;
import app.paceline.delivery.FinishedDelivery;
import app.paceline.delivery.PlannedDeliveries;
import app.paceline.delivery.PlannedDelivery;
import app.paceline.delivery.Recipient;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * {@link PlannedDeliveries} in three collections:
 * <ul>
 *   <li>{@code deliveries}: waiting deliveries, keyed by delivery key (the hot collection);</li>
 *   <li>{@code delivery_leases}: who is sending which delivery until when; small (what is in flight);</li>
 *   <li>{@code delivery_history}: finished deliveries with their outcome and decisions, keyed by delivery key.</li>
 * </ul>
 * Claiming inserts a lease whose {@code _id} is the delivery key: the unique {@code _id} makes a claim exclusive
 * across instances without transactions. Every write addresses one document by {@code _id}, which matters on the
 * embedded store: there a filter on anything else scans the whole collection, while {@code _id} is indexed.
 * Finishing writes history before it deletes the delivery, so a delivery is never gone without its history; a
 * crash between the two leaves a delivery that the next claim recognises as finished and cleans up.
 */
public final class MongoPlannedDeliveries implements PlannedDeliveries {

    static final String WAITING = "deliveries";
    static final String LEASES = "delivery_leases";
    static final String HISTORY = "delivery_history";
    static final String SIGNALS = "delivery_signals";
    /** The one signal document: a counter of plans and the earliest due instant planned since the last full read. */
    private static final String PLANNED = "planned";

    /** How long the earliest known due time is trusted before the ledger is read again regardless. */
    static final Duration DEFAULT_RESCAN = Duration.ofSeconds(60);

    private final MongoCollection<Document> waiting;
    private final MongoCollection<Document> leases;
    private final MongoCollection<Document> history;
    private final MongoCollection<Document> signals;
    private final Duration rescanEvery;
    /**
     * The earliest {@code notBefore} among waiting deliveries nobody holds, as of the last read, lowered by every
     * plan and release through this object, and by the end of other instances' leases. While the claim horizon is
     * before it, claiming reads only the one signal document by {@code _id}, never the ledger: on the embedded store
     * every read of the ledger scans it, so an idle tick must not read it. Deliveries that another instance plans
     * raise the signal ({@link #signal}), so the claimer reads the ledger at its next tick; a full read also happens
     * at least every {@code rescanEvery}, whatever the signal says.
     */
    private final AtomicReference<Instant> nextDue = new AtomicReference<>(Instant.MIN);
    private final AtomicReference<Instant> lastScan = new AtomicReference<>(Instant.MIN);

    public MongoPlannedDeliveries(MongoOperations mongo) {
        this(mongo, DEFAULT_RESCAN);
    }

    public MongoPlannedDeliveries(MongoOperations mongo, Duration rescanEvery) {
        this.waiting = mongo.getCollection(WAITING);
        this.leases = mongo.getCollection(LEASES);
        this.history = mongo.getCollection(HISTORY);
        this.signals = mongo.getCollection(SIGNALS);
        this.rescanEvery = rescanEvery;
    }

    private void dueBy(Instant notBefore) {
        nextDue.accumulateAndGet(notBefore, (current, candidate) -> candidate.isBefore(current) ? candidate : current);
    }

    /** Indexes a real MongoDB needs for claiming and for per-chat cancellation; created at startup, idempotent. */
    public void createIndexes() {
        waiting.createIndex(Indexes.ascending("notBefore"), new IndexOptions().name("by_not_before"));
        waiting.createIndex(Indexes.ascending("chatId", "bundle"), new IndexOptions().name("by_chat_bundle"));
        leases.createIndex(Indexes.ascending("owner"), new IndexOptions().name("by_owner"));
        history.createIndex(Indexes.ascending("finishedAt"), new IndexOptions().name("by_finished_at"));
    }

    @Override
    public PlanResult plan(DeliveryPlan plan) {
        String id = plan.key().value();
        for (int attempt = 0; attempt < 3; attempt++) {
            // History first: a finished delivery stays in the hot collection for a moment while it is removed.
            if (history.find(Filters.eq("_id", id)).projection(new Document("_id", 1)).first() != null) {
                return PlanResult.ALREADY_FINISHED;
            }
            Bson changes = Updates.combine(
                    Updates.set("chatId", plan.recipient().chatId()),
                    Updates.set("group", plan.recipient().group()),
                    Updates.set("kind", plan.kind().name()),
                    Updates.set("due", Date.from(plan.due())),
                    Updates.set("sendBy", plan.sendBy().map(Date::from).orElse(null)),
                    Updates.set("bundle", plan.bundle().orElse(null)),
                    Updates.set("payload", new Document(new HashMap<>(plan.payload()))),
                    Updates.set("paid", plan.paid()),
                    Updates.set("notBefore", Date.from(plan.due())),
                    Updates.set("attempts", 0),
                    Updates.set("lastError", null));
            // The earliest due is lowered after each write, so that a claim running meanwhile cannot erase it.
            if (waiting.updateOne(Filters.eq("_id", id), changes).getMatchedCount() > 0) {
                dueBy(plan.due());
                signal(plan.due());
                return PlanResult.UPDATED;
            }
            try {
                waiting.insertOne(toDocument(PlannedDelivery.fresh(plan)));
                dueBy(plan.due());
                signal(plan.due());
                return PlanResult.CREATED;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                // Planned concurrently by someone else: update theirs.
            }
        }
        throw new IllegalStateException("could not plan " + plan.key() + ": it keeps changing under us");
    }

    @Override
    public void planAll(List<DeliveryPlan> plans) {
        List<String> ids = plans.stream().map(plan -> plan.key().value()).toList();
        Set<String> finished = new HashSet<>();
        Set<String> existing = new HashSet<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            history.find(Filters.in("_id", chunk)).projection(new Document("_id", 1)).forEach(doc -> finished.add(doc.getString("_id")));
            waiting.find(Filters.in("_id", chunk)).projection(new Document("_id", 1)).forEach(doc -> existing.add(doc.getString("_id")));
        }
        List<Document> fresh = new ArrayList<>();
        for (DeliveryPlan plan : plans) {
            String id = plan.key().value();
            if (existing.contains(id)) {
                plan(plan);
            } else if (!finished.contains(id)) {
                fresh.add(toDocument(PlannedDelivery.fresh(plan)));
            }
        }
        for (int from = 0; from < fresh.size(); from += 1000) {
            try {
                waiting.insertMany(fresh.subList(from, Math.min(fresh.size(), from + 1000)), new InsertManyOptions().ordered(false));
            } catch (MongoBulkWriteException e) {
                // Planned concurrently by someone else: theirs stands, as if planned twice.
                requireOnlyDuplicates(e);
            }
        }
        plans.forEach(plan -> dueBy(plan.due()));
        plans.stream().map(DeliveryPlan::due).min(Instant::compareTo).ifPresent(this::signal);
    }

    /**
     * Tells every instance that a delivery due at {@code due} was planned, after it was written: the instance that
     * claims (the leader) may not be the one that planned it, and it trusts its cached earliest due instant between
     * full reads. One single-document update: a counter, and the earliest due instant since the last full read.
     */
    private void signal(Instant due) {
        signals.updateOne(Filters.eq("_id", PLANNED),
                Updates.combine(Updates.inc("version", 1L), Updates.min("at", Date.from(due))),
                new UpdateOptions().upsert(true));
    }

    @Override
    public boolean cancel(DeliveryKey key, DeliveryDecision why) {
        var delivery = waiting(key);
        if (delivery.isEmpty() || !lease(key.value(), "cancel", Instant.MAX)) {
            return false;
        }
        finish(delivery.get(), why);
        return true;
    }

    @Override
    public int cancelWaitingFor(long chatId, DeliveryDecision why) {
        List<Finish> finishes = new ArrayList<>();
        for (Document doc : waiting.find(Filters.eq("chatId", chatId))) {
            if (lease(doc.getString("_id"), "cancel", Instant.MAX)) {
                finishes.add(new Finish(toDelivery(doc), why));
            }
        }
        finishAll(finishes);
        return finishes.size();
    }

    @Override
    public List<PlannedDelivery> claimDue(Instant horizon, Instant now, int limit, String owner, Instant leaseUntil,
                                          Set<Long> busyChats) {
        if (limit <= 0) {
            return List.of();
        }
        boolean fresh = now.isBefore(lastScan.get().plus(rescanEvery));
        // What was planned anywhere since the last full read; read before the scan, so that a plan after it is not lost.
        Document signal = signals.find(Filters.eq("_id", PLANNED)).first();
        boolean signalled = signal != null && !signal.getDate("at").toInstant().isAfter(horizon);
        if (fresh && horizon.isBefore(nextDue.get()) && !signalled) {
            return List.of();
        }
        if (signal != null) {
            // Everything planned before the signal was read is seen by the scan below; a plan after it changes the
            // counter, so the reset fails and the next tick reads again.
            signals.updateOne(Filters.and(Filters.eq("_id", PLANNED), Filters.eq("version", signal.get("version"))),
                    Updates.set("at", Date.from(FAR_FUTURE)));
        }
        // Reset the cache before reading anything: a release that lowers it while we read must not be overwritten.
        nextDue.set(FAR_FUTURE);
        lastScan.set(now);
        Set<String> orphaned = expireLeases(now);
        Set<String> leased = new HashSet<>();
        Instant earliestLeft = FAR_FUTURE;
        for (Document lease : leases.find()) {
            leased.add(lease.getString("_id"));
            // Another holder's lease may run out (it crashed): look again when it does.
            Instant until = lease.getDate("until").toInstant();
            if (!owner.equals(lease.getString("owner")) && until.isBefore(earliestLeft)) {
                earliestLeft = until;
            }
        }
        Map<String, PlannedDelivery> candidates = new LinkedHashMap<>();
        // One more than can be claimed, and no horizon in the filter: the first one left tells when to look again.
        for (Document doc : waiting.find().sort(Sorts.ascending("notBefore")).limit(limit + leased.size() + 1)) {
            String id = doc.getString("_id");
            Instant notBefore = doc.getDate("notBefore").toInstant();
            if (leased.contains(id)) {
                continue;
            }
            if (!notBefore.isAfter(horizon) && !busyChats.contains(doc.getLong("chatId")) && candidates.size() < limit) {
                candidates.put(id, toDelivery(doc));
            } else if (notBefore.isBefore(earliestLeft)) {
                earliestLeft = notBefore;
            }
        }
        dueBy(earliestLeft);
        Set<String> won = leaseAll(candidates.keySet(), owner, leaseUntil);
        candidates.keySet().retainAll(won);
        cleanUpFinished(candidates, orphaned);
        return List.copyOf(candidates.values());
    }

    @Override
    public int releaseClaimsOf(String owner) {
        int freed = (int) leases.deleteMany(Filters.eq("owner", owner)).getDeletedCount();
        if (freed > 0) {
            // They are claimable now: the next claim reads the ledger.
            nextDue.set(Instant.MIN);
        }
        return freed;
    }

    @Override
    public void renewLeases(String owner, Set<DeliveryKey> keys, Instant leaseUntil) {
        if (keys.isEmpty()) {
            return;
        }
        List<String> ids = keys.stream().map(DeliveryKey::value).toList();
        leases.updateMany(Filters.and(Filters.eq("owner", owner), Filters.in("_id", ids)), Updates.set("until", Date.from(leaseUntil)));
    }

    @Override
    public List<PlannedDelivery> claimBundle(long chatId, String bundle, Instant horizon, Instant now, String owner,
                                             Instant leaseUntil) {
        Map<String, PlannedDelivery> candidates = new LinkedHashMap<>();
        for (Document doc : waiting.find(Filters.and(Filters.eq("chatId", chatId), Filters.eq("bundle", bundle),
                Filters.lte("notBefore", Date.from(horizon))))) {
            candidates.put(doc.getString("_id"), toDelivery(doc));
        }
        candidates.keySet().retainAll(leaseAll(candidates.keySet(), owner, leaseUntil));
        return List.copyOf(candidates.values());
    }

    @Override
    public void release(PlannedDelivery claimed, String owner, Instant notBefore, int attempts, Optional<String> error,
                        DeliveryDecision decision) {
        String id = claimed.key().value();
        Document lease = leases.find(Filters.eq("_id", id)).first();
        if (lease == null || !owner.equals(lease.getString("owner"))) {
            return;
        }
        waiting.updateOne(Filters.eq("_id", id), Updates.combine(
                Updates.set("notBefore", Date.from(notBefore)),
                Updates.set("attempts", attempts),
                Updates.set("lastError", error.orElse(null)),
                Updates.set("decisions", decisionsToDocuments(claimed.decisionsWith(decision)))));
        leases.deleteOne(Filters.eq("_id", id));
        dueBy(notBefore);
    }

    @Override
    public void finishAll(List<Finish> finishes) {
        if (finishes.isEmpty()) {
            return;
        }
        List<Document> entries = new ArrayList<>();
        List<WriteModel<Document>> removals = new ArrayList<>();
        for (Finish finish : finishes) {
            PlannedDelivery delivery = finish.delivery();
            Document entry = toDocument(delivery);
            entry.put("outcome", finish.decision().verdict().name());
            entry.put("finishedAt", Date.from(finish.decision().at()));
            entry.put("decisions", decisionsToDocuments(delivery.decisionsWith(finish.decision())));
            entries.add(entry);
            removals.add(new DeleteOneModel<>(Filters.eq("_id", delivery.key().value())));
        }
        try {
            history.insertMany(entries, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            // An entry already in history (finished before a crash) keeps its first outcome.
            requireOnlyDuplicates(e);
        }
        waiting.bulkWrite(removals, new BulkWriteOptions().ordered(false));
        leases.bulkWrite(removals, new BulkWriteOptions().ordered(false));
    }

    @Override
    public boolean isFinished(DeliveryKey key) {
        return history.find(Filters.eq("_id", key.value())).projection(new Document("_id", 1)).first() != null;
    }

    @Override
    public Optional<PlannedDelivery> waiting(DeliveryKey key) {
        return Optional.ofNullable(waiting.find(Filters.eq("_id", key.value())).first()).map(MongoPlannedDeliveries::toDelivery);
    }

    @Override
    public Optional<FinishedDelivery> finished(DeliveryKey key) {
        return Optional.ofNullable(history.find(Filters.eq("_id", key.value())).first()).map(doc -> {
            PlannedDelivery delivery = toDelivery(doc);
            return new FinishedDelivery(delivery.plan(), DeliveryDecision.Verdict.valueOf(doc.getString("outcome")),
                    doc.getDate("finishedAt").toInstant(), delivery.attempts(), delivery.decisions());
        });
    }

    @Override
    public Optional<Instant> nextWaitingAfter(Instant now) {
        Document first = waiting.find(Filters.gt("notBefore", Date.from(now))).sort(Sorts.ascending("notBefore"))
                .projection(new Document("notBefore", 1)).limit(1).first();
        return first == null ? Optional.empty() : Optional.of(first.getDate("notBefore").toInstant());
    }

    @Override
    public long countWaiting() {
        return waiting.estimatedDocumentCount();
    }

    /**
     * Reads the keys in chunks by {@code _id} (indexed on every store): the waiting ones first, then history, so that a
     * delivery finishing between the two reads is counted once, as finished.
     */
    @Override
    public DeliveryTally tally(Collection<DeliveryKey> keys) {
        List<String> ids = keys.stream().map(DeliveryKey::value).distinct().toList();
        Map<String, PlannedDelivery> waitingOnes = new HashMap<>();
        Map<DeliveryDecision.Verdict, Long> finishedCounts = new EnumMap<>(DeliveryDecision.Verdict.class);
        Set<String> finishedIds = new HashSet<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            waiting.find(Filters.in("_id", chunk)).forEach(doc -> waitingOnes.put(doc.getString("_id"), toDelivery(doc)));
        }
        for (int from = 0; from < ids.size(); from += 1000) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            history.find(Filters.in("_id", chunk)).projection(new Document("_id", 1).append("outcome", 1)).forEach(doc -> {
                finishedIds.add(doc.getString("_id"));
                finishedCounts.merge(DeliveryDecision.Verdict.valueOf(doc.getString("outcome")), 1L, Long::sum);
            });
        }
        long waitingCount = 0;
        long deferred = 0;
        Instant deferredUntil = null;
        for (Map.Entry<String, PlannedDelivery> entry : waitingOnes.entrySet()) {
            if (finishedIds.contains(entry.getKey())) {
                continue;
            }
            waitingCount++;
            if (PlannedDeliveries.isDeferred(entry.getValue())) {
                deferred++;
                Instant until = entry.getValue().notBefore();
                if (deferredUntil == null || until.isAfter(deferredUntil)) {
                    deferredUntil = until;
                }
            }
        }
        return new DeliveryTally(waitingCount, deferred, Optional.ofNullable(deferredUntil), finishedCounts);
    }

    /** Reads, leases and finishes the waiting ones in batches instead of one key at a time. */
    @Override
    public int cancelAll(Collection<DeliveryKey> keys, DeliveryDecision why) {
        List<String> ids = keys.stream().map(DeliveryKey::value).distinct().toList();
        int cancelled = 0;
        for (int from = 0; from < ids.size(); from += 1000) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            Map<String, PlannedDelivery> found = new LinkedHashMap<>();
            waiting.find(Filters.in("_id", chunk)).forEach(doc -> found.put(doc.getString("_id"), toDelivery(doc)));
            // Whatever an engine holds right now is being sent: its lease keeps it from being withdrawn.
            Set<String> won = leaseAll(found.keySet(), "cancel", Instant.MAX);
            List<Finish> finishes = new ArrayList<>();
            found.forEach((id, delivery) -> {
                if (won.contains(id)) {
                    finishes.add(new Finish(delivery, why));
                }
            });
            finishAll(finishes);
            cancelled += finishes.size();
        }
        return cancelled;
    }

    /** Drops leases that ran out; returns their keys, whose owner may have finished them before it died. */
    private Set<String> expireLeases(Instant now) {
        Set<String> expired = new HashSet<>();
        Bson stale = Filters.lt("until", Date.from(now));
        for (Document lease : leases.find(stale).projection(new Document("_id", 1))) {
            expired.add(lease.getString("_id"));
        }
        if (!expired.isEmpty()) {
            leases.deleteMany(Filters.and(Filters.in("_id", expired), stale));
        }
        return expired;
    }

    /** Claimed deliveries that already have history (their owner died between the two writes of finishing). */
    private void cleanUpFinished(Map<String, PlannedDelivery> claimed, Set<String> orphaned) {
        Set<String> suspects = new HashSet<>(orphaned);
        suspects.retainAll(claimed.keySet());
        if (suspects.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> removals = new ArrayList<>();
        for (Document done : history.find(Filters.in("_id", suspects)).projection(new Document("_id", 1))) {
            String id = done.getString("_id");
            claimed.remove(id);
            removals.add(new DeleteOneModel<>(Filters.eq("_id", id)));
        }
        if (!removals.isEmpty()) {
            waiting.bulkWrite(removals);
            leases.bulkWrite(removals);
        }
    }

    private boolean lease(String id, String owner, Instant until) {
        return leaseAll(Set.of(id), owner, until).contains(id);
    }

    /** Inserts leases; returns the keys whose lease we now hold (others were held by someone else). */
    private Set<String> leaseAll(Set<String> ids, String owner, Instant until) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<String> ordered = new ArrayList<>(ids);
        List<WriteModel<Document>> inserts = new ArrayList<>();
        Date untilDate = Date.from(until.isAfter(FAR_FUTURE) ? FAR_FUTURE : until);
        for (String id : ordered) {
            inserts.add(new InsertOneModel<>(new Document("_id", id).append("owner", owner).append("until", untilDate)));
        }
        Set<String> won = new HashSet<>(ordered);
        try {
            leases.bulkWrite(inserts, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            requireOnlyDuplicates(e);
            for (BulkWriteError error : e.getWriteErrors()) {
                won.remove(ordered.get(error.getIndex()));
            }
        }
        return won;
    }

    /** Dates beyond this are not representable everywhere; a lease "for ever" ends here. */
    private static final Instant FAR_FUTURE = Instant.parse("9999-12-31T00:00:00Z");

    private static void requireOnlyDuplicates(MongoBulkWriteException e) {
        for (BulkWriteError error : e.getWriteErrors()) {
            if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    /** The stored shape of a delivery (also what a benchmark seeds directly). */
    public static Document toDocument(PlannedDelivery delivery) {
        DeliveryPlan plan = delivery.plan();
        return new Document("_id", plan.key().value())
                .append("chatId", plan.recipient().chatId())
                .append("group", plan.recipient().group())
                .append("kind", plan.kind().name())
                .append("due", Date.from(plan.due()))
                .append("sendBy", plan.sendBy().map(Date::from).orElse(null))
                .append("bundle", plan.bundle().orElse(null))
                .append("payload", new Document(new HashMap<>(plan.payload())))
                .append("paid", plan.paid())
                .append("notBefore", Date.from(delivery.notBefore()))
                .append("attempts", delivery.attempts())
                .append("lastError", delivery.lastError().orElse(null))
                .append("decisions", decisionsToDocuments(delivery.decisions()));
    }

    static PlannedDelivery toDelivery(Document doc) {
        Map<String, String> payload = new HashMap<>();
        Document stored = doc.get("payload", Document.class);
        if (stored != null) {
            stored.forEach((name, value) -> payload.put(name, String.valueOf(value)));
        }
        long chatId = ((Number) doc.get("chatId")).longValue();
        var plan = new DeliveryPlan(new DeliveryKey(doc.getString("_id")),
                new Recipient(chatId, doc.getBoolean("group", false)),
                DeliveryKind.valueOf(doc.getString("kind")),
                doc.getDate("due").toInstant(),
                Optional.ofNullable(doc.getDate("sendBy")).map(Date::toInstant),
                Optional.ofNullable(doc.getString("bundle")),
                payload,
                doc.getBoolean("paid", false));
        List<DeliveryDecision> decisions = new ArrayList<>();
        List<Document> storedDecisions = doc.getList("decisions", Document.class, List.of());
        for (Document decision : storedDecisions) {
            decisions.add(new DeliveryDecision(decision.getDate("at").toInstant(),
                    DeliveryDecision.Verdict.valueOf(decision.getString("verdict")), decision.getString("reason")));
        }
        return new PlannedDelivery(plan, doc.getDate("notBefore").toInstant(), doc.getInteger("attempts", 0),
                Optional.ofNullable(doc.getString("lastError")), decisions);
    }

    private static List<Document> decisionsToDocuments(List<DeliveryDecision> decisions) {
        return decisions.stream().map(decision -> new Document("at", Date.from(decision.at()))
                .append("verdict", decision.verdict().name())
                .append("reason", decision.reason())).toList();
    }
}
