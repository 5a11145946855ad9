package app.paceline;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.delivery.DeliveryKey;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.DeliveryPlan;
import app.paceline.delivery.Recipient;
import app.paceline.delivery.mongo.MongoPlannedDeliveries;
import app.paceline.fakebotapi.BotMessage;
import app.paceline.fakebotapi.FakeBotApi;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * {@code kill -9} during a burst of deliveries, then a restart on the same embedded store: every due delivery is
 * sent, and only the few in flight at the moment of the crash can arrive twice (at-least-once).
 */
class DeliveryCrashIntegrationTests {

    private static final int CHATS = 30;
    private static final int PER_CHAT = 3;
    private static final int TOTAL = CHATS * PER_CHAT;
    private static final Pattern KEY = Pattern.compile("burst:\\d+:\\d+");
    /**
     * What a crash may send again: what was in flight or accepted since the last write of finished deliveries, which
     * comes every 100 ms but takes its time (the first one after start, cold, a few hundred ms on a loaded machine).
     * So only sends of the last moments before the crash are repeated, never earlier ones.
     */
    private static final Duration REPEAT_WINDOW = Duration.ofSeconds(1);

    @TempDir
    Path dataDir;

    private final FakeBotApi telegram = FakeBotApi.start(FakeBotApi.Options.defaults());
    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        processes.forEach(Process::destroyForcibly);
        telegram.close();
    }

    @Test
    void killMinus9MidBurstLosesNothingAndRepeatsOnlyTheLastSendsBeforeIt() throws Exception {
        List<Long> chats = new ArrayList<>();
        for (int i = 0; i < CHATS; i++) {
            long id = 50_000 + i;
            telegram.privateChat(telegram.user(id, "L" + i, "en")).send("/help");
            chats.add(id);
        }
        seed(chats);
        Path log = dataDir.resolve("app.log");

        Process first = start(log);
        awaitDelivered(TOTAL / 2, Duration.ofSeconds(60));
        Instant crash = Instant.now();
        first.destroyForcibly().waitFor();
        int beforeCrash = countByKey().values().stream().mapToInt(Integer::intValue).sum();
        assertThat(beforeCrash).as("the crash came mid-burst").isLessThan(TOTAL);

        start(log);
        awaitDelivered(TOTAL, Duration.ofSeconds(90));

        Map<String, Integer> byKey = countByKey();
        assertThat(byKey).as("every delivery arrived").hasSize(TOTAL);
        Map<String, Instant> firstSent = firstSentByKey();
        List<String> repeated = byKey.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        assertThat(repeated).as("repeated after the crash: only what was sent in the last moments before it")
                .allSatisfy(key -> assertThat(firstSent.get(key)).isAfter(crash.minus(REPEAT_WINDOW)));
        assertThat(byKey.values()).as("nothing arrived three times").allSatisfy(times -> assertThat(times).isLessThanOrEqualTo(2));
    }

    /** Plans the burst straight into the embedded store the application will open, before it starts. */
    private void seed(List<Long> chats) {
        var server = new MongoServer(new H2Backend(dataDir.resolve("paceline.mv.db").toString()));
        var address = server.bind();
        try (var client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            var ledger = new MongoPlannedDeliveries(new MongoTemplate(client, "paceline"));
            var now = Clock.systemUTC().instant();
            List<DeliveryPlan> plans = new ArrayList<>();
            for (int n = 0; n < PER_CHAT; n++) {
                for (long chat : chats) {
                    String key = "burst:" + chat + ":" + n;
                    plans.add(DeliveryPlan.of(new DeliveryKey(key), Recipient.learner(chat), DeliveryKind.BROADCAST,
                            now.minusSeconds(1), Map.of("text", "message " + key)));
                }
            }
            ledger.planAll(plans);
        } finally {
            server.shutdown();
        }
    }

    private Process start(Path log) throws Exception {
        Process process = ApplicationProcess.start(Map.of(
                "TELEGRAM_BOT_TOKEN", telegram.token(),
                "TELEGRAM_API_URL", telegram.baseUrl(),
                "PACELINE_DATA_DIR", dataDir.toString(),
                "PACELINE_DELIVERY_LEASE", "5s"), log);
        processes.add(process);
        return process;
    }

    private Map<String, Integer> countByKey() {
        Map<String, Integer> byKey = new HashMap<>();
        for (long chat = 50_000; chat < 50_000 + CHATS; chat++) {
            for (BotMessage message : telegram.messages(chat)) {
                Matcher key = KEY.matcher(message.text() == null ? "" : message.text());
                if (key.find()) {
                    byKey.merge(key.group(), 1, Integer::sum);
                }
            }
        }
        return byKey;
    }

    /** When each delivery first arrived, by the fake's clock (the real one, as the crash's). */
    private Map<String, Instant> firstSentByKey() {
        Map<String, Instant> first = new HashMap<>();
        for (long chat = 50_000; chat < 50_000 + CHATS; chat++) {
            for (BotMessage message : telegram.messages(chat)) {
                Matcher key = KEY.matcher(message.text() == null ? "" : message.text());
                if (key.find()) {
                    first.merge(key.group(), message.sentAt(), (a, b) -> a.isBefore(b) ? a : b);
                }
            }
        }
        return first;
    }

    private void awaitDelivered(int distinct, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long seen = 0;
        while (countByKey().size() < distinct) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + countByKey().size() + " of " + distinct + " deliveries arrived; log:\n"
                        + Files.readString(dataDir.resolve("app.log")).lines().filter(l -> l.contains("WARN") || l.contains("ERROR"))
                        .limit(40).reduce("", (a, b) -> a + b + "\n"));
            }
            telegram.messagesAfter(seen, Duration.ofMillis(500));
            seen = Math.max(seen, telegram.messagesAfter(0, Duration.ZERO).stream().mapToLong(BotMessage::seq).max().orElse(0));
        }
    }
}
