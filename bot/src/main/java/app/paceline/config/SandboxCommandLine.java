package app.paceline.config;

import app.paceline.PacelineApplication;
import app.paceline.fakebotapi.FakeBotApi;
import app.paceline.fakebotapi.FollowingClock;
import app.paceline.fakebotapi.FakeGroup;
import app.paceline.fakebotapi.FakeUser;
import app.paceline.sandbox.web.Persona;
import app.paceline.sandbox.web.SandboxCast;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.io.ClassPathResource;

/**
 * {@code java -jar paceline.jar sandbox [--port 8080] [--api-port 0] [--speed 1] [--start 2027-01-04T06:00:00Z]}:
 * the whole product without a Telegram account. Starts the fake Bot API in process (the bot's Telegram), the
 * application on a simulated clock and a fresh embedded store in a temporary folder (never {@code ./data}, never
 * {@code MONGODB_URI}), seeds personas, a course group and the example course ({@code examples/sandbox-course.yaml},
 * sent by the creator persona as in a chat), and serves the web chat at {@code /sandbox}. Needs no
 * {@code TELEGRAM_BOT_TOKEN}: any set in the environment is ignored.
 */
public final class SandboxCommandLine {

    public static final String COMMAND = "sandbox";
    /** The Spring profile that turns on the sandbox's endpoints. */
    public static final String PROFILE = "sandbox";
    /** Monday 07:00 in Berlin, 15:00 in Tokyo, 01:00 in New York: the example course is live from here. */
    static final Instant DEFAULT_START = Instant.parse("2027-01-04T06:00:00Z");
    static final String BOT_TOKEN = "700000:SANDBOX-fake-telegram-token";
    static final String BOT_USERNAME = "paceline_sandbox_bot";
    static final String COURSE_FILE = "sandbox/sandbox-course.yaml";
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    private static final Duration SEED_WAIT = Duration.ofSeconds(30);

    private static final String HELP = "usage: java -jar paceline.jar sandbox [--port <web port, default SERVER_PORT or 8080>] "
            + "[--api-port <fake Bot API port, default any free one>] [--speed <simulated seconds per real second, default 1>] "
            + "[--start <simulated start, ISO instant, default " + DEFAULT_START + ">]";

    private SandboxCommandLine() {
    }

