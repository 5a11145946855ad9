package app.paceline.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.bot.outbound.Button;
import app.paceline.bot.outbound.Keyboard;
import app.paceline.bot.outbound.Outbound;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;

class TelegramResponderTests {

    @Test
    void sendsRepliesAsHtmlWithTheirKeyboard() {
        var reply = new Outbound.Reply(42, "<b>Hi</b>", Keyboard.Inline.row(new Button("OK", "tz:ok")));

        var send = (SendMessage) TelegramResponder.methodsFor(reply).get(0);

        assertThat(send.getParseMode()).isEqualTo("HTML");
        assertThat(send.getChatId()).isEqualTo("42");
        assertThat(((InlineKeyboardMarkup) send.getReplyMarkup()).getKeyboard().get(0).get(0).getCallbackData()).isEqualTo("tz:ok");
    }

    @Test
    void uploadsPhotosAndDocumentsFromTheirBytesWithAnHtmlCaption() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        var photo = TelegramResponder.photo(new Outbound.Photo(42, png, "stats-baker.png", "📊 <b>Baker</b>"));
        var document = TelegramResponder.document(new Outbound.Document(42, "a,b\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "baker-2026-12-05.csv", ""));

        assertThat(photo.getChatId()).isEqualTo("42");
        assertThat(photo.getPhoto().isNew()).isTrue();
        assertThat(photo.getPhoto().getMediaName()).isEqualTo("stats-baker.png");
        assertThat(photo.getPhoto().getNewMediaStream().readAllBytes()).isEqualTo(png);
        assertThat(photo.getCaption()).isEqualTo("📊 <b>Baker</b>");
        assertThat(photo.getParseMode()).isEqualTo("HTML");
        assertThat(document.getDocument().getMediaName()).isEqualTo("baker-2026-12-05.csv");
        assertThat(document.getDocument().getNewMediaStream().readAllBytes()).isEqualTo("a,b\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(document.getCaption()).as("no caption").isNull();
    }

    @Test
    void aLinkButtonOpensItsAddressAndCarriesNoCallbackData() {
        var reply = new Outbound.Reply(42, "Booked", Keyboard.Inline.row(
                Button.link("Add to Google Calendar", java.net.URI.create("https://calendar.google.com/calendar/render?action=TEMPLATE"))));

        var button = ((InlineKeyboardMarkup) ((SendMessage) TelegramResponder.methodsFor(reply).get(0)).getReplyMarkup())
                .getKeyboard().get(0).get(0);

        assertThat(button.getUrl()).isEqualTo("https://calendar.google.com/calendar/render?action=TEMPLATE");
        assertThat(button.getCallbackData()).isNull();
        assertThat(button.getText()).isEqualTo("Add to Google Calendar");
    }

    @Test
    void offersChoicesAsAOneTimeKeyboard() {
        var reply = new Outbound.Reply(42, "Which?", new Keyboard.Choices(List.of(List.of("Europe/Berlin", "Asia/Tokyo"))));

        var markup = (ReplyKeyboardMarkup) ((SendMessage) TelegramResponder.methodsFor(reply).get(0)).getReplyMarkup();

        assertThat(markup.getOneTimeKeyboard()).isTrue();
        assertThat(markup.getKeyboard().get(0)).extracting(button -> button.getText()).containsExactly("Europe/Berlin", "Asia/Tokyo");
    }

    @Test
    void removingAllButtonsSendsNoMarkup() {
        var edit = new Outbound.EditButtons(42, 7, new Keyboard.Inline(List.of()));

        var method = (EditMessageReplyMarkup) TelegramResponder.methodsFor(edit).get(0);

        assertThat(method.getReplyMarkup()).isNull();
        assertThat(method.getMessageId()).isEqualTo(7);
    }

    @Test
    void splitsAnOverlongReplyAtLineBreaksAndPutsTheKeyboardOnTheLastPart() {
        String line = "x".repeat(1000);
        String text = String.join("\n", line, line, line, line, line, line);
        var reply = new Outbound.Reply(42, text, Keyboard.Inline.row(new Button("OK", "tz:ok")));

        var parts = TelegramResponder.methodsFor(reply).stream().map(SendMessage.class::cast).toList();

        assertThat(parts).hasSize(2);
        assertThat(parts).allSatisfy(part -> assertThat(part.getText().length()).isLessThanOrEqualTo(4096));
        assertThat(parts.get(0).getText() + "\n" + parts.get(1).getText()).isEqualTo(text);
        assertThat(parts.get(0).getReplyMarkup()).isNull();
        assertThat(parts.get(1).getReplyMarkup()).isNotNull();
    }

    @Test
    void cutsASingleOverlongLine() {
        assertThat(TelegramResponder.split("y".repeat(9000))).extracting(String::length).containsExactly(4096, 4096, 808);
    }

    @Test
    void neverSendsAnEmptyPart() {
        assertThat(TelegramResponder.split("a".repeat(4096) + "\nb")).containsExactly("a".repeat(4096), "b");
    }

    @Test
    void neverCutsInsideATagAnEntityOrAnEmoji() {
        String tagAtTheEdge = "a".repeat(4090) + "<b>bold</b>";
        assertThat(TelegramResponder.split(tagAtTheEdge).get(0)).isEqualTo("a".repeat(4090));

        String entityAtTheEdge = "a".repeat(4093) + "&amp;rest";
        assertThat(TelegramResponder.split(entityAtTheEdge).get(0)).isEqualTo("a".repeat(4093));

        String emojiAtTheEdge = "a".repeat(4095) + "\uD83D\uDE00" + "b";
        assertThat(TelegramResponder.split(emojiAtTheEdge)).containsExactly("a".repeat(4095), "\uD83D\uDE00b");
    }

    @Test
    void backoffDoublesUpToItsCapAndStartsOverAfterASuccess() {
        var backoff = new Backoff(java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(5));

        assertThat(List.of(backoff.next(), backoff.next(), backoff.next(), backoff.next(), backoff.next()))
                .extracting(java.time.Duration::toSeconds).containsExactly(1L, 2L, 4L, 5L, 5L);
        backoff.reset();
        assertThat(backoff.next()).hasSeconds(1);
    }
}
