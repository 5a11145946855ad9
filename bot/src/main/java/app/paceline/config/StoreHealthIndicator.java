package app.paceline.config;

import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * {@code store} in {@code /actuator/health}: pings the database. It replaces Spring Boot's MongoDB indicator,
 * whose {@code hello} command the embedded store does not know; {@code ping} works on both.
 */
final class StoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoOperations mongo;
    private final boolean embedded;

    StoreHealthIndicator(MongoOperations mongo, boolean embedded) {
        super("Store health check failed");
        this.mongo = mongo;
        this.embedded = embedded;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        mongo.executeCommand(new Document("ping", 1));
        builder.up().withDetail("kind", embedded ? "embedded" : "mongodb");
    }
}
