package app.paceline.course;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The course files in {@code src/test/resources/course-files/} ({@code good/...}, {@code bad/...}), for tests here and in bot/. */
public final class CourseFileExamples {

    /** The example of issue 4: baker-2026, one fixed and one relative assignment, America/New_York. */
    public static final String MASTER_BAKER = "good/master-baker.yaml";
    /** Its second version: title changed, sourcing removed, knife-skills changed, proofing added. */
    public static final String MASTER_BAKER_V2 = "good/master-baker-v2.yaml";
    /**
     * baker-2026 with two challenges: ten-day (3 days from 2026-12-01, released 07:30, 3 grace days, a board, links
     * and a question) and warm-up (1 day from each learner's join, defaults otherwise).
     */
    public static final String BAKING_CHALLENGES = "good/baking-challenges.yaml";

    private CourseFileExamples() {
    }

    /** The file's bytes decoded as UTF-8, undecodable bytes as U+FFFD, the way the bot decodes a document. */
    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    public static byte[] bytes(String name) {
        try (InputStream in = CourseFileExamples.class.getResourceAsStream("/course-files/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no course file " + name + " in test resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
