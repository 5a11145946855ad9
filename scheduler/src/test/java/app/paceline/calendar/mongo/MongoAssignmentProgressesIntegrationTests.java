package app.paceline.calendar.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.calendar.AssignmentProgress;
import app.paceline.calendar.AssignmentRef;
import app.paceline.calendar.BookedSlot;
import app.paceline.course.CourseCode;
import app.paceline.learner.LearnerId;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

class MongoAssignmentProgressesIntegrationTests {

    private static final AssignmentRef ANA_SOURCING = new AssignmentRef(new LearnerId(1001), new CourseCode("baker-2026"), "sourcing");

    private MongoServer server;
    private MongoClient client;
    private MongoAssignmentProgresses progresses;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        progresses = new MongoAssignmentProgresses(new MongoTemplate(client, "paceline"));
        progresses.createIndexes();
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void roundTripsSlotsAndDoneness() {
        var booked = AssignmentProgress.untouched(ANA_SOURCING)
                .with(new BookedSlot(Instant.parse("2026-12-05T00:00:00Z"), Duration.ofMinutes(45)))
                .with(new BookedSlot(Instant.parse("2026-12-03T00:00:00Z"), Duration.ofMinutes(45)));
        progresses.save(booked);
        assertThat(progresses.find(ANA_SOURCING)).contains(booked);

        var done = booked.done(Instant.parse("2026-12-04T10:00:00Z"));
        progresses.save(done);
        assertThat(progresses.find(ANA_SOURCING)).contains(done);
        assertThat(progresses.ofLearner(new LearnerId(1001))).containsExactly(done);
        assertThat(progresses.ofLearner(new LearnerId(1002))).isEmpty();
    }
}
