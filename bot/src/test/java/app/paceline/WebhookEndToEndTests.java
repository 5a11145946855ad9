package app.paceline;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.bot.telegram.BotToken;
import app.paceline.fakebotapi.BotMessage;
import app.paceline.fakebotapi.FakeBotApi;
import app.paceline.fakebotapi.FakePrivateChat;
import app.paceline.fakebotapi.RecordedCall;
import app.paceline.fakebotapi.UserMessage;
import app.paceline.fakebotapi.WebhookDelivery;
import app.paceline.testing.Eventually;
import app.paceline.time.SimulatedClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The application in webhook mode against the fake Bot API: the fake posts updates to the application's endpoint
 * (through a stand-in reverse proxy), and tests post to it themselves, as Telegram retrying, duplicating, or as a
 * stranger.
 */
@ExtendWith(OutputCaptureExtension.class)
class WebhookEndToEndTests {

    static final Instant NOON_UTC = Instant.parse("2026-12-01T12:00:00Z");
    static final String SECRET = "webhook-Secret_for-the-tests-0123456789";
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** Ids of updates the tests post themselves: far above the fake's own sequence. */
    private static final AtomicLong OWN_UPDATE_IDS = new AtomicLong(50_000_000);
    private static final AtomicLong USER_IDS = new AtomicLong(700_000);

    private static FakeBotApi telegram;
    private static WebhookProxy proxy;
    private static RunningApplication app;
    private static Path dataDir;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void startInWebhookMode() throws IOException {
        telegram = FakeBotApi.start(FakeBotApi.Options.defaults());
        proxy = new WebhookProxy();
        dataDir = Files.createTempDirectory("paceline-webhook-");
        app = start(telegram, proxy, dataDir);
        proxy.routeTo(app.port());
    }

    /** Starts an instance in webhook mode at the proxy's URL, logging everything of ours, so tests see what it logs. */
    static RunningApplication start(FakeBotApi telegram, WebhookProxy proxy, Path dataDir, String... overrides) {
        List<String> args = new ArrayList<>(List.of(
                "--paceline.webhook.url=" + proxy.url(),
                "--paceline.webhook.secret=" + SECRET,
                // Ask Telegram how delivering goes more often than the minute in production, so health follows quickly.
                "--paceline.webhook.check-every=300ms",
                "--logging.level.app.paceline=DEBUG",
                "--logging.level.org.springframework.web=DEBUG"));
        args.addAll(List.of(overrides));
        RunningApplication started = RunningApplication.start(telegram, telegram.baseUrl(), dataDir, NOON_UTC, args.toArray(String[]::new));
        Eventually.await(WAIT, () -> telegram.webhookUrl().isPresent(), () -> "the application setting its webhook");
        return started;
    }

    @AfterAll
    static void stop() {
        app.close();
        proxy.close();
        telegram.close();
    }

    @AfterEach
    void neitherTheTokenNorTheSecretWasLogged(CapturedOutput output) {
        assertThat(output.getAll()).doesNotContain(telegram.token()).doesNotContain(SECRET)
                .doesNotContain(telegram.token().substring(telegram.token().indexOf(':') + 1));
    }

