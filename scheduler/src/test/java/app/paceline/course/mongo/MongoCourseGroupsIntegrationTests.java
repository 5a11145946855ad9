package app.paceline.course.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.course.CourseCode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

class MongoCourseGroupsIntegrationTests {

    private static final CourseCode BAKER = new CourseCode("baker-2026");
    private static final CourseCode PASTRY = new CourseCode("pastry-2026");

    private MongoServer server;
    private MongoClient client;
    private MongoCourseGroups groups;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        groups = new MongoCourseGroups(new MongoTemplate(client, "paceline"));
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void everyLinkedCourseIsListedWithItsOneGroup() {
        groups.link(BAKER, -1001L);
        groups.link(PASTRY, -1002L);
        groups.link(BAKER, -1003L); // the course moves to another group
        groups.link(PASTRY, -1003L); // that group moves to another course

        assertThat(groups.linked()).isEqualTo(Map.of(PASTRY, -1003L));
        assertThat(groups.groupOf(BAKER)).isEmpty();
        assertThat(groups.courseOf(-1003L)).contains(PASTRY);
    }
}
