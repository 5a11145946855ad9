package app.paceline.config;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import org.h2.mvstore.MVStore;

/**
 * The embedded MongoDB-compatible store: mongo-java-server on an H2 file, listening on a loopback port. H2 writes
 * its changes to disk in the background; {@link #commit()} forces that, and runs before Telegram is told that
 * updates were handled, so an acknowledged answer is never lost to a crash. Background commits run every
 * {@link #AUTO_COMMIT_MILLIS} ms (H2's default is a second).
 */
final class EmbeddedStore implements AutoCloseable {

    static final int AUTO_COMMIT_MILLIS = 100;

    private final MVStore file;
    private final MongoServer server;
    private final InetSocketAddress address;

    EmbeddedStore(Path file, Clock clock) {
        this(file, clock, "127.0.0.1", 0);
    }

    /** The store listening on {@code host}:{@code port} (0: any free port), for {@code paceline.jar store}. */
    EmbeddedStore(Path file, Clock clock, String host, int port) {
        this.file = new MVStore.Builder().fileName(file.toString()).open();
        this.file.setAutoCommitDelay(AUTO_COMMIT_MILLIS);
        this.server = new MongoServer(new H2Backend(this.file, clock));
        this.server.bind(host, port);
        this.address = server.getLocalAddress();
    }

    InetSocketAddress address() {
        return address;
    }

    /** Makes everything written so far durable. */
    void commit() {
        if (!file.isClosed()) {
            file.commit();
        }
    }

    @Override
    public void close() {
        server.shutdownNow();
        if (!file.isClosed()) {
            file.close();
        }
    }
}
