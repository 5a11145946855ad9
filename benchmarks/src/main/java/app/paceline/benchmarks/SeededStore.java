package app.paceline.benchmarks;

import app.paceline.delivery.DeliveryPlan;
import app.paceline.delivery.mongo.MongoPlannedDeliveries;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Plans deliveries into a data directory before the application starts, through the application's own ledger
 * adapter on the same embedded store it opens ({@code paceline.mv.db}, database {@code paceline}).
 */
final class SeededStore {

    private static final int CHUNK = 10_000;

    private SeededStore() {
    }

    /** Plans everything, then shuts the store down so that H2 has written it all to the file. */
    static void plan(Path dataDir, List<DeliveryPlan> plans) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MongoServer server = new MongoServer(new H2Backend(dataDir.resolve("paceline.mv.db").toString()));
        try {
            InetSocketAddress address = server.bind();
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
                var ledger = new MongoPlannedDeliveries(new MongoTemplate(client, "paceline"));
                for (int from = 0; from < plans.size(); from += CHUNK) {
                    ledger.planAll(plans.subList(from, Math.min(plans.size(), from + CHUNK)));
                }
            }
        } finally {
            server.shutdown();
        }
    }
}
