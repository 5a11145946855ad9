package app.paceline.benchmarks;

import app.paceline.delivery.DeliveryPlan;
import app.paceline.delivery.mongo.MongoPlannedDeliveries;
import app.paceline.fakebotapi.BotMessage;
import app.paceline.fakebotapi.Failure;
import app.paceline.fakebotapi.FakeBotApi;
import app.paceline.fakebotapi.FakePrivateChat;
import app.paceline.fakebotapi.FakeUser;
import app.paceline.fakebotapi.Outage;
import app.paceline.fakebotapi.RecordedCall;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * One fault drill: the store as its own process ({@code paceline.jar store}), two application instances on it
 * receiving updates by webhook through a round-robin proxy, the fake Bot API with Telegram's limits. A burst of
 * messages is planned into the running store (as a broadcast from either instance would be); once a third arrived
 * the fault is injected. Then it counts what arrived: delivered, lost, duplicates, lateness against the ideal
 * schedule, 429s, and whether the updates sent after the fault were answered.
 */
final class DrillRun {

    static final int DEFAULT_SIZE = 3000;
    private static final int CHATS = 500;
    private static final double LIMIT = 30;
    private static final String SECRET = "drill-webhook-secret-0123456789";
    private static final Duration SETTLE = Duration.ofSeconds(5);
    /** Learners who send /help after the fault; each must get an answer. */
    private static final int ASKING = 20;
    private static final int RETRY_AFTER = 5;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Drill drill;
    private final Path appJar;
    private final Path workDir;
    private final int size;
    private final Clock clock;
    private final List<String> notes = new ArrayList<>();

    DrillRun(Drill drill, Path appJar, Path workDir, int size, Clock clock) {
        this.drill = drill;
        this.appJar = appJar;
        this.workDir = workDir;
        this.size = size;
        this.clock = clock;
    }

    DrillResult run() throws Exception {
        Path root = workDir.resolve("drill-" + drill.label() + "-" + STAMP.format(clock.instant())).toAbsolutePath().normalize();
        Files.createDirectories(root);
        try (FakeBotApi api = FakeBotApi.start(FakeBotApi.Options.defaults());
             StoreProcess store = StoreProcess.start(appJar, root.resolve("store"), root.resolve("store.log"))) {
            for (long chat = 1; chat <= CHATS; chat++) {
                api.startedChat(api.user(chat, "Learner " + chat, "en"));
            }
            for (int group = 0; group < Broadcast.GROUPS; group++) {
                api.group(Broadcast.groupId(group), "Course group " + (group + 1));
            }
            int portA = freePort();
            int portB = freePort();
            try (RoundRobinProxy proxy = new RoundRobinProxy(List.of(portA, portB))) {
                String webhook = "http://127.0.0.1:" + proxy.port() + "/telegram/webhook";
                AppProcess a = AppProcess.start(launch(root, api, store, portA, "a", webhook), 1);
                AppProcess b = AppProcess.start(launch(root, api, store, portB, "b", webhook), 2);
                a.awaitReady(Duration.ofMinutes(3));
                b.awaitReady(Duration.ofMinutes(3));
                AppProcess leader = awaitLeader(List.of(a, b), Duration.ofSeconds(30));
                notes.add("both instances ready; " + (leader == a ? "a" : "b") + " leads");
                try (Arrivals arrivals = new Arrivals(api)) {
                    Broadcast burst = Broadcast.spread(size, CHATS, false, clock.instant().plusSeconds(3));
                    seed(store.uri(), burst.plans());
                    Instant start = burst.firstDue();
                    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
                    arrivals.awaitDelivered(size / 3, left(deadline));
                    Instant faultAt = clock.instant();
                    inject(api, store, a, b, leader, arrivals);
                    Instant faultEnded = clock.instant();
                    int answered = askForHelp(api);
                    boolean complete = arrivals.awaitDelivered(size, left(deadline));
                    if (!complete) {
                        notes.add("timed out with " + arrivals.delivered() + " of " + size + " delivered");
                    }
                    Thread.sleep(SETTLE.toMillis());
                    Map<String, Instant> arrived = arrivals.firstArrivals();
                    Lateness lateness = Lateness.of(Lateness.against(Lateness.idealSchedule(burst, LIMIT, start), arrived));
                    Duration silence = longestSilence(arrived, faultAt);
                    List<RecordedCall> sends = api.calls("sendMessage");
                    long answered429 = sends.stream().filter(call -> call.status() == 429).count();
                    long repeated429 = repeated429s(sends);
                    a.stop();
                    b.stop();
                    return new DrillResult(drill, size, arrivals.delivered(), arrivals.duplicates(), size - arrivals.delivered(),
                            answered429, repeated429, lateness, silence, Duration.between(faultAt, faultEnded),
                            answered, ASKING, List.copyOf(notes));
                }
            }
        }
    }

