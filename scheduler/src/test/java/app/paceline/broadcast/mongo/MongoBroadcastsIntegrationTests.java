package app.paceline.broadcast.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import app.paceline.broadcast.Broadcast;
import app.paceline.course.CourseCode;
import app.paceline.learner.LearnerId;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

class MongoBroadcastsIntegrationTests {

    private static final Instant NOW = Instant.parse("2026-12-02T13:00:00Z");
    private static final CourseCode BAKER = new CourseCode("baker-2026");

    private MongoServer server;
    private MongoClient client;
    private MongoBroadcasts store;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        store = new MongoBroadcasts(new MongoTemplate(client, "paceline"));
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    private static Broadcast broadcast(String id, Instant at) {
        List<LearnerId> recipients = LongStream.rangeClosed(1, 5000).mapToObj(LearnerId::new).toList();
        return Broadcast.started(id, BAKER, "Master Baker", new LearnerId(7), "Oven class <moved> & more", recipients, "d0", at);
    }

    @Test
    void createsItsIndexesAgainAndAgain() {
        assertThatNoException().isThrownBy(() -> {
            store.createIndexes();
            store.createIndexes();
        });
    }

    @Test
    void aBroadcastIsKeptWithItsRecipientsAndEachWriteChangesOnlyItsOwnFields() {
        Broadcast first = broadcast("b1", NOW);
        store.add(first);
        store.add(broadcast("b2", NOW.plusSeconds(5)));
        assertThat(store.find("b1")).contains(first);
        assertThat(store.find("nope")).isEmpty();
        assertThat(store.running()).extracting(Broadcast::id).containsExactly("b1", "b2");
        assertThat(store.runningIn(BAKER)).map(Broadcast::id).contains("b1");

        store.shown("b1", 42, 0);
        store.edited("b1", "d1", 1, NOW.plusSeconds(3));
        store.shown("b1", 42, 1);
        store.shown("b1", 42, 0); // a late report of the post does not take back the edit shown
        Broadcast edited = store.find("b1").orElseThrow();
        assertThat(edited.messageId()).contains(42L);
        assertThat(edited.edits()).isEqualTo(1);
        assertThat(edited.shown()).isEqualTo(1);
        assertThat(edited.digest()).isEqualTo("d1");
        assertThat(edited.plannedAt()).isEqualTo(NOW.plusSeconds(3));

        assertThat(store.stop("b1", NOW.plusSeconds(4))).isTrue();
        assertThat(store.find("b1").orElseThrow().isStopping()).isTrue();
        assertThat(store.stop("b1", NOW.plusSeconds(5))).as("once").isFalse();
        store.withdrew("b1", 4990);
        Broadcast stopped = store.find("b1").orElseThrow();
        assertThat(stopped.stoppedAt()).contains(NOW.plusSeconds(4));
        assertThat(stopped.withdrawn()).isEqualTo(4990);
        assertThat(stopped.isStopping()).isFalse();

        store.done("b1", NOW.plusSeconds(9));
        assertThat(store.find("b1").orElseThrow().doneAt()).contains(NOW.plusSeconds(9));
        assertThat(store.running()).extracting(Broadcast::id).containsExactly("b2");
        assertThat(store.stop("b1", NOW.plusSeconds(10))).as("over").isFalse();
        assertThat(store.find("b2").orElseThrow().messageId()).isEqualTo(Optional.empty());
    }
}