    @Test
    void aLearnerIsWelcomedAndSetsTheTimeZoneThroughTheWebhook() throws Exception {
        FakePrivateChat chat = newChat("Ana");

        UserMessage start = chat.send("/start");
        List<BotMessage> replies = chat.awaitBotMessages(2, WAIT);
        chat.send("Tokyo");
        BotMessage confirmation = chat.awaitBotMessages(3, WAIT).get(2);

        assertThat(replies.get(0).text()).startsWith("Hi Ana!");
        assertThat(replies.get(1).text()).startsWith("Which time zone are you in?");
        assertThat(confirmation.text()).isEqualTo("Time zone set: Asia/Tokyo. It's 21:00 there now.");
        assertThat(deliveryOf(start).status()).isEqualTo(200);
        assertThat(proxy.forwardedTo(app.port())).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theWebhookIsSetWithTheSecretTheUpdateKindsWeReadAndTheCommandMenu() throws Exception {
        RecordedCall setWebhook = telegram.calls("setWebhook").get(0);

        assertThat(telegram.webhookUrl()).contains(proxy.url());
        assertThat(setWebhook.params().path("secret_token").asText()).isEqualTo(SECRET);
        assertThat(setWebhook.params().path("allowed_updates").toString())
                .contains("message", "edited_message", "callback_query", "my_chat_member");
        assertThat(setWebhook.params().path("max_connections").asInt()).isEqualTo(20);
        assertThat(telegram.calls("deleteWebhook")).isEmpty();
        Eventually.await(WAIT, () -> !telegram.allCommands().isEmpty(), () -> "the command menu");
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("\"mode\":\"webhook\"", "\"webhookUrl\":\"" + proxy.url() + "\"", "\"pendingUpdates\"");
    }

    @Test
    void healthReportsWhatTelegramSaysAboutDeliveringToUs() throws Exception {
        FakePrivateChat chat = newChat("Lost");
        proxy.routeTo(0);
        try {
            chat.send("/timezone Asia/Tokyo");
            Eventually.await(WAIT, () -> health().contains("\"lastDeliveryError\":\"Wrong response from the webhook: 502\""),
                    () -> "health reporting the failed delivery: " + health());
        } finally {
            proxy.routeTo(app.port());
        }
        assertThat(health()).contains("\"telegram\":{\"status\":\"UP\"", "\"lastDeliveryErrorAt\"");
    }

    private static String health() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void withoutTheRightSecretNothingIsHandledOrStored() throws Exception {
        FakePrivateChat chat = newChat("Eve");
        long updateId = OWN_UPDATE_IDS.incrementAndGet();
        String update = messageUpdate(updateId, chat, "/timezone Asia/Tokyo");

        assertThat(post(update, null).statusCode()).isEqualTo(401);
        assertThat(post(update, "wrong").statusCode()).isEqualTo(401);
        assertThat(post(update, SECRET.toUpperCase()).statusCode()).isEqualTo(401);
        assertThat(post(update, SECRET + "x").statusCode()).isEqualTo(401);

        assertThat(chat.botMessages()).isEmpty();
        assertThat(claimOf(updateId)).isNull();
        assertThat(post(update, SECRET).statusCode()).as("the same update, with the secret").isEqualTo(200);
        assertThat(chat.awaitBotMessages(1, WAIT).get(0).text()).startsWith("Time zone set: Asia/Tokyo.");
    }

    @Test
    void anUpdateDeliveredAgainIsAnsweredOnce() throws Exception {
        FakePrivateChat chat = newChat("Dup");
        UserMessage sent = chat.send("/timezone Europe/Berlin");
        chat.awaitBotMessages(1, WAIT);
        long updateId = deliveryOf(sent).updateId();

        telegram.redeliver(updateId);

        Eventually.await(WAIT, () -> telegram.webhookDeliveries().stream().filter(d -> d.updateId() == updateId).count() == 2,
                () -> "the update delivered again");
        assertThat(telegram.webhookDeliveries().stream().filter(d -> d.updateId() == updateId))
                .extracting(WebhookDelivery::status).containsExactly(200, 200);
        assertThat(post(updateJson(updateId), SECRET).statusCode()).as("and once more by hand").isEqualTo(200);
        assertThat(chat.botMessages()).hasSize(1);
    }

    @Test
    void theSameUpdatePostedConcurrentlyIsAnsweredOnce() throws Exception {
        FakePrivateChat chat = newChat("Race");
        long updateId = OWN_UPDATE_IDS.incrementAndGet();
        String update = messageUpdate(updateId, chat, "/timezone Asia/Kolkata");
        ExecutorService posters = Executors.newFixedThreadPool(8);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Integer>> posts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                posts.add(() -> post(update, SECRET).statusCode());
            }
            for (Future<Integer> status : posters.invokeAll(posts)) {
                statuses.add(status.get());
            }
        } finally {
            posters.shutdownNow();
        }

