package app.paceline.challenge.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import app.paceline.challenge.ChallengeBoard;
import app.paceline.course.CourseCode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

class MongoChallengeBoardsIntegrationTests {

    private static final Instant NOW = Instant.parse("2026-12-02T13:00:00Z");
    private static final CourseCode BAKER = new CourseCode("baker-2026");
    private static final long GROUP = -1_001_234_567_890L;
    private static final LocalDate DAY_1 = LocalDate.parse("2026-12-02");

    private MongoServer server;
    private MongoClient client;
    private MongoChallengeBoards store;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        store = new MongoChallengeBoards(new MongoTemplate(client, "paceline"));
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void createsItsIndexesAgainAndAgain() {
        assertThatNoException().isThrownBy(() -> {
            store.createIndexes();
            store.createIndexes();
        });
    }

    @Test
    void aBoardIsAddedOnceAndEachWriteChangesOnlyItsOwnFields() {
        ChallengeBoard board = ChallengeBoard.planned(BAKER, "ten", DAY_1, GROUP, "d1", NOW);
        assertThat(store.add(board)).isTrue();
        assertThat(store.add(board)).as("the same date again").isFalse();
        assertThat(store.find(BAKER, "ten", DAY_1)).contains(board);

        store.shown(board.id(), GROUP, 4242L, 0);
        store.edited(board.id(), "d2", 1, NOW.plusSeconds(60));
        assertThat(store.find(BAKER, "ten", DAY_1)).contains(new ChallengeBoard(BAKER, "ten", DAY_1, GROUP,
                Optional.of(4242L), "d2", 1, 1, 0, NOW.plusSeconds(60)));
        store.shown(board.id(), GROUP, 4242L, 1);
        store.shown(board.id(), GROUP, 4242L, 0); // an older report, late: the board still shows edit 1
        assertThat(store.find(BAKER, "ten", DAY_1).orElseThrow().shown()).isEqualTo(1);

        store.reposted(board.id(), -1_009L, "d3", 2, NOW.plusSeconds(120));
        store.shown(board.id(), GROUP, 4343L, 1); // the old group's post, late: ignored
        assertThat(store.find(BAKER, "ten", DAY_1)).contains(new ChallengeBoard(BAKER, "ten", DAY_1, -1_009L,
                Optional.empty(), "d3", 2, 1, 1, NOW.plusSeconds(120)));
        store.shown(board.id(), -1_009L, 77L, 1);
        assertThat(store.find(BAKER, "ten", DAY_1).orElseThrow().messageId()).contains(77L);
    }

    @Test
    void theLatestBoardBeforeADateIsOfTheSameChallenge() {
        store.add(ChallengeBoard.planned(BAKER, "ten", DAY_1, GROUP, "a", NOW));
        store.add(ChallengeBoard.planned(BAKER, "ten", DAY_1.plusDays(1), GROUP, "b", NOW));
        store.add(ChallengeBoard.planned(BAKER, "other", DAY_1.plusDays(2), GROUP, "c", NOW));
        store.add(ChallengeBoard.planned(BAKER, "ten", DAY_1.plusDays(10), GROUP, "d", NOW));

        assertThat(store.latestBefore(BAKER, "ten", DAY_1.plusDays(3)).map(ChallengeBoard::digest)).contains("b");
        assertThat(store.latestBefore(BAKER, "ten", DAY_1)).isEmpty();
        assertThat(store.latestBefore(new CourseCode("other-course"), "ten", DAY_1.plusDays(30))).isEmpty();
    }
}
