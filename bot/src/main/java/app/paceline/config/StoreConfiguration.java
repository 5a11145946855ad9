package app.paceline.config;

import com.mongodb.ConnectionString;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Connects to MongoDB at {@code MONGODB_URI}, or, when it is unset, starts an embedded MongoDB-compatible store
 * (mongo-java-server on an H2 file under {@code PACELINE_DATA_DIR}) on a loopback port and connects to that. Both
 * keep data across restarts; the embedded one is for trying Paceline and for one small instance.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(StoreConfiguration.class);
    static final String DATABASE = "paceline";

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${paceline.store.mongodb-uri:}'.isBlank()")
    EmbeddedStore embeddedStore(StoreProperties store, Clock clock) {
        Path dir = store.dataDir().toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InvalidSettingException("PACELINE_DATA_DIR cannot be created at " + dir + ": " + e.getMessage());
        }
        if (!Files.isWritable(dir)) {
            throw new InvalidSettingException("PACELINE_DATA_DIR is not writable: " + dir);
        }
        Path file = dir.resolve("paceline.mv.db");
        EmbeddedStore embedded;
        try {
            embedded = new EmbeddedStore(file, clock);
        } catch (RuntimeException e) {
            throw new InvalidSettingException("the embedded store at " + file + " cannot be opened (is another "
                    + "Paceline running on the same PACELINE_DATA_DIR?): " + e.getMessage());
        }
        LOG.info("Store: EMBEDDED (mongo-java-server, data in {}). For production set MONGODB_URI to a MongoDB "
                + "replica set.", file);
        return embedded;
    }

    @Bean
    MongoConnectionDetails mongoConnectionDetails(StoreProperties store, ObjectProvider<EmbeddedStore> embedded) {
        ConnectionString connection;
        if (store.embedded()) {
            var address = embedded.getObject().address();
            connection = new ConnectionString("mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + DATABASE);
        } else {
            try {
                connection = new ConnectionString(store.mongodbUri().strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingException("MONGODB_URI is not a MongoDB connection string: " + e.getMessage());
            }
            if (connection.getDatabase() == null) {
                connection = withDatabase(connection);
            }
            LOG.info("Store: MongoDB at {} (database {})", connection.getHosts(), connection.getDatabase());
        }
        ConnectionString resolved = connection;
        return () -> resolved;
    }

    @Bean
    StoreHealthIndicator storeHealthIndicator(MongoOperations mongo, StoreProperties store) {
        return new StoreHealthIndicator(mongo, store.embedded());
    }

    private static ConnectionString withDatabase(ConnectionString connection) {
        String uri = connection.getConnectionString();
        int query = uri.indexOf('?');
        String base = query < 0 ? uri : uri.substring(0, query);
        String params = query < 0 ? "" : uri.substring(query);
        String slash = base.substring(base.indexOf("//") + 2).contains("/") ? "" : "/";
        return new ConnectionString(base + slash + DATABASE + params);
    }
}
