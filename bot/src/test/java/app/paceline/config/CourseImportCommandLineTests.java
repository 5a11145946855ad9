package app.paceline.config;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.course.CourseCode;
import app.paceline.course.mongo.MongoCourses;
import com.mongodb.client.MongoClients;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Importing a course file from the command line into the embedded store, as the bot would from a chat. */
class CourseImportCommandLineTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);
    private static final Path EXAMPLE = Path.of("../examples/master-baker.yaml");

    @TempDir
    Path data;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void importsTheExampleCourseForItsCreatorAndRefusesSomeoneElse() {
        assertThat(run(EXAMPLE.toString(), "--creator", "4242", "--bot", "@paceline_bot")).isZero();
        assertThat(out()).startsWith("Course Master Baker is ready, with 2 assignments. Learners join with this link:\n"
                + "https://t.me/paceline_bot?start=baker-2026");

        assertThat(run(EXAMPLE.toString(), "--creator", "4343")).isEqualTo(1);
        assertThat(err()).contains("The code baker-2026 belongs to someone else's course");

        assertThat(storedCourse()).as("the store holds the course, owned by its creator").isEqualTo(4242);
    }

    @Test
    void aBadFileIsExplainedLineByLineAndNothingIsStored() throws IOException {
        Path bad = data.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(EXAMPLE).replace("effort: 45m", "effort: a while"));

        assertThat(run(bad.toString(), "--creator", "4242")).isEqualTo(1);

        assertThat(err()).contains("Nothing was saved.").contains("Line 9: assignments[1].effort “a while”");
        assertThat(storedCourse()).isNull();
    }

    @Test
    void badUsageSaysHowAndTouchesNothing() {
        assertThat(run(EXAMPLE.toString())).isEqualTo(2);
        assertThat(run(EXAMPLE.toString(), "--creator", "abc")).isEqualTo(2);
        assertThat(run("--creator", "4242")).isEqualTo(2);
        assertThat(run(data.resolve("missing.yaml").toString(), "--creator", "4242")).isEqualTo(2);
        assertThat(err()).contains("usage: java -jar paceline.jar import-course").contains("cannot read");
    }

    @Test
    void aStoreHeldByTheRunningBotIsNotTouched() {
        try (var running = new EmbeddedStore(data.resolve("paceline.mv.db"), CLOCK)) {
            assertThat(run(EXAMPLE.toString(), "--creator", "4242")).isEqualTo(2);
            assertThat(err()).contains("stop the bot first");
        }
    }

    private int run(String... args) {
        return CourseImportCommandLine.run(List.of(args), Map.of("PACELINE_DATA_DIR", data.toString()), CLOCK,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** The creator of the stored course, or null when there is none. */
    private Long storedCourse() {
        try (var store = new EmbeddedStore(data.resolve("paceline.mv.db"), CLOCK);
             var client = MongoClients.create("mongodb://" + store.address().getHostString() + ":" + store.address().getPort())) {
            return new MongoCourses(new MongoTemplate(client, StoreConfiguration.DATABASE)).find(new CourseCode("baker-2026"))
                    .map(course -> course.creator().value()).orElse(null);
        }
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
