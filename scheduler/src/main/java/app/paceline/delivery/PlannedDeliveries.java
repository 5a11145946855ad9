package app.paceline.delivery;

import app.paceline.delivery.DeliveryDecision.Verdict;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The delivery ledger. Waiting deliveries live in a small hot collection; finished ones move to history, so that
 * claiming stays cheap. Every operation is a single-document atomic update (no multi-document transactions), and
 * each claim holds a lease so that a crashed instance's work returns to the queue.
 */
public interface PlannedDeliveries {

    /**
     * Plans by key: a new key is added; a waiting delivery with this key is updated in place (due time, payload,
     * recipient), its attempts reset; a key that was already delivered, dropped or cancelled is left alone.
     */
    PlanResult plan(DeliveryPlan plan);

    /**
     * Plans many deliveries at once (a broadcast, a cohort's drip); same rules as {@link #plan} for each, but
     * new keys are written in bulk.
     */
    default void planAll(List<DeliveryPlan> plans) {
        plans.forEach(this::plan);
    }

    /** Withdraws a waiting delivery (not one being sent right now); returns whether there was one. */
    boolean cancel(DeliveryKey key, DeliveryDecision why);

    /** Withdraws every waiting delivery to a chat, e.g. when its user blocked the bot; returns how many. */
    int cancelWaitingFor(long chatId, DeliveryDecision why);

    /**
     * Claims up to {@code limit} deliveries that may be tried by {@code horizon}, earliest first, for
     * {@code owner} until {@code leaseUntil}, skipping chats in {@code busyChats}. A delivery is claimed by one
     * owner at a time; a lease that ran out before {@code now} (its owner crashed) makes the delivery claimable
     * again, and a delivery that had in fact been finished by that owner is cleaned up instead of claimed.
     */
    List<PlannedDelivery> claimDue(Instant horizon, Instant now, int limit, String owner, Instant leaseUntil,
                                   Set<Long> busyChats);

    /**
     * Extends {@code owner}'s leases on {@code keys} (the deliveries it still holds) while they wait for their turn;
     * a lease it holds on anything else is left to run out, so that a claim it lost track of returns to the queue.
     */
    void renewLeases(String owner, Set<DeliveryKey> keys, Instant leaseUntil);

    /**
     * Frees every claim {@code owner} holds, whatever their leases say: that instance is known to be gone (its
     * metronome lease ran out), so its deliveries need not wait for their own leases. Returns how many were freed.
     */
    int releaseClaimsOf(String owner);

    /** Claims the other waiting deliveries of a bundle that are due by {@code horizon}, so they go out together. */
    List<PlannedDelivery> claimBundle(long chatId, String bundle, Instant horizon, Instant now, String owner, Instant leaseUntil);

    /**
     * Gives a claimed delivery back to the queue, to be tried at {@code notBefore}, with {@code decision} recorded.
     * Does nothing if {@code owner} no longer holds it.
     */
    void release(PlannedDelivery claimed, String owner, Instant notBefore, int attempts, Optional<String> error,
                 DeliveryDecision decision);

    /**
     * Ends deliveries with a final decision each: recorded in history (first decision wins), removed from the
     * ledger, leases released. Idempotent; batched because it is the hot path of sending.
     */
    void finishAll(List<Finish> finishes);

    default void finish(PlannedDelivery delivery, DeliveryDecision decision) {
        finishAll(List.of(new Finish(delivery, decision)));
    }

    /** Whether the key has a history entry, i.e. must never be sent (again). */
    boolean isFinished(DeliveryKey key);

    Optional<PlannedDelivery> waiting(DeliveryKey key);

    Optional<FinishedDelivery> finished(DeliveryKey key);

    /**
     * The earliest instant after {@code now} at which a waiting delivery may be tried, if any: when the engine sends
     * next (the sandbox's "next scheduled message"). A read for people, not for claiming.
     */
    Optional<Instant> nextWaitingAfter(Instant now);

    /** Deliveries in the ledger (waiting or being sent). */
    long countWaiting();

    /**
     * How the deliveries with these keys stand (a broadcast's, for its progress): waiting, held back by quiet hours,
     * and finished by verdict. A delivery finishing meanwhile is counted once, as finished. Reads by key only, so that
     * it stays cheap on a store where any other filter scans the whole collection.
     */
    default DeliveryTally tally(Collection<DeliveryKey> keys) {
        long waitingCount = 0;
        long deferred = 0;
        Instant deferredUntil = null;
        Map<Verdict, Long> finishedCounts = new EnumMap<>(Verdict.class);
        for (DeliveryKey key : keys) {
            Optional<PlannedDelivery> waitingOne = waiting(key);
            Optional<FinishedDelivery> finishedOne = finished(key);
            if (finishedOne.isPresent()) {
                finishedCounts.merge(finishedOne.get().outcome(), 1L, Long::sum);
            } else if (waitingOne.isPresent()) {
                waitingCount++;
                PlannedDelivery delivery = waitingOne.get();
                if (isDeferred(delivery)) {
                    deferred++;
                    if (deferredUntil == null || delivery.notBefore().isAfter(deferredUntil)) {
                        deferredUntil = delivery.notBefore();
                    }
                }
            }
        }
        return new DeliveryTally(waitingCount, deferred, Optional.ofNullable(deferredUntil), finishedCounts);
    }

    /**
     * Withdraws the waiting deliveries among {@code keys} (not those being sent right now); returns how many were
     * withdrawn. Same rules as {@link #cancel} for each.
     */
    default int cancelAll(Collection<DeliveryKey> keys, DeliveryDecision why) {
        int cancelled = 0;
        for (DeliveryKey key : keys) {
            if (cancel(key, why)) {
                cancelled++;
            }
        }
        return cancelled;
    }

    /** Whether a waiting delivery was last held back to the end of its recipient's quiet hours. */
    static boolean isDeferred(PlannedDelivery delivery) {
        List<DeliveryDecision> decisions = delivery.decisions();
        return !decisions.isEmpty() && decisions.get(decisions.size() - 1).verdict() == Verdict.DEFERRED;
    }

    /** A delivery and the final decision that ends it. */
    record Finish(PlannedDelivery delivery, DeliveryDecision decision) {
        public Finish {
            if (!decision.verdict().terminal()) {
                throw new IllegalArgumentException("not a final decision: " + decision);
            }
        }
    }

    /** What planning did. */
    enum PlanResult {
        CREATED,
        UPDATED,
        ALREADY_FINISHED
    }
}
