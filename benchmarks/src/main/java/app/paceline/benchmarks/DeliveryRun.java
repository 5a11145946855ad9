package app.paceline.benchmarks;

import app.paceline.fakebotapi.FakeBotApi;
import app.paceline.fakebotapi.Outage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The delivery engine under load: seeds a broadcast (or a row of lone reminders) into a fresh store, runs the
 * application against the fake until every message arrived or time ran out, and measures. Crash and outage are
 * injected once a third of the messages arrived.
 */
final class DeliveryRun {

    private static final double NORMAL_LIMIT = 30;
    private static final double PAID_LIMIT = 1000;
    private static final Duration LONE_SPACING = Duration.ofSeconds(4);
    private static final Duration OUTAGE = Duration.ofSeconds(60);
    /** How long to keep watching after the last message arrived, for late duplicates. */
    private static final Duration SETTLE = Duration.ofSeconds(5);

    private final Mode mode;
    private final BenchmarkOptions options;
    private final Clock clock;
    private final List<String> notes = new ArrayList<>();

    DeliveryRun(Mode mode, BenchmarkOptions options, Clock clock) {
        this.mode = mode;
        this.options = options;
        this.clock = clock;
    }

    RunResult run() throws InterruptedException {
        long started = System.nanoTime();
        int size = options.sizeFor(mode);
        boolean paid = mode == Mode.PAID;
        double limit = paid ? PAID_LIMIT : NORMAL_LIMIT;
        RunFolder folder = RunFolder.create(options.workDir(), mode, clock);
        try (FakeBotApi api = FakeBotApi.start(FakeBotApi.Options.defaults())) {
            Broadcast broadcast = seed(api, folder, size, paid);
            AppLaunch launch = folder.launch(options, api.token(), api.baseUrl());
            try (Arrivals arrivals = new Arrivals(api); HeapWatch heap = new HeapWatch(folder.port())) {
                AppProcess app = AppProcess.start(launch, 1);
                app.awaitReady(Duration.ofMinutes(3));
                Instant ready = clock.instant();
                double startupCpu = app.cpuSeconds();
                notes.add("ready " + RunResult.format(Duration.between(broadcast.firstDue(), ready)) + " after the first due instant"
                        + " (negative: before); startup CPU " + String.format("%.1f s", startupCpu));
                long deadline = System.nanoTime() + timeout(size, limit).toNanos();
                double cpu = 0;
                if (mode == Mode.CRASH || mode == Mode.OUTAGE) {
                    arrivals.awaitDelivered(size / 3, left(deadline));
                    if (mode == Mode.CRASH) {
                        cpu += app.kill();
                        notes.add("killed (SIGKILL) with " + arrivals.delivered() + " delivered; restarted on the same data");
                        app = AppProcess.start(launch, 2);
                        app.awaitReady(Duration.ofMinutes(3));
                        notes.add("restarted and ready with " + arrivals.delivered() + " delivered");
                    } else {
                        api.outageFor(OUTAGE, Outage.BAD_GATEWAY);
                        notes.add("502 for everything for 60 s from " + arrivals.delivered() + " delivered");
                    }
                }
                boolean complete = arrivals.awaitDelivered(size, left(deadline));
                if (!complete) {
                    notes.add("timed out with " + arrivals.delivered() + " of " + size + " delivered");
                }
                Thread.sleep(SETTLE.toMillis());
                cpu += app.stop();
                Map<String, Instant> arrived = arrivals.firstArrivals();
                Lateness lateness = mode == Mode.LONE ? loneLateness(broadcast, arrived, ready)
                        : Lateness.of(Lateness.against(Lateness.idealSchedule(broadcast, limit, later(broadcast.firstDue(), ready)), arrived));
                return new RunResult(mode, size, arrivals.delivered(), arrivals.duplicates(), size - arrivals.delivered(),
                        api.rateLimitedCount(), mode == Mode.LONE ? Double.NaN : achieved(arrived, limit), lateness,
                        cpu, startupCpu, heap.peakUsedMb(), heap.peakLiveMb(), Duration.ofNanos(System.nanoTime() - started),
                        List.copyOf(notes));
            }
        }
    }

    private Broadcast seed(FakeBotApi api, RunFolder folder, int size, boolean paid) {
        int chats = mode == Mode.LONE ? 1 : options.chatsFor(mode);
        for (long chat = 1; chat <= chats; chat++) {
            api.startedChat(api.user(chat, "Learner " + chat, "en"));
        }
        if (!paid && mode != Mode.LONE) {
            for (int group = 0; group < Broadcast.GROUPS; group++) {
                api.group(Broadcast.groupId(group), "Course group " + (group + 1));
            }
        }
        // Seeding takes 0.2-0.6 ms per message on the embedded store (planAll: lookups by _id, then insertMany);
        // the first message is due after that and the lead, so that the application is up before anything is due.
        Instant firstDue = clock.instant().plus(options.lead()).plusMillis(size * 3L / 10);
        Broadcast broadcast = mode == Mode.LONE ? Broadcast.sequential(size, firstDue, LONE_SPACING)
                : Broadcast.spread(size, chats, paid, firstDue);
        long seeding = System.nanoTime();
        SeededStore.plan(folder.dataDir(), broadcast.plans());
        notes.add(String.format("seeded %,d deliveries to %,d private chats%s in %.1f s", size, chats,
                paid || mode == Mode.LONE ? "" : " and " + Broadcast.GROUPS + " groups",
                (System.nanoTime() - seeding) / 1e9));
        return broadcast;
    }

    /** Lone reminders: arrival minus due, for the reminders due at least 3 s after the application was ready. */
    private Lateness loneLateness(Broadcast broadcast, Map<String, Instant> arrived, Instant ready) {
        List<Duration> late = new ArrayList<>();
        int skipped = 0;
        for (Broadcast.Message message : broadcast.messages()) {
            Instant at = arrived.get(message.key());
            if (message.due().isBefore(ready.plusSeconds(3))) {
                skipped++;
            } else if (at != null) {
                late.add(Duration.between(message.due(), at));
            }
        }
        if (skipped > 0) {
            notes.add(skipped + " reminders were due less than 3 s after the application was ready and are not counted");
        }
        return Lateness.of(late);
    }

    /** Distinct arrivals per second from the first to the last, over the limit. */
    private static double achieved(Map<String, Instant> arrived, double limit) {
        if (arrived.size() < 2) {
            return Double.NaN;
        }
        Instant first = arrived.values().stream().min(Instant::compareTo).orElseThrow();
        Instant last = arrived.values().stream().max(Instant::compareTo).orElseThrow();
        double seconds = Duration.between(first, last).toNanos() / 1e9;
        return (arrived.size() - 1) / seconds / limit;
    }

    private Duration timeout(int size, double limit) {
        Duration sending = Duration.ofMillis((long) (size / limit * 1000 * 1.5));
        return sending.plus(options.lead()).plusMinutes(mode == Mode.CRASH || mode == Mode.OUTAGE ? 8 : 5);
    }

    private static Duration left(long deadlineNanos) {
        return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
