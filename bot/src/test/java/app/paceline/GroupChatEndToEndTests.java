package app.paceline;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.fakebotapi.FakeGroup;
import app.paceline.fakebotapi.FakeUser;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * In a course group the bot answers only what is meant for it. Since the bot handles updates in order, "said
 * nothing" is checked by sending something it does answer afterwards and seeing that answer arrive alone.
 */
class GroupChatEndToEndTests extends EndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static long nextGroup = -1_001_000_000_000L;

    private FakeGroup group;
    private FakeUser member;

    @BeforeEach
    void aCourseGroupWithTheBotInIt() {
        group = TELEGRAM.group(nextGroup--, "Master Baker group");
        group.addBot("administrator");
        member = TELEGRAM.user(7001, "Pat", "en");
        group.member(member, "member");
    }

    @Test
    void helpAddressedToTheBotListsTheGroupCommands() {
        group.send(member, "/help@paceline_test_bot");

        assertThat(group.awaitBotMessages(1, WAIT).get(0).text()).isEqualTo("""
                In this group I answer:
                /start — Start and set your time zone
                /link — In a course group: link it to your course
                /announce — In a course group: post or schedule an announcement
                /announcements — In a course group: scheduled announcements, to cancel
                /help — What I can do""");
    }

    @Test
    void anAnonymousAdminIsAskedToWriteAsThemselvesAndAMissingPinRightIsNamed() throws Exception {
        FakeUser chef = TELEGRAM.user(USER_IDS.incrementAndGet(), "Chef", "en");
        String code = "group-" + USER_IDS.incrementAndGet();
        var creator = TELEGRAM.privateChat(chef);
        creator.sendDocument("c.yaml", "application/x-yaml", ("course:\n  title: Quiet Group\n  code: " + code
                + "\n  timezone: Europe/Berlin\nassignments:\n  - id: a1\n    title: First\n    effort: 30m\n"
                + "    opens: 2026-12-01T00:00\n    due: 2026-12-20T23:59\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(creator.awaitBotMessages(1, WAIT).get(0).text()).startsWith("Course Quiet Group is ready");
        group.addBot("member");
        group.member(chef, "administrator");

        group.sendAsGroup("/link " + code);
        assertThat(group.awaitBotMessages(1, WAIT).get(0).text()).startsWith("You're writing as the group (an anonymous admin)");

        group.send(chef, "/link " + code);
        assertThat(group.awaitBotMessages(2, WAIT).get(1).text()).isEqualTo("""
                This group now belongs to Quiet Group. I'll post here shortly before each live session starts.

                One thing is missing: I can't pin messages here. Make me an admin with the right to pin messages, so that \
                challenge boards and pinned announcements stay on top.""");
    }

    @Test
    void theCreatorLinksTheGroupToTheirCourseAndLiveSessionsAreAnnouncedThere() throws Exception {
        stampTelegramWithSimulatedTime();
        FakeUser chef = TELEGRAM.user(USER_IDS.incrementAndGet(), "Chef", "en");
        String code = "group-" + USER_IDS.incrementAndGet();
        var creator = TELEGRAM.privateChat(chef);
        creator.sendDocument("live.yaml", "application/x-yaml", ("""
                course:
                  title: Live Baking
                  code: %s
                  timezone: America/New_York
                sessions:
                  - id: qa
                    title: Live Q&A
                    starts: 2026-12-02T18:00
                    duration: 60m
                    join_url: https://example.org/call
                """.formatted(code)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        creator.awaitBotMessages(1, WAIT);

        group.send(member, "/link " + code);
        assertThat(group.awaitBotMessages(1, WAIT).get(0).text()).isEqualTo("I can't link this group to " + code
                + ": there is no such course, or you aren't in its team (its creator or a co-creator).");
        group.member(chef, "member");
        group.send(chef, "/link " + code);
        assertThat(group.awaitBotMessages(2, WAIT).get(1).text()).isEqualTo("Only an admin of this group can link it to a course.");
        group.member(chef, "administrator");
        group.send(chef, "/link " + code);
        assertThat(group.awaitBotMessages(3, WAIT).get(2).text())
                .isEqualTo("This group now belongs to Live Baking. I'll post here shortly before each live session starts.");

        Instant start = Instant.parse("2026-12-02T23:00:00Z");
        tickAt(start.minus(Duration.ofMinutes(16)));
        assertThat(group.botMessages()).hasSize(3);
        tickAt(start.minus(Duration.ofMinutes(15)));
        var post = group.awaitBotMessages(4, WAIT).get(3);
        assertThat(post.text()).isEqualTo("📅 Live Q&A starts in 15 min (60 min long). See you there!");
        assertThat(post.sentAt()).isEqualTo(start.minus(Duration.ofMinutes(15)));
        assertThat(post.buttonTexts()).containsExactly("Open the call");
    }

    @Test
    void startInAGroupPointsToThePrivateChat() {
        group.send(member, "/start");

        assertThat(group.awaitBotMessages(1, WAIT).get(0).text()).isEqualTo("Let's talk in private: open @paceline_test_bot and press Start.");
    }

    @Test
    void ordinaryGroupChatterAndCommandsForOtherBotsGetNoAnswer() {
        group.send(member, "good morning everyone");
        group.send(member, "/timezone Berlin");
        group.send(member, "/poll@some_other_bot lunch?");
        group.send(member, "/frobnicate");
        group.sendAsGroup("Welcome to the course!");

        group.send(member, "/help@paceline_test_bot");

        var messages = group.awaitBotMessages(1, WAIT);
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).text()).startsWith("In this group I answer:");
    }

    @Test
    void anUnknownCommandAddressedToTheBotGetsAHint() {
        group.send(member, "/frobnicate@paceline_test_bot");

        assertThat(group.awaitBotMessages(1, WAIT).get(0).text()).isEqualTo("I don't know /frobnicate. /help lists what I can do.");
    }
}
