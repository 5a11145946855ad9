package app.paceline;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.fakebotapi.FakeGroup;
import app.paceline.fakebotapi.FakeUser;
import java.time.Duration;
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
                /help — What I can do""");
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
