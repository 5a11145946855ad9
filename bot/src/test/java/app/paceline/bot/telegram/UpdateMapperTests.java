package app.paceline.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.bot.inbound.ChatKind;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Sender;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Updates come from real Bot API JSON, read by the same Jackson mapping TelegramBots uses. */
class UpdateMapperTests {

    private static final String US = "paceline_test_bot";
    private final UpdateMapper mapper = new UpdateMapper();

    @Test
    void readsACommandWithItsArgumentAndTheSendersLanguage() {
        assertThat(map("private-command.json")).contains(new Inbound.Command(1001, ChatKind.PRIVATE,
                Sender.user(1001, "Ana", "ru"), 7, "timezone", "Asia/Kolkata", false));
    }

    @Test
    void readsAGroupCommandAddressedToUsWhateverTheLetterCase() {
        assertThat(map("group-command-for-us.json")).contains(new Inbound.Command(-1001234567890L, ChatKind.GROUP,
                Sender.user(1002, "Pat", "en"), 8, "help", "", true));
    }

    @Test
    void ignoresACommandAddressedToAnotherBot() {
        assertThat(map("group-command-for-another-bot.json")).isEmpty();
    }

    @Test
    void marksAnAnonymousAdminAsWritingForTheGroup() {
        var inbound = map("anonymous-admin.json").orElseThrow();
        assertThat(inbound.sender().asGroup()).isTrue();
        assertThat(inbound.sender().userId()).isZero();
        assertThat(inbound).isInstanceOf(Inbound.Command.class);
    }

    @Test
    void ignoresEditedMessagesAndChannelPosts() {
        assertThat(map("edited-message.json")).isEmpty();
        assertThat(map("channel-post.json")).isEmpty();
    }

    @Test
    void namesContentItDoesNotRead() {
        assertThat(map("sticker.json")).contains(new Inbound.Unsupported(1001, ChatKind.PRIVATE, Sender.user(1001, "Ana", null), "sticker"));
    }

    @Test
    void readsAButtonPressOnOneOfOurMessages() {
        assertThat(map("callback.json")).contains(new Inbound.ButtonPress(1001, ChatKind.PRIVATE,
                Sender.user(1001, "Ana", "en"), "4382bfdwdsb323b2d9", 12, "tz:ok"));
    }

    @Test
    void treatsASlashFollowedByASpaceAsText() {
        assertThat(map("plain-text-in-private.json")).containsInstanceOf(Inbound.Text.class);
    }

    private Optional<Inbound> map(String fixture) {
        try (InputStream json = getClass().getResourceAsStream("/updates/" + fixture)) {
            return mapper.map(new ObjectMapper().readValue(json, Update.class), US);
        } catch (IOException e) {
            throw new IllegalStateException(fixture, e);
        }
    }
}
