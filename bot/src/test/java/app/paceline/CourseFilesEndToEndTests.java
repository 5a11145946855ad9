package app.paceline;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.course.CourseCode;
import app.paceline.course.Courses;
import app.paceline.fakebotapi.FakePrivateChat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A creator sends a course file in chat, learners join by link: the whole path through Telegram and the store. */
class CourseFilesEndToEndTests extends EndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final AtomicLong NEXT_USER = USER_IDS;
    /** The example course of the README; the test keeps it valid. */
    private static final Path EXAMPLE = Path.of("../examples/master-baker.yaml");

    @Autowired
    Courses courses;

    @Test
    void aCreatorUploadsTheExampleCourseAndALearnerJoinsByItsLink() throws Exception {
        String code = "baker-" + NEXT_USER.incrementAndGet();
        FakePrivateChat creator = someone("Chef", "en");
        creator.sendDocument("master-baker.yaml", "application/x-yaml", example(code));

        String created = creator.awaitBotMessages(1, WAIT).get(0).text();
        assertThat(created).startsWith("Course Master Baker is ready, with 2 assignments.")
                .contains("https://t.me/paceline_test_bot?start=" + code);

        FakePrivateChat learner = someone("Ana", "en");
        learner.send("/start " + code);
        var replies = learner.awaitBotMessages(3, WAIT);
        assertThat(replies.get(0).text()).startsWith("Hi Ana!");
        assertThat(replies.get(1).text()).isEqualTo("You're in Master Baker! I'll help you keep pace. /courses lists your courses.");
        assertThat(replies.get(2).text()).startsWith("Which time zone are you in?");

        learner.send("Tokyo");
        learner.awaitBotMessages(4, WAIT);

        learner.send("/start " + code);
        assertThat(learner.awaitBotMessages(5, WAIT).get(4).text()).startsWith("You're already in Master Baker.");

        learner.send("/courses");
        assertThat(learner.awaitBotMessages(6, WAIT).get(5).text()).isEqualTo("Your courses:\n• Master Baker (" + code + ")");
        creator.send("/courses");
        assertThat(creator.awaitBotMessages(2, WAIT).get(1).text()).isEqualTo("Courses you run (/team for co-creators):\n• Master Baker (" + code + "): 1 learner\n"
                + "  join link: https://t.me/paceline_test_bot?start=" + code);

        learner.send("/leave " + code);
        assertThat(learner.awaitBotMessages(7, WAIT).get(6).text()).startsWith("You've left Master Baker.");
    }

    @Test
    void aBrokenCourseFileIsAnsweredWithEveryProblemAndNothingIsStored() {
        FakePrivateChat creator = someone("Chef", "en");
        String broken = """
                course:
                  title: Broken
                  code: broken-course
                  timezone: Mars/Olympus_Mons
                assignments:
                  - id: a
                    title: First
                    effort: 45 minutes
                    opens: 2026-12-07T00:00
                    due: 2026-12-01T00:00
                """;

        creator.sendDocument("broken.yaml", "application/x-yaml", broken.getBytes(StandardCharsets.UTF_8));

        String answer = creator.awaitBotMessages(1, WAIT).get(0).text();
        assertThat(answer).startsWith("I couldn't import this course file: 3 problems to fix. Nothing was saved.")
                .contains("Line 4", "Mars/Olympus_Mons", "Line 8", "45 minutes", "Line 10");
        assertThat(courses.find(new CourseCode("broken-course"))).isEmpty();
    }

    @Test
    void onlyTheCreatorCanChangeACourse() throws Exception {
        String code = "baker-" + NEXT_USER.incrementAndGet();
        FakePrivateChat creator = someone("Chef", "en");
        creator.sendDocument("master-baker.yaml", "application/x-yaml", example(code));
        creator.awaitBotMessages(1, WAIT);

        FakePrivateChat impostor = someone("Mallory", "en");
        impostor.sendDocument("master-baker.yaml", "application/x-yaml", example(code).clone());

        assertThat(impostor.awaitBotMessages(1, WAIT).get(0).text()).startsWith("The code " + code + " belongs to someone else's course");
        creator.sendDocument("master-baker.yaml", "application/x-yaml", example(code));
        assertThat(creator.awaitBotMessages(2, WAIT).get(1).text()).startsWith("Nothing changed in Master Baker");
    }

    @Test
    void aLinkToNoCourseSaysSoAndStillAsksTheTimeZone() {
        FakePrivateChat learner = someone("Bo", "ru");

        learner.send("/start no-such-course");

        var replies = learner.awaitBotMessages(3, WAIT);
        assertThat(replies.get(1).text()).contains("no-such-course");
        assertThat(replies.get(2).text()).startsWith("В каком ты часовом поясе?");
    }

    private static FakePrivateChat someone(String name, String language) {
        return TELEGRAM.privateChat(TELEGRAM.user(NEXT_USER.incrementAndGet(), name, language));
    }

    private static byte[] example(String code) throws Exception {
        return Files.readString(EXAMPLE).replace("code: baker-2026", "code: " + code).getBytes(StandardCharsets.UTF_8);
    }
}