        // Every request answers after its update was handled (or skipped): what the bot sent is all it will send.
        assertThat(statuses).as("200 handled or handled before, 503 being handled: try again").isSubsetOf(200, 503).contains(200);
        assertThat(chat.botMessages()).extracting(BotMessage::text).singleElement().asString().startsWith("Time zone set: Asia/Kolkata.");
        assertThat(post(update, SECRET).statusCode()).as("once more, later").isEqualTo(200);
        assertThat(chat.botMessages()).hasSize(1);
    }

    @Test
    void hostileRequestsGetA4xxChangeNothingAndTheNextRealUpdateIsAnswered() throws Exception {
        FakePrivateChat chat = newChat("Mallory");
        long stored = processedCount();
        String valid = messageUpdate(OWN_UPDATE_IDS.incrementAndGet(), chat, "/timezone Asia/Tokyo");

        assertThat(post("{\"update_id\": 12, \"message\": {", SECRET).statusCode()).as("malformed").isEqualTo(400);
        assertThat(post("[1, 2, 3]", SECRET).statusCode()).as("not an object").isEqualTo(400);
        assertThat(post("{\"message\": {\"message_id\": 1}}", SECRET).statusCode()).as("no update_id").isEqualTo(400);
        assertThat(post("{\"update_id\": \"twelve\"}", SECRET).statusCode()).as("a wrong type").isEqualTo(400);
        assertThat(post("", SECRET).statusCode()).as("empty").isEqualTo(400);
        String huge = valid.substring(0, valid.length() - 1) + ", \"padding\": \"" + "x".repeat(1024 * 1024) + "\"}";
        assertThat(post(huge, SECRET).statusCode()).as("over a mebibyte").isEqualTo(413);
        assertThat(send(request().header("Content-Type", "text/plain").header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(valid))).statusCode()).as("not JSON").isEqualTo(415);
        assertThat(send(request().header("X-Telegram-Bot-Api-Secret-Token", SECRET).GET()).statusCode()).as("GET").isEqualTo(405);
        assertThat(send(request().header("X-Telegram-Bot-Api-Secret-Token", SECRET).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(valid))).statusCode()).as("PUT").isEqualTo(405);
        long pollId = OWN_UPDATE_IDS.incrementAndGet();
        assertThat(post("{\"update_id\": " + pollId + ", \"poll\": {\"id\": \"1\", \"question\": \"?\", \"options\": [], "
                + "\"total_voter_count\": 0, \"is_closed\": false, \"is_anonymous\": true, \"type\": \"regular\", "
                + "\"allows_multiple_answers\": false}}", SECRET).statusCode()).as("a kind we do not read").isEqualTo(200);
        assertThat(post("{\"update_id\": " + OWN_UPDATE_IDS.incrementAndGet() + ", \"some_future_kind\": {\"x\": 1}}", SECRET)
                .statusCode()).as("a kind nobody knows yet").isEqualTo(200);

        assertThat(processedCount()).as("nothing stored").isEqualTo(stored);
        assertThat(chat.botMessages()).isEmpty();
        chat.send("/timezone Europe/Paris");
        assertThat(chat.awaitBotMessages(1, WAIT).get(0).text()).startsWith("Time zone set: Europe/Paris.");
    }

    /**
     * The webhook part of the hostile-input corpus ({@code hostile/webhook/bodies.tsv}): each request gets its 4xx
     * (or 200 for an update kind we do not read), nothing is handled or stored, and afterwards a real update is
     * answered. The token and the secret never appear in the output ({@link #neitherTheTokenNorTheSecretWasLogged}).
     */
    @TestFactory
    Stream<DynamicTest> hostileWebhookRequests() throws IOException {
        Path corpus = Path.of("src/test/resources/hostile/webhook/bodies.tsv");
        List<DynamicTest> cases = new ArrayList<>();
        List<String> lines = Files.readAllLines(corpus, StandardCharsets.UTF_8);
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", 5);
            String[] bodyAndWhy = fields[4].split("\t# ", 2);
            String name = "bodies.tsv:" + number + " " + (bodyAndWhy.length > 1 ? bodyAndWhy[1] : "");
            int status = Integer.parseInt(fields[0]);
            cases.add(DynamicTest.dynamicTest(name, () -> hostileRequest(status, fields[1], fields[2], fields[3], bodyAndWhy[0])));
        }
        assertThat(cases).hasSizeGreaterThan(40);
        cases.add(DynamicTest.dynamicTest("after them all, a real update is answered", () -> {
            FakePrivateChat chat = newChat("After");
            chat.send("/timezone Europe/Lisbon");
            assertThat(chat.awaitBotMessages(1, WAIT).get(0).text()).startsWith("Time zone set: Europe/Lisbon.");
        }));
        return cases.stream();
    }

    private void hostileRequest(int status, String method, String secretKind, String contentType, String bodyTemplate) throws Exception {
        FakePrivateChat chat = newChat("Mallory");
        long updateId = OWN_UPDATE_IDS.incrementAndGet();
        String body = expand(bodyTemplate, updateId, chat);
        Map<String, Long> before = collectionCounts();
        HttpRequest.Builder request = request();
        String secret = switch (secretKind) {
            case "ok" -> SECRET;
            case "none" -> null;
            case "wrong" -> "not-the-secret";
            case "upper" -> SECRET.toUpperCase(java.util.Locale.ROOT);
            case "longer" -> SECRET + "x";
            case "prefix" -> SECRET.substring(0, SECRET.length() - 1);
            case "empty" -> "";
            default -> throw new IllegalArgumentException("unknown secret kind " + secretKind);
        };
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        if (!contentType.equals("-")) {
            request.header("Content-Type", contentType);
        }
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        request.method(method, publisher);

        HttpResponse<String> response = send(request);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(chat.botMessages()).as("nothing handled").isEmpty();
        assertThat(claimOf(updateId)).as("no claim stored").isNull();
        assertThat(collectionCounts()).as("nothing stored").isEqualTo(before);
    }

    private static String expand(String template, long updateId, FakePrivateChat chat) {
        if (template.equals("-")) {
            return null;
        }
        String text = template.replace("${valid}", messageUpdate(updateId, chat, "/timezone Asia/Tokyo"))
                .replace("${id}", Long.toString(updateId))
                .replace("\\n", "\n").replace("\\t", "\t");
        var repeat = java.util.regex.Pattern.compile("\\$\\{repeat:(\\d+):([^}]*)}").matcher(text);
        StringBuilder out = new StringBuilder();
        while (repeat.find()) {
            repeat.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(repeat.group(2).repeat(Integer.parseInt(repeat.group(1)))));
        }
        repeat.appendTail(out);
        var nest = java.util.regex.Pattern.compile("\\$\\{nest:(\\d+)}").matcher(out.toString());
        StringBuilder nested = new StringBuilder();
        while (nest.find()) {
            int depth = Integer.parseInt(nest.group(1));
            nest.appendReplacement(nested, java.util.regex.Matcher.quoteReplacement("[".repeat(depth) + "]".repeat(depth)));
        }
        nest.appendTail(nested);
        return nested.toString();
    }

    /** How many documents each collection holds, but the fake users' own registrations (none are stored by us). */
    private static Map<String, Long> collectionCounts() {
        MongoOperations mongo = app.bean(MongoOperations.class);
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String name : mongo.getCollectionNames()) {
            counts.put(name, mongo.getCollection(name).countDocuments());
        }
        return counts;
    }

    @Test
    void anUpdateWhoseHandlerDiedIsHandledByALaterDeliveryAfterTwoMinutes() throws Exception {
        FakePrivateChat chat = newChat("Phoenix");
        long updateId = OWN_UPDATE_IDS.incrementAndGet();
        String update = messageUpdate(updateId, chat, "/timezone Asia/Tokyo");
        // As left by an instance that claimed the update and died before it finished.
        app.bean(MongoOperations.class).insert(new Document("_id", botId() + ":" + updateId)
                .append("claimedAt", java.util.Date.from(NOON_UTC)), "processed_updates");
        SimulatedClock clock = app.bean(SimulatedClock.class);

        int whileFresh = post(update, SECRET).statusCode();
        clock.set(NOON_UTC.plus(Duration.ofMinutes(2)).plusSeconds(1));
        int later = post(update, SECRET).statusCode();
        clock.set(NOON_UTC);

        assertThat(whileFresh).as("someone may still be handling it: Telegram tries again later").isEqualTo(503);
        assertThat(later).isEqualTo(200);
        assertThat(chat.botMessages()).extracting(BotMessage::text).singleElement().asString().startsWith("Time zone set: Asia/Tokyo.");
        assertThat(claimOf(updateId).get("finishedAt")).isNotNull();
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    /** A chat the user started long ago, so the bot may answer updates that tests post themselves. */
    private static FakePrivateChat newChat(String name) {
        return telegram.startedChat(telegram.user(USER_IDS.incrementAndGet(), name, "en"));
    }

    /** The fake's delivery of a message a fake user sent, once the webhook answered it. */
    static WebhookDelivery deliveryOf(UserMessage message) {
        Eventually.await(WAIT, () -> find(message) != null, () -> "the webhook's answer to message " + message.messageId());
        return find(message);
    }

    private static WebhookDelivery find(UserMessage message) {
        return telegram.webhookDeliveries().stream()
                .filter(d -> d.update().path("message").path("message_id").asInt() == message.messageId()
                        && d.update().path("message").path("chat").path("id").asLong() == message.chatId())
                .findFirst().orElse(null);
    }

    private static String updateJson(long updateId) {
        return telegram.webhookDeliveries().stream().filter(d -> d.updateId() == updateId).findFirst().orElseThrow().update().toString();
    }

    /** A private text message update as Telegram would post it. */
    static String messageUpdate(long updateId, FakePrivateChat chat, String text) {
        long id = chat.user().id();
        String name = chat.user().firstName();
        return """
                {"update_id": %d, "message": {"message_id": %d, "date": %d,
                 "from": {"id": %d, "is_bot": false, "first_name": "%s", "language_code": "en"},
                 "chat": {"id": %d, "type": "private", "first_name": "%s"},
                 "text": "%s", "entities": [{"offset": 0, "length": %d, "type": "bot_command"}]}}
                """.formatted(updateId, updateId % 100_000, NOON_UTC.getEpochSecond(), id, name, id, name, text, text.indexOf(' ') < 0 ? text.length() : text.indexOf(' '));
    }

    private static HttpRequest.Builder request() {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + WebhookProxy.PATH)).timeout(WAIT);
    }

    private static HttpResponse<String> post(String body, String secret) throws IOException, InterruptedException {
        HttpRequest.Builder request = request().header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return send(request);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String botId() {
        return new BotToken(telegram.token()).botId();
    }

    private static Document claimOf(long updateId) {
        return app.bean(MongoOperations.class).findById(botId() + ":" + updateId, Document.class, "processed_updates");
    }

    private static long processedCount() {
        return app.bean(MongoOperations.class).getCollection("processed_updates").countDocuments();
    }
}
