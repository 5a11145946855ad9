package app.paceline.announce.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.announce.Announcement;
import app.paceline.announce.AnnouncementSchedule;
import app.paceline.announce.AnnouncementState;
import app.paceline.course.CourseCode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

class MongoAnnouncementsIntegrationTests {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final CourseCode BAKER = new CourseCode("baker-2026");
    private static final long GROUP = -1_001_234_567_890L;

    private MongoServer server;
    private MongoClient client;
    private MongoAnnouncements store;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        store = new MongoAnnouncements(new MongoTemplate(client, "paceline"));
        store.createIndexes();
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void keepsBothKindsOfScheduleAndFindsWhatIsDueEarliestFirst() {
        var weekly = scheduled("aaaaaaaaaa", new AnnouncementSchedule.Weekly(DayOfWeek.MONDAY, LocalTime.of(9, 0),
                ZoneId.of("Europe/Berlin")), Instant.parse("2026-12-07T08:00:00Z"));
        var once = scheduled("bbbbbbbbbb", new AnnouncementSchedule.Once(Instant.parse("2026-12-02T08:00:00Z")),
                Instant.parse("2026-12-02T08:00:00Z"));
        var posted = once.withState(AnnouncementState.POSTED, Optional.empty());
        store.add(weekly);
        store.add(once);
        store.add(new Announcement("cccccccccc", BAKER, GROUP, "old", false, posted.schedule(), 0, NOW,
                AnnouncementState.POSTED, Optional.empty()));

        assertThat(store.find("aaaaaaaaaa")).contains(weekly);
        assertThat(store.find("bbbbbbbbbb")).contains(once);
        assertThat(store.scheduledIn(GROUP)).containsExactly(once, weekly);
        assertThat(store.countScheduledIn(GROUP)).isEqualTo(2);
        assertThat(store.countScheduledIn(GROUP - 1)).isZero();
        assertThat(store.earliestNext()).contains(Instant.parse("2026-12-02T08:00:00Z"));
        assertThat(store.dueBy(Instant.parse("2026-12-03T00:00:00Z"), 10)).containsExactly(once);
        assertThat(store.dueBy(Instant.parse("2026-12-08T00:00:00Z"), 1)).containsExactly(once);
    }

    @Test
    void replacesOnlyWhatIsUnchanged() {
        var once = scheduled("bbbbbbbbbb", new AnnouncementSchedule.Once(Instant.parse("2026-12-02T08:00:00Z")),
                Instant.parse("2026-12-02T08:00:00Z"));
        store.add(once);
        var cancelled = once.withState(AnnouncementState.CANCELLED, Optional.empty());
        var posted = once.withState(AnnouncementState.POSTED, Optional.empty());

        assertThat(store.replaceIfUnchanged(once, cancelled)).isTrue();
        assertThat(store.replaceIfUnchanged(once, posted)).isFalse();
        assertThat(store.find(once.id())).contains(cancelled);
        assertThat(store.earliestNext()).isEmpty();
    }

    private static Announcement scheduled(String id, AnnouncementSchedule schedule, Instant next) {
        return new Announcement(id, BAKER, GROUP, "Hello <b> & you", true, schedule, 4242, NOW, AnnouncementState.SCHEDULED,
                Optional.of(next));
    }
}
