package app.paceline.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link PlannedDeliveries} in memory with the same semantics as the MongoDB one, for engine tests. */
public final class InMemoryPlannedDeliveries implements PlannedDeliveries {

    private final Map<DeliveryKey, PlannedDelivery> waiting = new LinkedHashMap<>();
    private final Map<DeliveryKey, Lease> leases = new HashMap<>();
    private final Map<DeliveryKey, FinishedDelivery> history = new LinkedHashMap<>();
    /** When set, writing finished deliveries fails as with an unreachable store. */
    public volatile boolean refusingWrites;
    public final java.util.concurrent.atomic.AtomicInteger refusedWrites = new java.util.concurrent.atomic.AtomicInteger();

    private record Lease(String owner, Instant until) {
    }

    @Override
    public synchronized PlanResult plan(DeliveryPlan plan) {
        if (history.containsKey(plan.key())) {
            return PlanResult.ALREADY_FINISHED;
        }
        var existing = waiting.get(plan.key());
        waiting.put(plan.key(), existing == null ? PlannedDelivery.fresh(plan)
                : new PlannedDelivery(plan, plan.due(), 0, Optional.empty(), existing.decisions()));
        return existing == null ? PlanResult.CREATED : PlanResult.UPDATED;
    }

    @Override
    public synchronized boolean cancel(DeliveryKey key, DeliveryDecision why) {
        var delivery = waiting.get(key);
        if (delivery == null || leases.containsKey(key)) {
            return false;
        }
        finish(delivery, why);
        return true;
    }

    @Override
    public synchronized int cancelWaitingFor(long chatId, DeliveryDecision why) {
        var victims = waiting.values().stream()
                .filter(d -> d.recipient().chatId() == chatId && !leases.containsKey(d.key())).toList();
        victims.forEach(d -> finish(d, why));
        return victims.size();
    }

    @Override
    public synchronized List<PlannedDelivery> claimDue(Instant horizon, Instant now, int limit, String owner,
                                                       Instant leaseUntil, Set<Long> busyChats) {
        leases.values().removeIf(lease -> lease.until().isBefore(now));
        var claimed = waiting.values().stream()
                .filter(d -> !d.notBefore().isAfter(horizon))
                .filter(d -> !leases.containsKey(d.key()))
                .filter(d -> !busyChats.contains(d.recipient().chatId()))
                .sorted(Comparator.comparing(PlannedDelivery::notBefore))
                .limit(limit)
                .toList();
        claimed.forEach(d -> leases.put(d.key(), new Lease(owner, leaseUntil)));
        return claimed;
    }

    @Override
    public synchronized void renewLeases(String owner, Set<DeliveryKey> keys, Instant leaseUntil) {
        leases.replaceAll((key, lease) -> lease.owner().equals(owner) && keys.contains(key) ? new Lease(owner, leaseUntil) : lease);
    }

    @Override
    public synchronized int releaseClaimsOf(String owner) {
        int before = leases.size();
        leases.values().removeIf(lease -> lease.owner().equals(owner));
        return before - leases.size();
    }

    @Override
    public synchronized List<PlannedDelivery> claimBundle(long chatId, String bundle, Instant horizon, Instant now,
                                                          String owner, Instant leaseUntil) {
        var claimed = waiting.values().stream()
                .filter(d -> d.recipient().chatId() == chatId && d.plan().bundle().equals(Optional.of(bundle)))
                .filter(d -> !d.notBefore().isAfter(horizon) && !leases.containsKey(d.key()))
                .toList();
        claimed.forEach(d -> leases.put(d.key(), new Lease(owner, leaseUntil)));
        return claimed;
    }

    @Override
    public synchronized void release(PlannedDelivery claimed, String owner, Instant notBefore, int attempts,
                                     Optional<String> error, DeliveryDecision decision) {
        var lease = leases.get(claimed.key());
        var current = waiting.get(claimed.key());
        if (lease == null || !lease.owner().equals(owner) || current == null) {
            return;
        }
        waiting.put(claimed.key(), new PlannedDelivery(current.plan(), notBefore, attempts, error, current.decisionsWith(decision)));
        leases.remove(claimed.key());
    }

    @Override
    public synchronized void finishAll(List<Finish> finishes) {
        if (refusingWrites) {
            refusedWrites.incrementAndGet();
            throw new IllegalStateException("the store is unreachable");
        }
        for (Finish finish : finishes) {
            var delivery = waiting.getOrDefault(finish.delivery().key(), finish.delivery());
            history.putIfAbsent(delivery.key(), new FinishedDelivery(delivery.plan(), finish.decision().verdict(),
                    finish.decision().at(), delivery.attempts(), delivery.decisionsWith(finish.decision())));
            waiting.remove(delivery.key());
            leases.remove(delivery.key());
        }
    }

    @Override
    public synchronized boolean isFinished(DeliveryKey key) {
        return history.containsKey(key);
    }

    @Override
    public synchronized Optional<PlannedDelivery> waiting(DeliveryKey key) {
        return Optional.ofNullable(waiting.get(key));
    }

    @Override
    public synchronized Optional<FinishedDelivery> finished(DeliveryKey key) {
        return Optional.ofNullable(history.get(key));
    }

    @Override
    public synchronized Optional<Instant> nextWaitingAfter(Instant now) {
        return waiting.values().stream().map(PlannedDelivery::notBefore).filter(at -> at.isAfter(now))
                .min(Comparator.naturalOrder());
    }

    @Override
    public synchronized long countWaiting() {
        return waiting.size();
    }

    public synchronized long waitingOfKind(DeliveryKind kind) {
        return waiting.values().stream().filter(d -> d.plan().kind() == kind).count();
    }

    /** Every waiting delivery, in planning order. */
    public synchronized List<PlannedDelivery> allWaiting() {
        return new ArrayList<>(waiting.values());
    }

    public synchronized List<FinishedDelivery> history() {
        return new ArrayList<>(history.values());
    }
}
