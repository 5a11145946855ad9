package app.paceline.course.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.course.CourseCode;
import app.paceline.course.TeamInvite;
import app.paceline.learner.LearnerId;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

class MongoTeamInvitesIntegrationTests {

    private MongoServer server;
    private MongoClient client;
    private MongoTeamInvites invites;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        invites = new MongoTeamInvites(new MongoTemplate(client, "paceline"));
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void anInviteRoundTripsAndIsUsedOnce() {
        TeamInvite invite = new TeamInvite("tok_-123", new CourseCode("baker-2026"), new LearnerId(501),
                Instant.parse("2026-11-20T12:00:00Z"), Instant.parse("2026-11-27T12:00:00Z"), Optional.empty());
        invites.add(invite);
        assertThat(invites.find("tok_-123")).contains(invite);
        assertThat(invites.find("other")).isEmpty();

        assertThat(invites.use("tok_-123", new LearnerId(601))).isTrue();
        assertThat(invites.use("tok_-123", new LearnerId(602))).isFalse();
        assertThat(invites.use("other", new LearnerId(602))).isFalse();
        assertThat(invites.find("tok_-123").orElseThrow().usedBy()).contains(new LearnerId(601));
    }
}