    private AppLaunch launch(Path root, FakeBotApi api, StoreProcess store, int port, String name, String webhook) {
        Map<String, String> env = new HashMap<>();
        env.put("MONGODB_URI", store.uri());
        env.put("PACELINE_DELIVERY_INSTANCE", name);
        env.put("PACELINE_WEBHOOK_URL", webhook);
        env.put("PACELINE_WEBHOOK_SECRET", SECRET);
        return new AppLaunch(appJar, List.of(), api.token(), api.baseUrl(), root.resolve("data-" + name), port,
                root.resolve("logs-" + name), env);
    }

    /** The fault, from the moment a third arrived until it is over (the processes are back, the fake answers again). */
    private void inject(FakeBotApi api, StoreProcess store, AppProcess a, AppProcess b, AppProcess leader,
                        Arrivals arrivals) throws Exception {
        int at = arrivals.delivered();
        switch (drill) {
            case KILL -> {
                leader.kill();
                notes.add("SIGKILL of the leader with " + at + " delivered");
                AppProcess survivor = leader == a ? b : a;
                Instant killed = clock.instant();
                awaitLeader(List.of(survivor), Duration.ofSeconds(60));
                notes.add("the other instance led " + RunResult.format(Duration.between(killed, clock.instant())) + " after the kill");
            }
            case STORE -> {
                signal(store.pid(), "STOP");
                notes.add("store stopped (SIGSTOP: connections hang) with " + at + " delivered");
                Thread.sleep(30_000);
                signal(store.pid(), "CONT");
                notes.add("store back after 30 s with " + arrivals.delivered() + " delivered");
            }
            case API_5XX -> {
                api.outageFor(Duration.ofSeconds(60), Outage.BAD_GATEWAY);
                notes.add("502 for every call for 60 s from " + at + " delivered");
                Thread.sleep(60_000);
            }
            case API_TIMEOUT -> {
                api.failUntilCleared("*", null, Failure.slow(Duration.ofSeconds(40)));
                notes.add("every call held 40 s (past the client's 30 s read timeout) for 60 s from " + at + " delivered");
                Thread.sleep(60_000);
                api.clearFailures();
            }
            case RATE_LIMIT -> {
                api.failUntilCleared("sendMessage", null, Failure.tooManyRequests(RETRY_AFTER));
                notes.add("429 retry_after " + RETRY_AFTER + " for every sendMessage for 20 s from " + at + " delivered");
                Thread.sleep(20_000);
                api.clearFailures();
            }
            case CLOCK -> {
                signal(a.pid(), "STOP");
                signal(b.pid(), "STOP");
                notes.add("both instances frozen (SIGSTOP) for 120 s with " + at + " delivered: their clocks jump on resuming");
                Thread.sleep(120_000);
                signal(a.pid(), "CONT");
                signal(b.pid(), "CONT");
            }
            default -> throw new IllegalStateException("unknown drill " + drill);
        }
    }

    /** {@value #ASKING} learners send /help after the fault; how many got an answer (not a burst message) within 60 s. */
    private int askForHelp(FakeBotApi api) throws InterruptedException {
        Map<Long, Integer> before = new HashMap<>();
        List<FakePrivateChat> chats = new ArrayList<>();
        for (long id = 1; id <= ASKING; id++) {
            FakeUser user = api.user(id, "Learner " + id, "en");
            before.put(id, answers(api, id));
            chats.add(api.privateChat(user));
        }
        chats.forEach(chat -> chat.send("/help"));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int answered = 0;
        while (System.nanoTime() < deadline) {
            answered = 0;
            for (long id = 1; id <= ASKING; id++) {
                if (answers(api, id) > before.get(id)) {
                    answered++;
                }
            }
            if (answered == ASKING) {
                break;
            }
            Thread.sleep(250);
        }
        notes.add(answered + " of " + ASKING + " learners' /help answered within 60 s after the fault");
        return answered;
    }

    private static int answers(FakeBotApi api, long chatId) {
        int count = 0;
        for (BotMessage message : api.messages(chatId)) {
            if (Broadcast.keyIn(message.text()) == null) {
                count++;
            }
        }
        return count;
    }