    /** Runs the sandbox from {@code main} until the process is stopped (Ctrl-C); returns the exit code. */
    public static int run(List<String> args) {
        Optional<Options> options = Options.parse(args, System.getenv());
        if (options.isEmpty()) {
            System.err.println(HELP);
            return USAGE;
        }
        Sandbox sandbox;
        try {
            sandbox = start(options.get());
        } catch (RuntimeException e) {
            // Spring has already said what went wrong (a port in use, say) in one line.
            System.err.println("The sandbox could not start: " + e.getMessage()
                    + "\n(If port " + options.get().port() + " is in use, choose another with --port <port>.)");
            return FAILED;
        }
        CountDownLatch closed = new CountDownLatch(1);
        sandbox.context().addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "sandbox-shutdown"));
        sandbox.printWelcome(System.out);
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OK;
    }

    /**
     * How to start the sandbox.
     *
     * @param port    the web port (0 for any free one)
     * @param apiPort the fake Bot API's port (0 for any free one)
     * @param speed   simulated seconds per real second at the start
     * @param start   the simulated instant to start at
     */
    public record Options(int port, int apiPort, double speed, Instant start) {

        public static Options defaults() {
            return new Options(8080, 0, 1, DEFAULT_START);
        }

        public Options port(int webPort) {
            return new Options(webPort, apiPort, speed, start);
        }

        public Options speed(double factor) {
            return new Options(port, apiPort, factor, start);
        }

        static Optional<Options> parse(List<String> args, Map<String, String> env) {
            Options options = defaults();
            String envPort = env.getOrDefault("SERVER_PORT", "").strip();
            try {
                if (!envPort.isEmpty()) {
                    options = options.port(Integer.parseInt(envPort));
                }
                for (int i = 0; i < args.size(); i++) {
                    String name = args.get(i);
                    if (i + 1 >= args.size()) {
                        return Optional.empty();
                    }
                    String value = args.get(++i);
                    switch (name) {
                        case "--port" -> options = options.port(Integer.parseInt(value));
                        case "--api-port" -> options = new Options(options.port, Integer.parseInt(value), options.speed, options.start);
                        case "--speed" -> options = options.speed(Double.parseDouble(value));
                        case "--start" -> options = new Options(options.port, options.apiPort, options.speed, Instant.parse(value));
                        default -> {
                            return Optional.empty();
                        }
                    }
                }
            } catch (NumberFormatException | DateTimeParseException e) {
                return Optional.empty();
            }
            boolean portsOk = options.port >= 0 && options.port <= 65535 && options.apiPort >= 0 && options.apiPort <= 65535;
            boolean speedOk = options.speed >= 0 && options.speed <= 86_400;
            return portsOk && speedOk ? Optional.of(options) : Optional.empty();
        }
    }

    /** Starts the fake Bot API, the application in sandbox mode and the seed; returns once the page can be used. */
    public static Sandbox start(Options options) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("paceline-sandbox-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the sandbox's data folder", e);
        }
        String courseFile = courseFile();
        SandboxCast cast = SandboxCast.standard(courseCode(courseFile), BOT_USERNAME);
        FollowingClock telegramClock = new FollowingClock();
        FakeBotApi telegram = FakeBotApi.start(FakeBotApi.Options.defaults().botToken(BOT_TOKEN).botUsername(BOT_USERNAME)
                .botFirstName("Paceline (sandbox)").port(options.apiPort()).clock(telegramClock).withoutRateLimits());
        ConfigurableApplicationContext context;
        try {
            SpringApplication application = new SpringApplication(PacelineApplication.class);
            application.addListeners(new SettingsCheck());
            application.setAdditionalProfiles(PROFILE);
            application.addInitializers(ctx -> {
                ctx.getBeanFactory().registerSingleton("sandboxTelegram", telegram);
                ctx.getBeanFactory().registerSingleton("sandboxCast", cast);
            });
            // Command-line arguments outrank the environment: a TELEGRAM_BOT_TOKEN, MONGODB_URI or PACELINE_DATA_DIR
            // set for production cannot leak into the sandbox.
            context = application.run(
                    "--paceline.telegram.bot-token=" + BOT_TOKEN,
                    "--paceline.telegram.api-url=" + telegram.baseUrl(),
                    "--paceline.telegram.poll-timeout=5s",
                    "--paceline.telegram.retry-min=200ms",
                    "--paceline.telegram.retry-max=2s",
                    "--paceline.store.mongodb-uri=",
                    "--paceline.store.data-dir=" + dataDir,
                    "--paceline.clock.start=" + options.start(),
                    "--paceline.clock.speed=" + options.speed(),
                    "--paceline.creators=anyone",
                    "--server.port=" + options.port());
        } catch (RuntimeException e) {
            telegram.close();
            deleteQuietly(dataDir);
            throw e;
        }
        telegramClock.follow(context.getBean(Clock.class));
        Sandbox sandbox = new Sandbox(context, telegram, cast, dataDir);
        try {
            seed(telegram, cast, courseFile);
        } catch (RuntimeException | AssertionError e) {
            sandbox.close();
            throw new IllegalStateException("the sandbox could not set up its example course: " + e.getMessage(), e);
        }
        return sandbox;
    }

    /**
     * The sandbox's starting state, made the way people would make it: the personas exist, the course group has the
     * bot as an admin, the creator sends the course file in private and links the group with {@code /link}.
     */
    static void seed(FakeBotApi telegram, SandboxCast cast, String courseFile) {
        cast.personas().forEach(p -> telegram.user(new FakeUser(p.userId(), p.firstName(), null, p.language())));
        Persona creator = cast.creator();
        FakeUser creatorUser = new FakeUser(creator.userId(), creator.firstName(), null, creator.language());
        FakeGroup group = telegram.group(cast.groupId(), cast.groupTitle());
        group.member(creatorUser, "creator");
        for (Persona persona : cast.personas()) {
            if (persona.inGroup()) {
                group.member(new FakeUser(persona.userId(), persona.firstName(), null, persona.language()),
                        persona.key().equals("group-admin") ? "administrator" : "member");
            }
        }
        group.addBot(creatorUser, "administrator");

        var creatorChat = telegram.privateChat(creatorUser);
        creatorChat.sendDocument("sandbox-course.yaml", "application/x-yaml", courseFile.getBytes(StandardCharsets.UTF_8));
        creatorChat.awaitBotMessages(1, SEED_WAIT);
        int before = telegram.messages(cast.groupId()).size();
        group.send(creatorUser, "/link " + cast.courseCode());
        telegram.awaitMessages(cast.groupId(), before + 1, SEED_WAIT);
    }

    static String courseFile() {
        try (InputStream in = new ClassPathResource(COURSE_FILE).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the jar has no " + COURSE_FILE + " (examples/sandbox-course.yaml)", e);
        }
    }

    static String courseCode(String courseFile) {
        Matcher code = Pattern.compile("(?m)^\\s+code:\\s*([A-Za-z0-9_-]+)").matcher(courseFile);
        if (!code.find()) {
            throw new IllegalStateException(COURSE_FILE + " has no course code");
        }
        return code.group(1);
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // A temporary folder: the system cleans it up eventually.
        }
    }

    /** A running sandbox: the application, its fake Telegram and its data folder. */
    public static final class Sandbox implements AutoCloseable {

        private final ConfigurableApplicationContext context;
        private final FakeBotApi telegram;
        private final SandboxCast cast;
        private final Path dataDir;

        Sandbox(ConfigurableApplicationContext context, FakeBotApi telegram, SandboxCast cast, Path dataDir) {
            this.context = context;
            this.telegram = telegram;
            this.cast = cast;
            this.dataDir = dataDir;
        }

        public ConfigurableApplicationContext context() {
            return context;
        }

        public FakeBotApi telegram() {
            return telegram;
        }

        public SandboxCast cast() {
            return cast;
        }

        public Path dataDir() {
            return dataDir;
        }

        public int port() {
            return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        }

        /** The web chat's address. */
        public String url() {
            return "http://localhost:" + port() + "/sandbox";
        }

        void printWelcome(PrintStream out) {
            List<String> lines = new ArrayList<>();
            lines.add("");
            lines.add("Paceline sandbox is running: no Telegram account needed, nothing leaves this machine.");
            lines.add("  Telegram emulator (fake Bot API): " + telegram.baseUrl() + "  (control API: /_fake/state)");
            lines.add("  Data folder (deleted on exit):    " + dataDir);
            lines.add("  Simulated time starts at:         " + context.getBean(Clock.class).instant());
            lines.add("Open the web chat:");
            lines.add("");
            lines.add(url());
            lines.add("");
            lines.add("Stop with Ctrl-C.");
            lines.forEach(out::println);
            out.flush();
        }

        @Override
        public synchronized void close() {
            if (context.isActive()) {
                context.close();
            }
            telegram.close();
            deleteQuietly(dataDir);
        }
    }
}
