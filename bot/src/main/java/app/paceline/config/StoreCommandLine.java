package app.paceline.config;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar paceline.jar store [--port 27017] [--host 127.0.0.1] [--data-dir ./data]}: the embedded
 * MongoDB-compatible store (mongo-java-server on an H2 file) as a process of its own, so that several Paceline
 * instances can share it on one machine without Docker or MongoDB: each is started with
 * {@code MONGODB_URI=mongodb://127.0.0.1:27017/paceline}. For trying several instances and for the fault drills; in
 * production use a MongoDB replica set. Runs until stopped (Ctrl-C or SIGTERM closes the file cleanly); exit code 2
 * for bad usage or a file that cannot be opened.
 */
public final class StoreCommandLine {

    public static final String COMMAND = "store";
    static final int USAGE = 2;

    private static final String HELP = "usage: java -jar paceline.jar store [--port 27017] [--host 127.0.0.1] [--data-dir ./data]\n"
            + "Runs the embedded store as its own process; start Paceline instances with MONGODB_URI=mongodb://<host>:<port>/paceline.";

    private StoreCommandLine() {
    }

    /** Runs from {@code main} until the process is stopped. */
    public static int run(List<String> args) {
        quietLogs();
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(HELP);
            return USAGE;
        }
        EmbeddedStore store;
        try {
            open(options.dataDir());
            store = new EmbeddedStore(options.dataDir().resolve("paceline.mv.db"), Clock.systemUTC(), options.host(), options.port());
        } catch (RuntimeException | IOException e) {
            System.err.println("The store cannot be opened in " + options.dataDir() + " (is Paceline or another store running on it?): " + e.getMessage());
            return USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            store.close();
            stopped.countDown();
        }, "store-shutdown"));
        var address = store.address();
        printReady(System.out, options, address.getPort());
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /**
     * The store's own chatter stays out: warnings about indexes it does not build, and every command it refused (a
     * duplicate key is how claims and leases are kept exclusive; the client gets the error and handles it).
     */
    private static void quietLogs() {
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logback) {
            logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.INFO);
            logback.getLogger("de.bwaldvogel").setLevel(ch.qos.logback.classic.Level.ERROR);
            logback.getLogger("de.bwaldvogel.mongo.wire").setLevel(ch.qos.logback.classic.Level.OFF);
            logback.getLogger("io.netty").setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    static void printReady(PrintStream out, Options options, int port) {
        out.println("Store ready, data in " + options.dataDir().resolve("paceline.mv.db") + ". Start Paceline with:");
        out.println("MONGODB_URI=mongodb://" + options.host() + ":" + port + "/" + StoreConfiguration.DATABASE);
        out.flush();
    }

    private static void open(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (!Files.isWritable(dir)) {
            throw new IOException("not writable");
        }
    }

    /** The command's options, checked. */
    record Options(String host, int port, Path dataDir) {

        static Options parse(List<String> args) {
            String host = "127.0.0.1";
            int port = 27017;
            Path dataDir = Path.of("./data");
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("missing value after " + arg);
                }
                String value = args.get(++i);
                switch (arg) {
                    case "--host" -> host = value;
                    case "--port" -> {
                        try {
                            port = Integer.parseInt(value);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--port must be a number from 0 to 65535, was " + value);
                        }
                        if (port < 0 || port > 65535) {
                            throw new IllegalArgumentException("--port must be a number from 0 to 65535, was " + value);
                        }
                    }
                    case "--data-dir" -> dataDir = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            }
            return new Options(host, port, dataDir.toAbsolutePath().normalize());
        }
    }
}
