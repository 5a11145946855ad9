package app.paceline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import app.paceline.fakebotapi.BotMessage;
import app.paceline.fakebotapi.CallbackAnswer;
import app.paceline.fakebotapi.FakeBotApi;
import app.paceline.fakebotapi.FakeGroup;
import app.paceline.fakebotapi.FakePrivateChat;
import app.paceline.fakebotapi.FakeUser;
import app.paceline.prompts.Prompts;
import app.paceline.delivery.DeliveringDueNotifications;
import app.paceline.testing.Eventually;
import com.mongodb.client.model.Filters;
import java.util.Date;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The hostile-input corpus: every file under {@code src/test/resources/hostile/} holds inputs a careless or
 * malicious user could send, one per line, and each runs as its own test against one application on the fake Bot
 * API. For every input: the bot answers something (or, where the corpus says {@code silent}, deliberately nothing),
 * never the generic apology that means a handler crashed and never a stack trace; the store holds exactly what it
 * held before; and no ERROR is logged. Over the whole run the bot token never reaches the logs. The file format is
 * described in {@code hostile/README.md}.
 */
class HostileInputsEndToEndTests {

    private static final String TOKEN = "918273645:HOSTILE-s3cret-Tok3n-part_only-in-tests";
    private static final String SECRET = TOKEN.substring(TOKEN.indexOf(':') + 1);
    private static final Instant NOON_UTC = Instant.parse("2026-12-01T12:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(20);
    /**
     * Collections whose changes are harmless by design: the state of a flow a case legitimately entered, and the
     * record of which update ids were handled (one small document per update, whatever it held; see
     * {@code HandlingOnce}).
     */
    private static final Set<String> ALLOWED_TO_CHANGE = Set.of("conversations", "processed_updates");
    /** Stands for a {@code \$} (a dollar sign that starts no placeholder) while placeholders are expanded. */
    private static final char LITERAL_DOLLAR = '\uE000';
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z]+)(?::(\\d+))?(?::([^}]*))?}");

    /** {@code -Dhostile.trace=true} prints every step and the bot's answers, with their buttons. */
    private static final boolean TRACE = Boolean.getBoolean("hostile.trace");

    private static FakeBotApi telegram;
    private static RunningApplication app;
    private static Path dataDir;
    private static MongoTemplate mongo;
    private static final CapturedLogs LOGS = new CapturedLogs();
    /** All the application wrote to the console, from before it started: the token must not be in there either. */
    private static final CapturedConsole CONSOLE = new CapturedConsole();
    private static final AtomicLong USER_IDS = new AtomicLong(500_000);
    private static final AtomicLong PROBES = new AtomicLong();
    private static final Map<String, int[]> SUMMARY = new TreeMap<>();
    private static final Map<String, String> VARIABLES = new LinkedHashMap<>();
    private static List<String> apologies;

    private static Actor creator;
    private static Actor learner;
    private static FakeGroup group;
    private static FakeUser groupMember;

    @BeforeAll
    static void startTheBotWithTwoCoursesAndAGroup() throws IOException {
        CONSOLE.start();
        telegram = FakeBotApi.start(FakeBotApi.Options.defaults().botToken(TOKEN).withoutRateLimits());
        dataDir = Files.createTempDirectory("paceline-hostile-");
        // At the production log level: a token in an INFO line would be as bad as one in an ERROR line.
        app = RunningApplication.start(telegram, telegram.baseUrl(), dataDir, NOON_UTC, "--logging.level.root=info");
        // Spring Boot sets logging up afresh while it starts, which would drop an appender added before.
        LOGS.start();
        LoggerFactory.getLogger(HostileInputsEndToEndTests.class).info("The hostile corpus starts");
        mongo = app.bean(MongoTemplate.class);
        Prompts prompts = app.bean(Prompts.class);
        apologies = prompts.locales().stream().map(locale -> prompts.renderPlain(locale, "error.generic", Map.of())).toList();

        VARIABLES.put("code", "hostile-course");
        VARIABLES.put("other", "other-course");
        VARIABLES.put("bot", telegram.options().botUsername());

        creator = Actor.fresh("Chef");
        creator.upload("course.yaml", new String(content("file:../fixture/hostile-course.yaml"), StandardCharsets.UTF_8));
        Actor otherCreator = Actor.fresh("Rival");
        otherCreator.upload("other.yaml", Files.readString(Path.of("../examples/ten-day-challenge.yaml"))
                .replaceFirst("code: [^\\s]+", "code: other-course"));

        learner = Actor.fresh("Lea");
        learner.step("say /timezone Europe/Berlin");
        learner.step("say /start hostile-course");
        learner.step("say /feed"); // makes the learner's calendar feed, which a later /feed only shows again
        VARIABLES.put("learnerid", Long.toString(learner.chat.id()));
        VARIABLES.put("creatorid", Long.toString(creator.chat.id()));

        group = telegram.group(-1_009_000_000_001L, "Hostile group");
        group.addBot("administrator");
        group.member(creator.chat.user(), "administrator");
        groupMember = telegram.user(USER_IDS.incrementAndGet(), "Stranger", "en");
        group.member(groupMember, "member");
        int before = group.botMessages().size();
        group.send(creator.chat.user(), "/link hostile-course");
        group.awaitBotMessages(before + 1, WAIT);
        VARIABLES.put("groupid", Long.toString(group.id()));
        // Joining released the challenge's first day, due this morning: let it go out before the first snapshot,
        // or a case would see the delivery engine's work as its own. The clock stands still, so nothing else
        // falls due during the run.
        Eventually.await(WAIT, () -> learner.chat.botMessages().stream().anyMatch(m -> m.text().contains("Wake the starter")),
                () -> "the challenge's first day sent to the learner");
        DeliveringDueNotifications engine = app.bean(DeliveringDueNotifications.class);
        Date soon = Date.from(NOON_UTC.plusSeconds(60));
        Eventually.await(WAIT, () -> mongo.getCollection("deliveries").countDocuments(Filters.lte("due", soon)) == 0
                && engine.held() == 0, () -> "the deliveries due at the start sent");
    }

    @AfterAll
    static void stop() throws IOException {
        StringBuilder summary = new StringBuilder("Hostile inputs: category, inputs, answered, silent\n");
        int[] total = new int[3];
        SUMMARY.forEach((category, counts) -> {
            summary.append(String.format("  %-16s %4d %4d %4d%n", category, counts[0], counts[1], counts[2]));
            for (int i = 0; i < 3; i++) {
                total[i] += counts[i];
            }
        });
        summary.append(String.format("  %-16s %4d %4d %4d", "all", total[0], total[1], total[2]));
        System.out.println(summary);
        if (app != null) {
            app.close();
        }
        if (telegram != null) {
            telegram.close();
        }
        LOGS.stop();
        CONSOLE.stop();
    }

    @TestFactory
    Stream<DynamicNode> everyHostileInput() throws IOException, URISyntaxException {
        Path folder = Path.of(Objects.requireNonNull(getClass().getResource("/hostile/")).toURI());
        List<DynamicNode> nodes = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String category = file.getFileName().toString().replaceFirst("\\.txt$", "");
                List<DynamicTest> tests = HostileCase.read(category, file).stream()
                        .map(c -> DynamicTest.dynamicTest(c.displayName(), file.toUri(), () -> run(c)))
                        .toList();
                nodes.add(DynamicContainer.dynamicContainer(category, tests));
            }
        }
        nodes.add(DynamicTest.dynamicTest("the bot token never appears in the logs", () -> {
            assertThat(LOGS.all()).as("log lines").noneMatch(line -> line.contains(SECRET));
            assertThat(LOGS.all()).as("log lines captured (else the check above proves nothing)")
                    .anyMatch(line -> line.contains("The hostile corpus starts"));
            String console = CONSOLE.text();
            assertThat(console).as("console output, startup included").doesNotContain(SECRET)
                    .contains("Connected to Telegram as @");
        }));
        return nodes.stream();
    }

    // ---- one case ----------------------------------------------------------------------------------------------

    private static void run(HostileCase c) {
        Actor actor = switch (c.role()) {
            case "fresh" -> Actor.fresh("Newcomer");
            case "learner" -> learner;
            case "creator" -> creator;
            default -> throw new IllegalArgumentException("unknown role " + c.role() + " in " + c.where());
        };
        if (actor == creator || actor == learner) {
            actor.step("say /cancel");
        }
        actor.caseStart();
        List<String> steps = c.steps();
        for (int i = 0; i < steps.size() - 1; i++) {
            Outcome setup = actor.step(steps.get(i));
            assertNoCrash(c, setup, "setup step " + (i + 1));
        }
        Map<String, List<String>> before = snapshot();
        int logMark = LOGS.size();
        Outcome outcome = actor.step(steps.get(steps.size() - 1));
        Map<String, List<String>> after = snapshot();

        assertNoCrash(c, outcome, "the hostile step");
        List<String> logged = LOGS.since(logMark);
        assertThat(logged).as("ERROR logged for %s", c.where()).noneMatch(line -> line.startsWith("ERROR"));
        assertThat(logged).as("token logged for %s", c.where()).noneMatch(line -> line.contains(SECRET));
        assertThat(changes(before, after)).as("what %s stored (the bot said: %s)", c.where(), outcome.texts()).isEmpty();

        int[] counts = SUMMARY.computeIfAbsent(c.category(), k -> new int[3]);
        synchronized (SUMMARY) {
            counts[0]++;
        }
        if (c.expect().equals("silent")) {
            assertThat(outcome.texts()).as("the bot should stay silent for %s", c.where()).isEmpty();
            counts[2]++;
        } else {
            assertThat(outcome.texts()).as("the bot should answer %s", c.where()).isNotEmpty();
            if (c.expected() != null) {
                assertThat(String.join("\n", outcome.texts()).toLowerCase(Locale.ROOT))
                        .as("the answer to %s", c.where()).contains(c.expected().toLowerCase(Locale.ROOT));
            }
            counts[1]++;
        }
    }

    private static void assertNoCrash(HostileCase c, Outcome outcome, String what) {
        for (String text : outcome.texts()) {
            for (String apology : apologies) {
                assertThat(text).as("%s of %s got the crash apology", what, c.where()).doesNotContain(apology);
            }
            assertThat(text).as("%s of %s shows a stack trace", what, c.where())
                    .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("app.paceline.");
        }
    }

    /** Per collection, what a case added to it or removed from it (an update is both). */
    private static Map<String, String> changes(Map<String, List<String>> before, Map<String, List<String>> after) {
        Map<String, String> changes = new TreeMap<>();
        Set<String> names = new java.util.TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            List<String> was = before.getOrDefault(name, List.of());
            List<String> is = after.getOrDefault(name, List.of());
            if (!was.equals(is)) {
                List<String> removed = new ArrayList<>(was);
                removed.removeAll(is);
                List<String> added = new ArrayList<>(is);
                added.removeAll(was);
                String change = "removed " + removed + ", added " + added;
                changes.put(name, change.length() > 3000 ? change.substring(0, 3000) + "…" : change);
            }
        }
        return changes;
    }

    /** Every document of every collection, so that any insert, update or delete shows. */
    private static Map<String, List<String>> snapshot() {
        Map<String, List<String>> state = new TreeMap<>();
        for (String name : mongo.getCollectionNames()) {
            if (ALLOWED_TO_CHANGE.contains(name)) {
                continue;
            }
            List<String> docs = new ArrayList<>();
            for (Document doc : mongo.getCollection(name).find()) {
                docs.add(doc.toJson());
            }
            docs.sort(null);
            state.put(name, docs);
        }
        return state;
    }

    // ---- the corpus format -------------------------------------------------------------------------------------

    /**
     * One line of a corpus file: {@code expect role step >> step >> ...}. Every step but the last is setup; the
     * last is the hostile input, and the store is compared around it.
     *
     * @param expect   {@code reply} (a message or a callback answer with text), {@code reply~words} (one containing
     *                 these words) or {@code silent}
     * @param role     {@code fresh} (a new user), {@code learner} (enrolled in the course) or {@code creator}
     */
    record HostileCase(String category, int line, String comment, String expect, String expected, String role,
                       List<String> steps) {

        static List<HostileCase> read(String category, Path file) throws IOException {
            List<HostileCase> cases = new ArrayList<>();
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String comment = "";
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank()) {
                    continue;
                }
                if (line.startsWith("#")) {
                    comment = line.substring(1).trim();
                    continue;
                }
                String[] parts = line.split(" +", 3);
                if (parts.length < 3) {
                    throw new IllegalArgumentException(category + ":" + (i + 1) + ": expected 'expect role steps'");
                }
                String expect = parts[0];
                String expected = null;
                if (expect.startsWith("reply~")) {
                    expected = expect.substring("reply~".length()).replace('_', ' ');
                    expect = "reply";
                }
                if (!Set.of("reply", "silent").contains(expect)) {
                    throw new IllegalArgumentException(category + ":" + (i + 1) + ": unknown expectation " + parts[0]);
                }
                cases.add(new HostileCase(category, i + 1, comment, expect, expected, parts[1],
                        List.of(parts[2].split(" >> "))));
            }
            return cases;
        }

        String where() {
            return category + ".txt:" + line;
        }

        String displayName() {
            String last = steps.get(steps.size() - 1);
            return String.format("%s:%d %s", category, line, last.length() > 70 ? last.substring(0, 70) + "…" : last)
                    + (comment.isEmpty() ? "" : " — " + comment);
        }
    }

    /**
     * Expands the escapes of a corpus text: Java-like {@code \n \t \\ \}uXXXX}, and {@code ${name}} variables,
     * {@code ${repeat:N:text}} (text N times) and {@code ${bytes:N}} (N pseudo-random characters).
     */
    static String expand(String raw) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (ch == '\\' && i + 1 < raw.length()) {
                char next = raw.charAt(++i);
                switch (next) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case '\\' -> out.append('\\');
                    case '$' -> out.append(LITERAL_DOLLAR);
                    case 'u' -> {
                        out.append((char) Integer.parseInt(raw.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> out.append('\\').append(next);
                }
            } else {
                out.append(ch);
            }
        }
        Matcher m = PLACEHOLDER.matcher(out.toString());
        StringBuilder result = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value;
            if (name.equals("repeat")) {
                value = m.group(3).repeat(Integer.parseInt(m.group(2)));
            } else if (name.equals("bytes")) {
                StringBuilder random = new StringBuilder();
                java.util.Random rnd = new java.util.Random(Integer.parseInt(m.group(2)));
                for (int k = 0; k < Integer.parseInt(m.group(2)); k++) {
                    random.append((char) (1 + rnd.nextInt(0xD7FF)));
                }
                value = random.toString();
            } else if (VARIABLES.containsKey(name)) {
                value = VARIABLES.get(name);
            } else {
                throw new IllegalArgumentException("unknown placeholder ${" + name + "} in " + raw);
            }
            m.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        m.appendTail(result);
        return result.toString().replace(LITERAL_DOLLAR, '$');
    }

    /** What the bot said in answer to one step: new messages (in the private chat or group) and callback answers. */
    record Outcome(List<String> texts) {
    }

    /**
     * A user talking to the bot. Every step is followed by a probe ({@code /help}, whose answer is known) and waits
     * for that answer: the bot handles updates one by one, in order, so by then the step has been fully handled, and
     * whatever came in between is the step's answer.
     */
    static final class Actor {

        final FakePrivateChat chat;
        int caseStart;
        String lastPressData;
        int lastPressMessage;

        private Actor(FakePrivateChat chat) {
            this.chat = chat;
        }

        static Actor fresh(String name) {
            Actor actor = new Actor(telegram.privateChat(telegram.user(USER_IDS.incrementAndGet(), name, "en")));
            actor.step("say /help"); // registers the user, so that the case's own step is not the first contact
            return actor;
        }

        void caseStart() {
            caseStart = chat.botMessages().size();
        }

        void upload(String name, String yaml) {
            int before = chat.botMessages().size();
            chat.sendDocument(name, "application/x-yaml", yaml.getBytes(StandardCharsets.UTF_8));
            String answer = chat.awaitBotMessages(before + 1, WAIT).get(before).text();
            assertThat(answer).as("fixture course upload").contains("is ready");
        }

        Outcome step(String step) {
            if (TRACE) {
                System.out.println("  -> " + (step.length() > 200 ? step.substring(0, 200) : step));
            }
            String verb = step.contains(" ") ? step.substring(0, step.indexOf(' ')) : step;
            String arg = step.contains(" ") ? expand(step.substring(step.indexOf(' ') + 1)) : "";
            int before = chat.botMessages().size();
            int groupBefore = group == null ? 0 : group.botMessages().size();
            String callbackId = null;
            boolean inGroup = false;
            switch (verb) {
                case "say" -> chat.send(arg);
                case "press" -> {
                    BotMessage message = latestWithButton(arg);
                    lastPressMessage = message.messageId();
                    lastPressData = message.callbackData().stream().filter(d -> d.startsWith(arg)).findFirst().orElseThrow();
                    callbackId = chat.pressButton(message, lastPressData);
                }
                case "tamper" -> {
                    String prefix = arg.substring(0, arg.indexOf('|'));
                    BotMessage message = latestWithButton(prefix);
                    String data = message.callbackData().stream().filter(d -> d.startsWith(prefix)).findFirst().orElseThrow();
                    callbackId = chat.forgeButtonPress(message,
                            data.substring(0, data.lastIndexOf(':') + 1) + arg.substring(arg.indexOf('|') + 1));
                }
                case "repress" -> callbackId = chat.forgeButtonPress(messageById(lastPressMessage), lastPressData);
                case "forge" -> callbackId = chat.forgeButtonPress(latestBotMessage(), arg);
                case "doc" -> {
                    String[] parts = arg.split("\\|", 3);
                    chat.sendDocument(parts[0], parts[1], content(parts[2]));
                }
                case "photo" -> chat.sendPhoto();
                case "sticker" -> chat.sendSticker();
                case "gsay", "gcreator" -> {
                    inGroup = true;
                    group.send(verb.equals("gsay") ? groupMember : creator.chat.user(), arg);
                }
                case "gforge" -> {
                    inGroup = true;
                    List<BotMessage> inGroupMessages = group.botMessages();
                    callbackId = group.forgeButtonPress(groupMember, inGroupMessages.get(inGroupMessages.size() - 1), arg);
                }
                default -> throw new IllegalArgumentException("unknown step " + step);
            }
            List<String> texts = new ArrayList<>();
            if (inGroup) {
                texts.addAll(awaitProbe(groupBefore, true));
            } else {
                texts.addAll(awaitProbe(before, false));
            }
            if (callbackId != null) {
                CallbackAnswer answer = telegram.awaitCallbackAnswer(callbackId, WAIT);
                if (TRACE) {
                    System.out.println("    <- [pop-up] " + answer.text());
                }
                if (answer.text() != null && !answer.text().isBlank()) {
                    texts.add("[pop-up] " + answer.text());
                }
            }
            return new Outcome(texts);
        }

        private List<String> awaitProbe(int before, boolean inGroup) {
            // An unknown command with a new name each time: its answer names it, so it cannot be mistaken for the
            // answer to the step, whatever the step was.
            String probe = "zzprobe" + PROBES.incrementAndGet();
            if (inGroup) {
                group.send(groupMember, "/" + probe + "@" + VARIABLES.get("bot"));
            } else {
                chat.send("/" + probe);
            }
            int seen = before;
            while (true) {
                List<BotMessage> all = inGroup ? group.awaitBotMessages(seen + 1, WAIT) : chat.awaitBotMessages(seen + 1, WAIT);
                for (int i = seen; i < all.size(); i++) {
                    if (all.get(i).text() != null && all.get(i).text().contains(probe)) {
                        if (TRACE) {
                            all.subList(before, i).forEach(m -> System.out.println("    <- " + m.text() + " " + m.callbackData()));
                        }
                        return all.subList(before, i).stream().map(BotMessage::text).toList();
                    }
                }
                seen = all.size();
            }
        }

        private BotMessage latestWithButton(String prefix) {
            List<BotMessage> all = chat.botMessages();
            for (int i = all.size() - 1; i >= caseStart; i--) {
                if (all.get(i).callbackData().stream().anyMatch(d -> d.startsWith(prefix))) {
                    return all.get(i);
                }
            }
            fail("no button starting with '" + prefix + "' since the case started; the bot said: "
                    + all.subList(caseStart, all.size()).stream().map(m -> m.text() + " " + m.callbackData()).toList());
            return null;
        }

        private BotMessage latestBotMessage() {
            List<BotMessage> all = chat.botMessages();
            return all.get(all.size() - 1);
        }

        private BotMessage messageById(int id) {
            return chat.botMessages().stream().filter(m -> m.messageId() == id).reduce((a, b) -> b).orElseThrow();
        }
    }

    /**
     * The content of an uploaded file: {@code text:...} (expanded), {@code file:name} (a file next to the corpus,
     * under {@code hostile/files/}), {@code hex:...}, {@code zeros:N}, {@code random:N} (N pseudo-random bytes),
     * or {@code course:...} (the fixture course with the text appended, to test one bad part of a good file).
     */
    static byte[] content(String spec) {
        String kind = spec.substring(0, spec.indexOf(':'));
        String value = spec.substring(spec.indexOf(':') + 1);
        try {
            return switch (kind) {
                case "text" -> expand(value).getBytes(StandardCharsets.UTF_8);
                case "file" -> Files.readAllBytes(Path.of(Objects.requireNonNull(
                        HostileInputsEndToEndTests.class.getResource("/hostile/files/" + value)).toURI()));
                case "hex" -> HexFormat.of().parseHex(value.replace(" ", ""));
                case "zeros" -> new byte[Integer.parseInt(value)];
                case "random" -> {
                    byte[] bytes = new byte[Integer.parseInt(value)];
                    new java.util.Random(value.hashCode()).nextBytes(bytes);
                    yield bytes;
                }
                default -> throw new IllegalArgumentException("unknown content " + spec);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Tees {@code System.out} and {@code System.err} (where the console log appender writes) into memory. */
    static final class CapturedConsole {

        private final java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        private java.io.PrintStream out;
        private java.io.PrintStream err;

        void start() {
            out = System.out;
            err = System.err;
            System.setOut(tee(out));
            System.setErr(tee(err));
        }

        private java.io.PrintStream tee(java.io.PrintStream original) {
            return new java.io.PrintStream(new java.io.OutputStream() {
                @Override
                public void write(int b) {
                    original.write(b);
                    synchronized (captured) {
                        captured.write(b);
                    }
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    original.write(b, off, len);
                    synchronized (captured) {
                        captured.write(b, off, len);
                    }
                }
            }, true, StandardCharsets.UTF_8);
        }

        void stop() {
            System.setOut(out);
            System.setErr(err);
        }

        String text() {
            synchronized (captured) {
                return captured.toString(StandardCharsets.UTF_8);
            }
        }
    }

    /** Every log line of the run: level, logger, message and stack trace, as they would be written out. */
    static final class CapturedLogs extends AppenderBase<ILoggingEvent> {

        private final List<String> lines = new CopyOnWriteArrayList<>();

        @Override
        public void start() {
            super.start();
            ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(this);
        }

        @Override
        public void stop() {
            ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(this);
            super.stop();
        }

        @Override
        protected void append(ILoggingEvent event) {
            String line = event.getLevel() + " " + event.getLoggerName() + " " + event.getFormattedMessage();
            if (event.getThrowableProxy() != null) {
                line += "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy());
            }
            lines.add(line);
        }

        int size() {
            return lines.size();
        }

        List<String> since(int mark) {
            return List.copyOf(lines.subList(mark, lines.size()));
        }

        List<String> all() {
            return List.copyOf(lines);
        }
    }
}
