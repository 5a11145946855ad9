package app.paceline.delivery;

import app.paceline.delivery.DeliveryDecision.Verdict;
import app.paceline.delivery.DeliveryOutcome.Rejected;
import app.paceline.delivery.DeliveryOutcome.RetryAfter;
import app.paceline.delivery.DeliveryOutcome.Sent;
import app.paceline.delivery.DeliveryOutcome.Transient;
import app.paceline.delivery.DeliveryOutcome.Unreachable;
import app.paceline.delivery.PlannedDeliveries.Finish;
import app.paceline.schedule.DueWork;
import app.paceline.time.Ticker;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The delivery engine: the only path by which Paceline sends anything on its own initiative.
 *
 * <p>On every metronome tick it claims due deliveries from the ledger in a batch (with a lease), folds missed
 * bundle members into one catch-up message, and queues them in memory. A sender thread takes queued messages at
 * their due instant as the {@link SendBudget} allows (overall, per chat, paid broadcasts), and worker threads
 * apply the time policies ({@link DeliveryPolicy}) right before sending, call the {@link Notifier}, and record
 * the outcome: sent, dropped, deferred, retried with capped exponential backoff, paused for a 429's
 * {@code retry_after}, recipient unreachable (their waiting deliveries cancelled), or dead-lettered.
 *
 * <p><b>Delivery semantics: at least once.</b> A delivery is removed from the ledger only after Telegram accepted
 * it, and finished deliveries are written in batches every {@code flushEvery}. If the process dies, its leases run
 * out after {@code lease} and another instance (or the restarted one) sends what was not recorded as finished.
 * So a crash can repeat at most the messages that were in flight ({@code workers}) plus those accepted in the last
 * {@code flushEvery} before the crash; nothing is lost. Without a crash, a delivery is sent once: claims are
 * exclusive across instances, and a key that was finished is never sent again.
 */
