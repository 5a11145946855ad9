package app.paceline.calendar.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.calendar.FeedToken;
import app.paceline.learner.LearnerId;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

class MongoFeedTokensIntegrationTests {

    private static final LearnerId ANA = new LearnerId(1001);
    private static final LearnerId BO = new LearnerId(1002);
    private static final FeedToken FIRST = new FeedToken("A".repeat(32));
    private static final FeedToken SECOND = new FeedToken("B".repeat(32));

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;
    private MongoFeedTokens tokens;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        mongo = new MongoTemplate(client, "paceline");
        tokens = new MongoFeedTokens(mongo);
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aTokenFindsItsLearnerUntilItIsReplacedOrRevoked() {
        assertThat(tokens.of(ANA)).isEmpty();

        tokens.replace(ANA, FIRST);
        assertThat(tokens.of(ANA)).contains(FIRST);
        assertThat(tokens.learnerWith(FIRST)).contains(ANA);

        tokens.replace(ANA, SECOND);
        assertThat(tokens.learnerWith(FIRST)).isEmpty();
        assertThat(tokens.learnerWith(SECOND)).contains(ANA);
        assertThat(mongo.getCollection(MongoFeedTokens.COLLECTION).countDocuments())
                .as("the old token's lookup document is gone").isEqualTo(2);

        tokens.revoke(ANA);
        assertThat(tokens.of(ANA)).isEmpty();
        assertThat(tokens.learnerWith(SECOND)).isEmpty();
        assertThat(mongo.getCollection(MongoFeedTokens.COLLECTION).countDocuments()).isZero();
        tokens.revoke(ANA);
    }

    @Test
    void aLookupDocumentLeftBehindByACrashOpensNothing() {
        tokens.replace(ANA, FIRST);
        tokens.replace(ANA, SECOND);
        // As if the process died before deleting the old token's document.
        mongo.getCollection(MongoFeedTokens.COLLECTION).insertOne(new Document("_id", "token:" + FIRST.value()).append("learner", ANA.value()));

        assertThat(tokens.learnerWith(FIRST)).isEmpty();
        assertThat(tokens.learnerWith(SECOND)).contains(ANA);
    }

    @Test
    void learnersHaveTheirOwnTokens() {
        tokens.replace(ANA, FIRST);
        tokens.replace(BO, SECOND);

        tokens.revoke(ANA);

        assertThat(tokens.learnerWith(SECOND)).contains(BO);
        assertThat(tokens.learnerWith(FIRST)).isEmpty();
    }
}
