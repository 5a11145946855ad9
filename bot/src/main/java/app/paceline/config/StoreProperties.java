package app.paceline.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Paceline keeps its data.
 *
 * @param mongodbUri a MongoDB connection string ({@code MONGODB_URI}); blank runs the embedded store instead
 * @param dataDir    the embedded store's folder ({@code PACELINE_DATA_DIR}), created if missing
 */
@ConfigurationProperties("paceline.store")
public record StoreProperties(String mongodbUri, Path dataDir) {

    public StoreProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
    }

    public boolean embedded() {
        return mongodbUri == null || mongodbUri.isBlank();
    }
}