public final class DeliveringDueNotifications implements DueWork, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DeliveringDueNotifications.class.getName());
    /** A 429 asking for longer than this gives the delivery back to the ledger instead of holding it in memory. */
    private static final Duration HOLD_AT_MOST = Duration.ofSeconds(10);
    /** 429s from this many different chats within a second mean the overall limit was hit, not a chat's. */
    private static final int CHATS_FOR_GLOBAL_429 = 3;
    /** At most this many queued messages per chat; more would only wait for that chat's budget. */
    private static final int PER_CHAT_QUEUE = 25;
    private static final int FLUSH_BATCH = 500;
    /** A message whose content is not stored yet is tried again this much later... */
    private static final Duration NOT_READY_AGAIN = Duration.ofSeconds(1);
    /** ...until this long after its due time. */
    private static final Duration NOT_READY_AT_MOST = Duration.ofMinutes(10);

    private final PlannedDeliveries ledger;
    private final Notifier notifier;
    private final Recipients recipients;
    private final QuietTimes quietTimes;
    private final DeliveryMetrics metrics;
    private final SendBudget budget;
    private final Clock clock;
    private final Ticker ticker;
    private final DeliveryEngineSettings settings;
    private final Predicate<Instant> mayAct;

    private final Object lock = new Object();
    /** Claimed messages waiting for their due instant and their budget, in claim order. */
    private final Deque<Queued> queue = new ArrayDeque<>();
    private final Map<Long, Integer> queuedPerChat = new HashMap<>();
    private final List<Finish> unflushed = new ArrayList<>();
    private final Semaphore workerSlots;
    private final AtomicInteger inFlight = new AtomicInteger();
    /**
     * Keys taken from the queue and not yet finished (waiting for a worker or being sent), for lease renewal; they
     * are counted in {@code inFlight}. Both change under {@code lock} when a message leaves the queue, so that a
     * claimed message is always in the queue or in flight.
     */
    private final Set<DeliveryKey> sending = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Deque<long[]> recent429s = new ArrayDeque<>();
    private final AtomicInteger consecutiveFailures = new AtomicInteger();

    private ExecutorService workers;
    private Thread sender;
    private volatile boolean running;
    /**
     * The last write of finished deliveries failed (the store is unreachable): nothing more is sent until one
     * succeeds. What is sent and not recorded would be sent again by whoever claims it next (another instance once
     * our leases run out), so sending on would turn a store outage into a flood of repeats.
     */
    private volatile boolean cannotRecord;
    private Instant lastLeaseRenewal = Instant.MIN;
    private long lastFlush;

    public DeliveringDueNotifications(PlannedDeliveries ledger, Notifier notifier, Recipients recipients,
                                      QuietTimes quietTimes, DeliveryMetrics metrics, SendBudget budget, Clock clock,
                                      Ticker ticker, DeliveryEngineSettings settings) {
        this(ledger, notifier, recipients, quietTimes, metrics, budget, clock, ticker, settings, now -> true);
    }

    /**
     * @param mayAct whether this instance may send at an instant; with several instances, whether it still holds the
     *               metronome's lease ({@link app.paceline.schedule.Leadership#mayAct}), checked before every send
     */
    public DeliveringDueNotifications(PlannedDeliveries ledger, Notifier notifier, Recipients recipients,
                                      QuietTimes quietTimes, DeliveryMetrics metrics, SendBudget budget, Clock clock,
                                      Ticker ticker, DeliveryEngineSettings settings, Predicate<Instant> mayAct) {
        this.mayAct = mayAct;
        this.ledger = ledger;
        this.notifier = notifier;
        this.recipients = recipients;
        this.quietTimes = quietTimes;
        this.metrics = metrics;
        this.budget = budget;
        this.clock = clock;
        this.ticker = ticker;
        this.settings = settings;
        this.workerSlots = new Semaphore(settings.workers());
    }

    /** A claimed message waiting in memory for its turn. */
    private record Queued(Outgoing outgoing) {
        Instant notBefore() {
            return outgoing.deliveries().stream().map(PlannedDelivery::notBefore).min(Instant::compareTo).orElseThrow();
        }

        long chatId() {
            return outgoing.recipient().chatId();
        }
    }

    /** Starts the sender thread and the workers. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        lastFlush = ticker.nanos();
        AtomicInteger number = new AtomicInteger();
        workers = Executors.newFixedThreadPool(settings.workers(), task -> {
            Thread thread = new Thread(task, "delivery-worker-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        sender = new Thread(this::sendLoop, "delivery-sender");
        sender.setDaemon(true);
        sender.start();
    }

    /**
     * Stops sending: waits for calls in flight, writes what finished, and gives queued deliveries back to the
     * ledger so another instance can send them at once instead of after their lease.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
        }
        sender.interrupt();
        try {
            sender.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.shutdown();
        try {
            workers.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        giveBackQueue(clock.instant(), "instance stopped before sending it");
        flush(true);
    }

    /** Gives every queued (not yet in flight) message back to the ledger, so that whoever sends next has it at once. */
    private void giveBackQueue(Instant now, String why) {
        List<Queued> left;
        synchronized (lock) {
            left = new ArrayList<>(queue);
            queue.clear();
            queuedPerChat.clear();
        }
        for (Queued queued : left) {
            for (PlannedDelivery delivery : queued.outgoing().deliveries()) {
                try {
                    ledger.release(delivery, settings.owner(), delivery.notBefore(), delivery.attempts(), delivery.lastError(),
                            new DeliveryDecision(now, Verdict.RETRIED, why));
                } catch (RuntimeException e) {
                    // Not renewed any more: its lease runs out and it returns by itself.
                    LOG.log(Level.WARNING, "could not give back " + delivery.key().value() + "; its lease will run out", e);
                }
            }
        }
    }

    /**
     * Another instance runs the timed work now: everything queued goes back to the ledger (the calls in flight end),
     * and nothing more is claimed here until this instance leads again.
     */
    @Override
    public void standDown(Instant now) {
        giveBackQueue(now, "this instance stopped leading before sending it");
        flush(false);
    }

    /** The previous leader crashed: its claims are freed now rather than when their leases run out. */
    @Override
    public void takeOver(String previousHolder, Instant now) {
        int freed = ledger.releaseClaimsOf(previousHolder);
        if (freed > 0) {
            LOG.log(Level.INFO, "took over " + freed + " deliveries claimed by " + previousHolder + ", whose lease ran out");
        }
    }

    @Override
    public String name() {
        return "deliveries";
    }

    /** The metronome's tick: renew leases, and claim more due deliveries when the queue has room. */
    @Override
    public void runDue(Instant now) {
        if (!running) {
            return;
        }
        // Also when the clock went back (simulated time moved by hand): a renewal "in the future" must not stop renewals.
        if (now.isBefore(lastLeaseRenewal) || !now.isBefore(lastLeaseRenewal.plus(settings.lease().dividedBy(3)))) {
            ledger.renewLeases(settings.owner(), heldKeys(), now.plus(settings.lease()));
            lastLeaseRenewal = now;
        }
        Instant horizon = now.plus(settings.lookahead());
        giveBackNotDueBy(horizon, now);
        int room;
        Set<Long> busy = new HashSet<>();
        synchronized (lock) {
            int held = queue.size() + inFlight.get();
            room = settings.queueCapacity() - held;
            // Claim in big batches rather than a few at every tick: each claim reads the ledger.
            if (held > 0 && room < settings.queueCapacity() / 2) {
                return;
            }
            queuedPerChat.forEach((chat, count) -> {
                if (count >= PER_CHAT_QUEUE) {
                    busy.add(chat);
                }
            });
        }
        Instant leaseUntil = now.plus(settings.lease());
        List<PlannedDelivery> claimed = new ArrayList<>(ledger.claimDue(horizon, now, Math.min(room, settings.batchSize()),
                settings.owner(), leaseUntil, busy));
        if (claimed.isEmpty()) {
            return;
        }
        try {
            hold(claimed, now, horizon, leaseUntil);
        } catch (RuntimeException e) {
            // Whatever was claimed but not queued goes back now rather than after its lease.
            LOG.log(Level.ERROR, "could not queue " + claimed.size() + " claimed deliveries; giving them back", e);
            for (PlannedDelivery delivery : claimed) {
                try {
                    ledger.release(delivery, settings.owner(), delivery.notBefore(), delivery.attempts(), delivery.lastError(),
                            new DeliveryDecision(now, Verdict.RETRIED, "internal error while queueing"));
                } catch (RuntimeException ignored) {
                    // Not renewed by us, so its lease runs out and it returns by itself.
                }
            }
        }
    }

    /**
     * Gives queued messages that are not due by {@code horizon} back to the ledger. A message is claimed at most a
     * look-ahead early, so this finds something only after the clock was set back (by hand in simulated time, or an
     * NTP step): such a message would otherwise sit in memory, counted as held and blocking its chat's queue, until the
     * clock caught up again.
     */
    private void giveBackNotDueBy(Instant horizon, Instant now) {
        List<Queued> early = new ArrayList<>();
        synchronized (lock) {
            for (Iterator<Queued> it = queue.iterator(); it.hasNext(); ) {
                Queued queued = it.next();
                if (queued.notBefore().isAfter(horizon)) {
                    it.remove();
                    queuedPerChat.computeIfPresent(queued.chatId(), (chat, count) -> count > 1 ? count - 1 : null);
                    early.add(queued);
                }
            }
        }
        for (Queued queued : early) {
            for (PlannedDelivery delivery : queued.outgoing().deliveries()) {
                try {
                    ledger.release(delivery, settings.owner(), delivery.notBefore(), delivery.attempts(), delivery.lastError(),
                            new DeliveryDecision(now, Verdict.RETRIED, "the clock was set back before it was due"));
                } catch (RuntimeException e) {
                    // No longer held, so no longer renewed: the lease runs out and the delivery returns by itself.
                    LOG.log(Level.WARNING, "could not give back " + delivery.key().value() + "; its lease will run out", e);
                }
            }
        }
    }

    private void hold(List<PlannedDelivery> claimed, Instant now, Instant horizon, Instant leaseUntil) {
        Set<String> seen = new HashSet<>();
        claimed.forEach(d -> seen.add(d.key().value()));
        Set<String> bundlesDone = new HashSet<>();
        for (PlannedDelivery delivery : List.copyOf(claimed)) {
            var bundle = delivery.plan().bundle();
            if (bundle.isPresent() && bundlesDone.add(delivery.recipient().chatId() + ":" + bundle.get())) {
                for (PlannedDelivery member : ledger.claimBundle(delivery.recipient().chatId(), bundle.get(), horizon, now,
                        settings.owner(), leaseUntil)) {
                    if (seen.add(member.key().value())) {
                        claimed.add(member);
                    }
                }
            }
        }
        List<Outgoing> outgoing = CatchUpPolicy.fold(claimed);
        synchronized (lock) {
            for (Outgoing message : outgoing) {
                queue.addLast(new Queued(message));
                queuedPerChat.merge(message.recipient().chatId(), 1, Integer::sum);
            }
            lock.notifyAll();
        }
    }

    /**
     * Every delivery this instance claimed and has not written as finished: queued, being sent, or finished and
     * waiting for the next {@link #flush}. The last ones need their leases too: a lease that ran out before the write
     * (simulated time moved on by hand, or the store refusing writes for longer than a lease) would let the next
     * claim send them again. The queue and {@code sending} are read together, since a message moves between them
     * under the lock, and before {@code unflushed}, because a delivery enters it before it leaves {@code sending}.
     */
    private Set<DeliveryKey> heldKeys() {
        Set<DeliveryKey> keys = new HashSet<>();
        synchronized (lock) {
            keys.addAll(sending);
            queue.forEach(queued -> queued.outgoing().deliveries().forEach(d -> keys.add(d.key())));
        }
        synchronized (unflushed) {
            unflushed.forEach(finish -> keys.add(finish.delivery().key()));
        }
        return keys;
    }

    /**
     * Messages claimed and not yet finished (queued, waiting for a worker or being sent), for the queue-depth gauge.
     * Never 0 while a claimed message is on its way: 0 after a tick means everything it claimed was sent or decided.
     */
    public int held() {
        synchronized (lock) {
            return queue.size() + inFlight.get();
        }
    }

    private void sendLoop() {
        while (running) {
            try {
                Queued next = nextSendable();
                if (next != null) {
                    try {
                        // Waiting for a free worker, still write what finished every flushEvery: the repeat bound of a
                        // crash counts on it, and all workers can be busy for long when Telegram answers slowly.
                        while (!workerSlots.tryAcquire(settings.flushEvery().toNanos(), TimeUnit.NANOSECONDS)) {
                            flushIfDue();
                        }
                    } catch (InterruptedException e) {
                        giveBack(next);
                        throw e;
                    }
                    try {
                        workers.execute(() -> work(next));
                    } catch (RuntimeException rejected) {
                        workerSlots.release();
                        giveBack(next);
                    }
                }
                flushIfDue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "delivery sender failed; continuing", e);
            }
        }
    }

    private void flushIfDue() {
        if (ticker.nanos() - lastFlush >= settings.flushEvery().toNanos()) {
            flush(false);
        }
    }

    /** The first queued message that is due and within budget (its tokens taken), waiting briefly if none is. */
    private Queued nextSendable() throws InterruptedException {
        synchronized (lock) {
            long wait = TimeUnit.MILLISECONDS.toNanos(20);
            if (!queue.isEmpty()) {
                Instant now = clock.instant();
                // After a 5xx, timeout or network error, one probe at a time until a call succeeds: a timed-out call may
                // have reached Telegram anyway, so a full set of workers timing out again and again would repeat many.
                boolean probing = consecutiveFailures.get() > 0 && inFlight.get() > 0;
                if (!mayAct.test(now) || cannotRecord || probing) {
                    // Lost the lease (or could not renew it): another instance may be sending; these go back at the next
                    // tick. Or the store refuses what we sent: wait until it is recorded (flushIfDue keeps trying).
                    TimeUnit.NANOSECONDS.timedWait(lock, wait);
                    return null;
                }
                Set<Long> blocked = new HashSet<>();
                for (Iterator<Queued> it = queue.iterator(); it.hasNext(); ) {
                    Queued queued = it.next();
                    if (queued.notBefore().isAfter(now) || blocked.contains(queued.chatId())) {
                        continue;
                    }
                    long overall = budget.overallWait(queued.outgoing().paid());
                    if (overall > 0) {
                        wait = Math.min(wait, overall);
                        if (!queued.outgoing().paid()) {
                            break;
                        }
                        continue;
                    }
                    long needed = budget.tryAcquire(queued.outgoing().recipient(), queued.outgoing().paid());
                    if (needed == 0) {
                        it.remove();
                        queuedPerChat.computeIfPresent(queued.chatId(), (chat, count) -> count > 1 ? count - 1 : null);
                        // In flight from here, also while it waits for a worker: held, and its lease renewed.
                        inFlight.incrementAndGet();
                        queued.outgoing().deliveries().forEach(d -> sending.add(d.key()));
                        return queued;
                    }
                    blocked.add(queued.chatId());
                    wait = Math.min(wait, needed);
                }
            }
            TimeUnit.NANOSECONDS.timedWait(lock, Math.max(wait, 100_000));
            return null;
        }
    }

    /** A message taken from the queue that no worker took: back in the queue before it stops being in flight. */
    private void giveBack(Queued queued) {
        requeue(queued);
        queued.outgoing().deliveries().forEach(d -> sending.remove(d.key()));
        inFlight.decrementAndGet();
    }

    private void requeue(Queued queued) {
        synchronized (lock) {
            queue.addFirst(queued);
            queuedPerChat.merge(queued.chatId(), 1, Integer::sum);
            lock.notifyAll();
        }
    }

    private void work(Queued queued) {
        try {
            process(queued);
        } catch (RuntimeException e) {
            // Never lose a delivery to a bug or a store hiccup: give it back, it will be tried again.
            LOG.log(Level.ERROR, "delivering " + keysOf(queued.outgoing()) + " failed; it will be tried again", e);
            Instant now = clock.instant();
            for (PlannedDelivery delivery : queued.outgoing().deliveries()) {
                try {
                    ledger.release(delivery, settings.owner(), now.plus(settings.retryMin()), delivery.attempts(),
                            Optional.of(String.valueOf(e.getMessage())),
                            new DeliveryDecision(now, Verdict.RETRIED, "internal error: " + e.getClass().getSimpleName()));
                } catch (RuntimeException ignored) {
                    // No longer held, so no longer renewed: the lease runs out and the delivery returns by itself.
                }
            }
        } finally {
            queued.outgoing().deliveries().forEach(d -> sending.remove(d.key()));
            inFlight.decrementAndGet();
            workerSlots.release();
        }
    }

    private void process(Queued queued) {
        Outgoing outgoing = queued.outgoing();
        Instant now = clock.instant();
        long chatId = outgoing.recipient().chatId();
        if (recipients.isUnreachable(chatId)) {
            finish(outgoing.deliveries(), new DeliveryDecision(now, Verdict.UNREACHABLE, "the chat is unreachable"));
            return;
        }
        Optional<QuietTimes.LocalQuiet> quiet = quietTimes.of(outgoing.recipient());
        Outgoing toSend = applyPolicies(outgoing, now, quiet);
        if (toSend == null) {
            return;
        }
        DeliveryOutcome outcome = notifier.send(toSend);
        record(queued, toSend, outcome);
    }

    /** Drops, defers or passes each delivery; returns what is left to send now, or null when nothing is. */
    private Outgoing applyPolicies(Outgoing outgoing, Instant now, Optional<QuietTimes.LocalQuiet> quiet) {
        List<PlannedDelivery> sendable = new ArrayList<>();
        for (PlannedDelivery delivery : outgoing.deliveries()) {
            var decision = DeliveryPolicy.decide(delivery, now, quiet);
            if (decision instanceof DeliveryPolicy.Drop drop) {
                finish(List.of(delivery), new DeliveryDecision(now, Verdict.DROPPED, drop.reason()));
            } else if (decision instanceof DeliveryPolicy.Defer defer) {
                defer(delivery, defer.until(), defer.reason(), now);
            } else {
                sendable.add(delivery);
            }
        }
        if (sendable.isEmpty()) {
            return null;
        }
        if (sendable.size() == 1) {
            return new Outgoing.Single(sendable.get(0));
        }
        // Several missed deliveries in one catch-up message: that message is not timed, so it waits out quiet hours.
        Outgoing.Bundle bundle = (Outgoing.Bundle) outgoing;
        if (quiet.isPresent()) {
            var end = quiet.get().hours().endOfQuietAround(now, quiet.get().zone());
            if (end.isPresent()) {
                String why = "catch-up message waits for the end of quiet hours in " + quiet.get().zone().getId();
                sendable.forEach(delivery -> defer(delivery, end.get(), why, now));
                return null;
            }
        }
        return new Outgoing.Bundle(bundle.recipient(), bundle.bundle(), sendable);
    }

    private void defer(PlannedDelivery delivery, Instant until, String reason, Instant now) {
        ledger.release(delivery, settings.owner(), until, delivery.attempts(), delivery.lastError(),
                new DeliveryDecision(now, Verdict.DEFERRED, reason));
        metrics.decided(Verdict.DEFERRED, delivery.plan().kind());
    }

    private void record(Queued queued, Outgoing sent, DeliveryOutcome outcome) {
        Instant now = clock.instant();
        if (outcome instanceof Sent) {
            consecutiveFailures.set(0);
            boolean bundled = sent instanceof Outgoing.Bundle;
            for (PlannedDelivery delivery : sent.deliveries()) {
                metrics.sent(delivery.plan().kind(), Duration.between(delivery.plan().due(), now));
            }
            finish(sent.deliveries(), new DeliveryDecision(now, bundled ? Verdict.BUNDLED : Verdict.SENT,
                    bundled ? "sent together with " + (sent.deliveries().size() - 1) + " others in one catch-up message" : ""));
        } else if (outcome instanceof RetryAfter retry) {
            onRateLimited(queued, sent, retry.retryAfter(), now);
        } else if (outcome instanceof Transient failure) {
            onTransientFailure(sent, failure.reason(), now);
        } else if (outcome instanceof DeliveryOutcome.NotReady notReady) {
            onNotReady(sent, notReady.reason(), now);
        } else if (outcome instanceof Unreachable unreachable) {
            onUnreachable(sent, unreachable.reason(), now);
        } else if (outcome instanceof Rejected rejected) {
            finish(sent.deliveries(), new DeliveryDecision(now, Verdict.DEAD_LETTERED, rejected.reason()));
            LOG.log(Level.WARNING, "dead-lettered " + keysOf(sent) + ": " + rejected.reason());
        }
    }

    private void onRateLimited(Queued queued, Outgoing sent, Duration retryAfter, Instant now) {
        metrics.rateLimited();
        budget.pause(sent.recipient(), retryAfter);
        if (isGlobal429(sent.recipient().chatId())) {
            budget.pauseAll(retryAfter);
        }
        if (retryAfter.compareTo(HOLD_AT_MOST) <= 0) {
            requeue(new Queued(sent));
            return;
        }
        for (PlannedDelivery delivery : sent.deliveries()) {
            ledger.release(delivery, settings.owner(), now.plus(retryAfter), delivery.attempts(), Optional.of("429"),
                    new DeliveryDecision(now, Verdict.RETRIED, "Telegram asked to wait " + retryAfter.toSeconds() + " s"));
        }
    }

    private synchronized boolean isGlobal429(long chatId) {
        long now = ticker.nanos();
        recent429s.addLast(new long[] {now, chatId});
        while (!recent429s.isEmpty() && now - recent429s.peekFirst()[0] > TimeUnit.SECONDS.toNanos(1)) {
            recent429s.removeFirst();
        }
        return recent429s.stream().map(entry -> entry[1]).distinct().count() >= CHATS_FOR_GLOBAL_429;
    }

    private void onTransientFailure(Outgoing sent, String reason, Instant now) {
        // Telegram or the network is down for everyone: pause all sending instead of failing message after message.
        int failures = consecutiveFailures.incrementAndGet();
        budget.pauseAll(backoff(failures));
        for (PlannedDelivery delivery : sent.deliveries()) {
            int attempts = delivery.attempts() + 1;
            metrics.decided(Verdict.RETRIED, delivery.plan().kind());
            if (!now.isBefore(delivery.plan().due().plus(settings.giveUpAfter()))) {
                finish(List.of(delivery), new DeliveryDecision(now, Verdict.DEAD_LETTERED,
                        "gave up after " + attempts + " attempts: " + reason));
                continue;
            }
            ledger.release(delivery, settings.owner(), now.plus(backoff(attempts)), attempts, Optional.of(reason),
                    new DeliveryDecision(now, Verdict.RETRIED, reason));
        }
    }

    /**
     * Its content is written right after it was planned: tried again in {@link #NOT_READY_AGAIN}. Content still missing
     * {@link #NOT_READY_AT_MOST} after the due time will never come (its writer crashed): dead-lettered.
     */
    private void onNotReady(Outgoing sent, String reason, Instant now) {
        for (PlannedDelivery delivery : sent.deliveries()) {
            if (now.isAfter(delivery.plan().due().plus(NOT_READY_AT_MOST))) {
                finish(List.of(delivery), new DeliveryDecision(now, Verdict.DEAD_LETTERED, "never became ready: " + reason));
                LOG.log(Level.WARNING, "dead-lettered " + delivery.key().value() + ": never became ready: " + reason);
                continue;
            }
            metrics.decided(Verdict.RETRIED, delivery.plan().kind());
            ledger.release(delivery, settings.owner(), now.plus(NOT_READY_AGAIN), delivery.attempts(), Optional.of(reason),
                    new DeliveryDecision(now, Verdict.RETRIED, "not ready: " + reason));
        }
    }

    private void onUnreachable(Outgoing sent, String reason, Instant now) {
        long chatId = sent.recipient().chatId();
        recipients.markUnreachable(chatId, reason, now);
        var decision = new DeliveryDecision(now, Verdict.UNREACHABLE, reason);
        finish(sent.deliveries(), decision);
        List<PlannedDelivery> queuedForChat = new ArrayList<>();
        synchronized (lock) {
            for (Iterator<Queued> it = queue.iterator(); it.hasNext(); ) {
                Queued queued = it.next();
                if (queued.chatId() == chatId) {
                    it.remove();
                    queuedForChat.addAll(queued.outgoing().deliveries());
                }
            }
            queuedPerChat.remove(chatId);
        }
        var cancelled = new DeliveryDecision(now, Verdict.CANCELLED, "recipient unreachable: " + reason);
        finish(queuedForChat, cancelled);
        int waiting = ledger.cancelWaitingFor(chatId, cancelled);
        LOG.log(Level.INFO, "chat " + chatId + " is unreachable (" + reason + "); cancelled "
                + (queuedForChat.size() + waiting) + " waiting deliveries");
    }

    private Duration backoff(int attempts) {
        Duration wait = settings.retryMin();
        for (int i = 1; i < attempts && wait.compareTo(settings.retryMax()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.retryMax()) > 0 ? settings.retryMax() : wait;
    }

    private void finish(List<PlannedDelivery> deliveries, DeliveryDecision decision) {
        if (deliveries.isEmpty()) {
            return;
        }
        boolean flushNow;
        synchronized (unflushed) {
            deliveries.forEach(delivery -> unflushed.add(new Finish(delivery, decision)));
            flushNow = unflushed.size() >= FLUSH_BATCH;
        }
        if (decision.verdict() != Verdict.SENT) {
            deliveries.forEach(delivery -> metrics.decided(decision.verdict(), delivery.plan().kind()));
        }
        if (flushNow) {
            flush(false);
        }
    }

    /** Writes finished deliveries to the ledger; on failure keeps them for the next try (their leases hold them). */
    private void flush(boolean last) {
        List<Finish> batch;
        synchronized (unflushed) {
            if (unflushed.isEmpty()) {
                lastFlush = ticker.nanos();
                return;
            }
            batch = new ArrayList<>(unflushed);
            unflushed.clear();
        }
        try {
            ledger.finishAll(batch);
            lastFlush = ticker.nanos();
            if (cannotRecord) {
                LOG.log(Level.INFO, "recorded " + batch.size() + " finished deliveries: the store answers again, sending goes on");
            }
            cannotRecord = false;
        } catch (RuntimeException e) {
            // Once per outage, not at every attempt (every flushEvery): the log would fill while the store is away.
            LOG.log(cannotRecord && !last ? Level.DEBUG : Level.WARNING, "could not record " + batch.size() + " finished deliveries; "
                    + (last ? "their leases will run out and they may be sent again" : "sending waits and writing is tried again"), e);
            cannotRecord = true;
            if (!last) {
                synchronized (unflushed) {
                    unflushed.addAll(0, batch);
                }
            }
        }
    }

    private static String keysOf(Outgoing outgoing) {
        return outgoing.deliveries().stream().map(d -> d.key().value()).toList().toString();
    }
}