    /** Which instance says it leads ({@code metronome} in its health), waiting up to {@code timeout}. */
    private static AppProcess awaitLeader(List<AppProcess> apps, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (AppProcess app : apps) {
                if (leads(app)) {
                    return app;
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("no instance led within " + timeout);
    }

    private static boolean leads(AppProcess app) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/actuator/health"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode health = JSON.readTree(response.body());
            return health.path("components").path("metronome").path("details").path("leading").asBoolean(false);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void seed(String uri, List<DeliveryPlan> plans) {
        try (MongoClient client = MongoClients.create(uri)) {
            var ledger = new MongoPlannedDeliveries(new MongoTemplate(client, "paceline"));
            ledger.planAll(plans);
        }
    }

    /** The longest time without a new message arriving, from the fault on. */
    private static Duration longestSilence(Map<String, Instant> arrived, Instant from) {
        List<Instant> times = arrived.values().stream().filter(t -> !t.isBefore(from)).sorted().toList();
        Duration longest = Duration.ZERO;
        Instant previous = from;
        for (Instant t : times) {
            Duration gap = Duration.between(previous, t);
            if (gap.compareTo(longest) > 0) {
                longest = gap;
            }
            previous = t;
        }
        return longest;
    }

    /** 429s that came to a chat before the {@code retry_after} of its previous 429 was over: the pause was not kept. */
    static long repeated429s(List<RecordedCall> calls) {
        Map<String, Instant> pausedUntil = new HashMap<>();
        long repeated = 0;
        List<RecordedCall> sorted = new ArrayList<>(calls);
        sorted.sort(Comparator.comparing(RecordedCall::at));
        for (RecordedCall call : sorted) {
            if (call.status() != 429) {
                continue;
            }
            String chat = call.params().path("chat_id").asText();
            Instant until = pausedUntil.get(chat);
            if (until != null && call.at().isBefore(until)) {
                repeated++;
            }
            pausedUntil.put(chat, call.at().plusSeconds(call.retryAfter() == null ? 1 : call.retryAfter()));
        }
        return repeated;
    }

    private static void signal(long pid, String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        kill.waitFor(10, TimeUnit.SECONDS);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Duration left(long deadlineNanos) {
        return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
    }

    /** {@code java -jar paceline.jar store} as a child process, on a free port, until closed. */
    static final class StoreProcess implements AutoCloseable {

        private final Process process;
        private final String uri;

        private StoreProcess(Process process, String uri) {
            this.process = process;
            this.uri = uri;
        }

        static StoreProcess start(Path appJar, Path dataDir, Path log) throws IOException, InterruptedException {
            int port = freePort();
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                    appJar.toAbsolutePath().toString(), "store", "--port", Integer.toString(port), "--data-dir", dataDir.toString())
                    .redirectErrorStream(true).start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "stop-store"));
            var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            List<String> output = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                output.add(line);
                if (line.startsWith("MONGODB_URI=")) {
                    Thread drain = new Thread(() -> drain(reader, log), "store-output");
                    drain.setDaemon(true);
                    drain.start();
                    return new StoreProcess(process, line.substring("MONGODB_URI=".length()));
                }
            }
            process.waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException("the store did not start: " + String.join("\n", output));
        }

        private static void drain(BufferedReader reader, Path log) {
            try {
                String line;
                while ((line = reader.readLine()) != null) {
                    Files.writeString(log, line + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                            java.nio.file.StandardOpenOption.APPEND);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String uri() {
            return uri;
        }

        long pid() {
            return process.pid();
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** What one drill measured. */
    record DrillResult(Drill drill, int size, int delivered, long duplicates, int lost, long rateLimited, long repeated429,
                       Lateness lateness, Duration longestSilence, Duration fault, int answered, int asked, List<String> notes) {

        static String header() {
            return """
                    | drill | N | delivered | lost | duplicates | 429s (repeated within retry_after) | longest silence | lateness p50 | lateness p99 | /help answered after |
                    |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|""";
        }

        String row() {
            return String.format(java.util.Locale.ROOT, "| %s | %,d | %,d | %,d | %,d | %,d (%,d) | %s | %s | %s | %d/%d |",
                    drill.label(), size, delivered, lost, duplicates, rateLimited, repeated429, RunResult.format(longestSilence),
                    RunResult.format(lateness.p50()), RunResult.format(lateness.p99()), answered, asked);
        }
    }
}
