package app.paceline.course.yaml;

import static app.paceline.course.CourseFileExamples.BAKING_CHALLENGES;
import static app.paceline.course.CourseFileExamples.MASTER_BAKER;
import static app.paceline.course.CourseFileExamples.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import app.paceline.course.Assignment;
import app.paceline.course.AssignmentWindow;
import app.paceline.course.Challenge;
import app.paceline.course.CourseCode;
import app.paceline.course.CourseFile;
import app.paceline.course.CourseFileReader;
import app.paceline.course.CourseProblem;
import app.paceline.course.CourseProblem.Code;
import app.paceline.course.JoinOffset;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YamlCourseFileReaderTests {

    private static final String HEADER = """
            course:
              title: Master Baker
              code: baker-2026
              timezone: America/New_York
            """;

    private final YamlCourseFileReader reader = new YamlCourseFileReader();

    @Test
    void readsTheExampleFromTheIssue() {
        CourseFile file = valid(text(MASTER_BAKER));

        assertThat(file).isEqualTo(new CourseFile(new CourseCode("baker-2026"), "Master Baker",
                ZoneId.of("America/New_York"), List.of(
                new Assignment("sourcing", "Sourcing ingredients", Optional.of(URI.create("https://example.org/sourcing")),
                        Duration.ofMinutes(45), new AssignmentWindow.Fixed(LocalDateTime.parse("2026-12-01T00:00"),
                        LocalDateTime.parse("2026-12-07T23:59"))),
                new Assignment("knife-skills", "Knife skills video", Optional.empty(), Duration.ofMinutes(30),
                        new AssignmentWindow.AfterJoin(JoinOffset.AT_JOIN, new JoinOffset(7, Duration.ZERO))))));
    }

    @Test
    void readsLiveSessionsOnceOrWeeklyWithAPrepAssignment() {
        CourseFile file = valid(text(MASTER_BAKER) + """
                sessions:
                  - id: qa
                    title: Live Q&A
                    starts: 2026-12-03T18:00
                    duration: 60m
                    join_url: https://example.org/call
                    repeat: weekly
                    on: [tue, thu]
                    until: 2026-12-17
                    prep: sourcing
                  - id: kickoff
                    title: Kickoff
                    starts: 2026-12-01 17:00
                    duration: 30m
                """);

        assertThat(file.sessions()).hasSize(2);
        var qa = file.sessions().get(0);
        assertThat(qa.joinUrl()).contains(URI.create("https://example.org/call"));
        assertThat(qa.prep()).contains("sourcing");
        assertThat(qa.localStarts()).extracting(LocalDateTime::toString).containsExactly(
                "2026-12-03T18:00", "2026-12-08T18:00", "2026-12-10T18:00", "2026-12-15T18:00", "2026-12-17T18:00");
        assertThat(file.sessions().get(1).localStarts()).containsExactly(LocalDateTime.parse("2026-12-01T17:00"));
    }

    @Test
    void aWeeklySessionKeepsItsLocalTimeAcrossADaylightSavingChange() {
        CourseFile file = valid(HEADER + """
                sessions:
                  - id: qa
                    title: Live Q&A
                    starts: 2026-10-22T18:00
                    duration: 60m
                    repeat: weekly
                    until: 2026-11-12
                """);

        assertThat(file.sessions().get(0).occurrences(file.zone())).extracting(o -> o.id() + " " + o.start()).containsExactly(
                "qa@2026-10-22 2026-10-22T22:00:00Z", "qa@2026-10-29 2026-10-29T22:00:00Z",
                "qa@2026-11-05 2026-11-05T23:00:00Z", "qa@2026-11-12 2026-11-12T23:00:00Z");
    }

    @Test
    void readsChallengesForACohortAndFromEachLearnersJoinWithDefaults() {
        CourseFile file = valid(text(BAKING_CHALLENGES));

        assertThat(file.challenges()).containsExactly(
                new Challenge("ten-day", "10-day baking challenge", Optional.of(LocalDate.parse("2026-12-01")),
                        LocalTime.of(7, 30), 3, true, List.of(
                        new Challenge.Day("Starter", "Feed your starter <b>twice</b> today.", List.of(
                                new Challenge.Link("Starter guide", URI.create("https://example.org/starter")),
                                new Challenge.Link("Why it bubbles", URI.create("http://example.org/bubbles?lang=en&level=1"))),
                                Optional.of("How many hours until it doubled?")),
                        new Challenge.Day("First loaf", "Bake your first loaf &amp; take a photo.\n<i>Tip:</i> "
                                + "<a href=\"https://example.org/scoring\">score it</a> at 45°, <tg-spoiler>steam helps</tg-spoiler>.",
                                List.of(), Optional.empty()),
                        new Challenge.Day("Rest day", "Nothing to bake. <blockquote expandable>Read about <code>hydration</code> "
                                + "&lt;70% vs &gt;80%.</blockquote>", List.of(), Optional.empty()))),
                new Challenge("warm-up", "Warm-up week", Optional.empty(), Challenge.DEFAULT_RELEASE_TIME,
                        Challenge.DEFAULT_GRACE_DAYS, false, List.of(
                        new Challenge.Day("Knead", "Knead for 10 minutes.", List.of(), Optional.empty()))));
        assertThat(file.assignments()).extracting(Assignment::id).containsExactly("sourcing");
    }

    @Test
    void aValidFileKnowsTheLinesOfItsChallenges() {
        CourseFileReader.Valid valid = (CourseFileReader.Valid) reader.read(text(BAKING_CHALLENGES));

        assertThat(valid.lines()).contains(entry("challenges", 12), entry("challenges[1]", 13),
                entry("challenges[1].start", 15), entry("challenges[1].days", 19), entry("challenges[2]", 34),
                entry("challenges[2].start", 36), entry("challenges[2].days", 37));
        assertThat(valid.line("challenges[2].days")).isEqualTo(37);
        assertThat(valid.line("challenges[1].days[3].text")).isEqualTo(19);
        assertThat(valid.line("challenges[9]")).isEqualTo(12);
        assertThat(valid(text(MASTER_BAKER)).challenges()).isEmpty();
        assertThat(((CourseFileReader.Valid) reader.read(text(MASTER_BAKER))).line("challenges")).isEqualTo(1);
        assertThat(new CourseFileReader.Valid(valid.file()).line("challenges[1].start")).isEqualTo(1);
    }

    @Test
    void theChallengeExamplesOfTheReadmeAndTheFormatAreValid() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        String format = Files.readString(Path.of("src/main/resources/app/paceline/course/course-file.md"));

        CourseFile fromReadme = valid(yamlAfter(readme, "#### Challenges in the course file"));
        CourseFile fromFormat = valid(HEADER + yamlAfter(format, "### `challenges`"));

        assertThat(fromReadme.challenges()).extracting(Challenge::id).containsExactly("ten-day", "warm-up");
        assertThat(fromFormat.challenges().get(0).days()).hasSize(2);
    }

    private static String yamlAfter(String markdown, String heading) {
        int start = markdown.indexOf("```yaml\n", markdown.indexOf(heading)) + "```yaml\n".length();
        return markdown.substring(start, markdown.indexOf("```\n", start));
    }

    @Test
    void aCourseMayBeChallengesOnly() {
        CourseFile file = valid(HEADER + """
                challenges:
                  - id: plank
                    title: 30 days of planks
                    start: ON-JOIN
                    release_time: "6:05"
                    grace_days: 0
                    board: FALSE
                    days:
                      - title: Day 1
                        text: 20 seconds.
                        links: []
                        question: How did it feel?
                """);

        assertThat(file.assignments()).isEmpty();
        Challenge plank = file.challenges().get(0);
        assertThat(plank.startsOnJoin()).isTrue();
        assertThat(plank.releaseTime()).isEqualTo(LocalTime.of(6, 5));
        assertThat(plank.graceDays()).isZero();
        assertThat(plank.board()).isFalse();
        assertThat(plank.day(1).question()).contains("How did it feel?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"00:00", "23:59", "8:00", "'08:00'", "19:30"})
    void acceptsReleaseTimesInTwentyFourHours(String time) {
        String file = HEADER + "challenges:\n  - {id: a, title: A, start: on-join, release_time: " + time
                + ", days: [{title: D, text: T}]}\n";

        assertThat(reader.read(file)).isInstanceOf(CourseFileReader.Valid.class);
    }

    @Test
    void aChallengeProblemHasTheArgumentsOfItsPrompt() {
        List<CourseProblem> problems = problems(HEADER + """
                challenges:
                  - id: a
                    title: A
                    start: 2026-12-01
                    grace_days: 100
                    days:
                      - {title: D, text: "Feed it <b>twice"}
                """);

        assertThat(problems).containsExactly(
                new CourseProblem(Code.BAD_GRACE_DAYS, 9, 17, "challenges[1].grace_days", Map.of("value", "100", "limit", 90)),
                new CourseProblem(Code.BAD_HTML, 11, 26, "challenges[1].days[1].text",
                        Map.of("value", "<b>", "kind", "unclosed_tag")));
    }

        @Test
    void acceptsOddButValidSpellings() {
        CourseFile file = valid(text("good/odd-but-valid.yaml"));

        assertThat(file.title()).isEqualTo("Summer school: week 1");
        assertThat(file.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(file.assignments()).extracting(Assignment::effort)
                .containsExactly(Duration.ofHours(2), Duration.ofMinutes(90), Duration.ofMinutes(5));
        assertThat(file.assignments().get(0).window()).isEqualTo(new AssignmentWindow.Fixed(
                LocalDateTime.parse("2026-03-29T02:30"), LocalDateTime.parse("2026-03-29T23:59:30")));
        assertThat(file.assignments().get(2).window()).isEqualTo(new AssignmentWindow.AfterJoin(
                new JoinOffset(1, Duration.ofHours(12)), new JoinOffset(0, Duration.ofMinutes(36 * 60 + 30))));
    }

    @Test
    void acceptsJsonWithTheSameStructureBecauseJsonIsYaml() {
        assertThat(valid(text("good/course.json")).code()).isEqualTo(new CourseCode("json-1"));
    }

    @Test
    void acceptsAByteOrderMarkAndWindowsLineEndings() {
        String windows = "\uFEFF" + text(MASTER_BAKER).replace("\n", "\r\n");

        assertThat(valid(windows)).isEqualTo(valid(text(MASTER_BAKER)));
    }

    @Test
    void reportsEveryProblemAtOnceWithLineColumnAndField() {
        List<CourseProblem> problems = problems("""
                course:
                  title: Master Baker
                  code: baker 2026
                  timezone: Mars/Olympus
                assignments:
                  - id: sourcing
                    title: Sourcing ingredients
                    effort: a while
                    opens: 2026-12-07T00:00
                    due: 2026-12-01T00:00
                """);

        assertThat(problems).containsExactly(
                new CourseProblem(Code.BAD_CODE, 3, 9, "course.code", Map.of("value", "baker 2026")),
                new CourseProblem(Code.BAD_TIMEZONE, 4, 13, "course.timezone", Map.of("value", "Mars/Olympus")),
                new CourseProblem(Code.BAD_DURATION, 8, 13, "assignments[1].effort", Map.of("value", "a while")),
                new CourseProblem(Code.DUE_BEFORE_OPENS, 10, 10, "assignments[1].due", Map.of()));
    }

    @Test
    void problemsCarryArgumentsForThePromptNotText() {
        CourseProblem unknown = problems(HEADER + "assignments:\n  - id: a\n    titel: A\n").stream()
                .filter(problem -> problem.code() == Code.UNKNOWN_FIELD).findFirst().orElseThrow();

        assertThat(unknown.code().key()).isEqualTo("unknown_field");
        assertThat(unknown.column()).isEqualTo(5);
        assertThat(unknown.arguments()).containsExactly(entry("line", 7), entry("field", "assignments[1].titel"),
                entry("allowed", "id, title, link, effort, opens, due, opens_after_join, due_after_join"));
    }

    @Test
    void aDuplicateIdNamesTheLineOfTheFirst() {
        String file = HEADER + """
                assignments:
                  - {id: a, title: A, effort: 5m, opens_after_join: 0d, due_after_join: 1d}
                  - {id: a, title: B, effort: 5m, opens_after_join: 0d, due_after_join: 1d}
                """;

        assertThat(problems(file)).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(Code.DUPLICATE_ID);
            assertThat(problem.line()).isEqualTo(7);
            assertThat(problem.details()).containsEntry("first", 6).containsEntry("value", "a");
        });
    }

    @Test
    void refusesAFileOverTheSizeLimitBeforeParsingIt() {
        String huge = HEADER + "# " + "x".repeat(YamlCourseFileReader.MAX_CHARS) + "\n";

        assertThat(problems(huge)).containsExactly(new CourseProblem(Code.TOO_LARGE, 0, 0, "", Map.of("limit", 256)));
    }

    @Test
    void refusesTenThousandAssignmentsWithOneProblem() {
        String many = HEADER + "assignments:\n" + "  - x\n".repeat(10_000);

        assertThat(problems(many)).containsExactly(
                new CourseProblem(Code.TOO_MANY, 5, 1, "assignments", Map.of("limit", 500)));
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        byte[] latin1 = (HEADER + "assignments: []\n").replace("Master Baker", "Bäckerei").getBytes(StandardCharsets.ISO_8859_1);

        assertThat(problems(new String(latin1, StandardCharsets.UTF_8)))
                .containsExactly(CourseProblem.at(Code.NOT_TEXT, 2, 0, ""));
    }

    @Test
    void aValueTooLongToShowIsShortened() {
        CourseProblem problem = problems(HEADER.replace("America/New_York", "Z".repeat(500)) + "assignments: []\n").get(0);

        assertThat(problem.code()).isEqualTo(Code.BAD_TIMEZONE);
        assertThat((String) problem.details().get("value")).hasSize(YamlCourseFileReader.MAX_VALUE_SHOWN + 1).endsWith("…");
    }

    @Test
    void anEmptyOptionalLinkIsNoLink() {
        CourseFile file = valid(HEADER + """
                assignments:
                  - {id: a, title: A, link: , effort: 5m, opens_after_join: 0d, due_after_join: 1d}
                """);

        assertThat(file.assignments().get(0).link()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"45m", "1h30m", "2h", "1h 30m", "90M", "200h"})
    void acceptsEffortInHoursAndMinutes(String effort) {
        String file = HEADER + "assignments:\n  - {id: a, title: A, effort: " + effort + ", opens_after_join: 0d, due_after_join: 1d}\n";

        assertThat(reader.read(file)).isInstanceOf(CourseFileReader.Valid.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0m", "1d", "201h", "0h0m"})
    void refusesEffortOutsideOneMinuteToTwoHundredHours(String effort) {
        String file = HEADER + "assignments:\n  - {id: a, title: A, effort: " + effort + ", opens_after_join: 0d, due_after_join: 1d}\n";

        assertThat(problems(file)).extracting(CourseProblem::code).containsExactly(Code.BAD_EFFORT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5h", "45", "m", "-1h", "1h-30m", "30m1h", "one hour", "PT45M"})
    void refusesDurationsItCannotRead(String effort) {
        String file = HEADER + "assignments:\n  - {id: a, title: A, effort: '" + effort + "', opens_after_join: 0d, due_after_join: 1d}\n";

        assertThat(problems(file)).extracting(CourseProblem::code).containsExactly(Code.BAD_DURATION);
    }

    @Test
    void neverThrowsOnRandomInput() {
        Random random = new Random(20261201);
        String alphabet = "course:assignments-id title{}[],&*!|>'\"#\n\t :0123456789dhm\\%@`?<<=~\u00e9\u2028";
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder(HEADER);
            int length = random.nextInt(200);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            CourseFileReader.Result result = reader.read(text.toString());
            if (result instanceof CourseFileReader.Invalid invalid) {
                assertThat(invalid.problems()).isNotEmpty();
            }
        }
    }

    private CourseFile valid(String text) {
        CourseFileReader.Result result = reader.read(text);
        assertThat(result).as("problems: %s", result).isInstanceOf(CourseFileReader.Valid.class);
        return ((CourseFileReader.Valid) result).file();
    }

    private List<CourseProblem> problems(String text) {
        CourseFileReader.Result result = reader.read(text);
        assertThat(result).isInstanceOf(CourseFileReader.Invalid.class);
        return ((CourseFileReader.Invalid) result).problems();
    }
}
