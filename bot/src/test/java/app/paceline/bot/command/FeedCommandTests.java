package app.paceline.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.bot.feed.FeedLinks;
import app.paceline.bot.inbound.ChatKind;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Sender;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Button;
import app.paceline.bot.outbound.Keyboard;
import app.paceline.bot.outbound.Outbound;
import app.paceline.calendar.FeedToken;
import app.paceline.calendar.InMemoryFeedTokens;
import app.paceline.calendar.SubscribingToFeed;
import app.paceline.learner.Learner;
import app.paceline.learner.LearnerId;
import app.paceline.prompts.Prompts;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FeedCommandTests {

    private static final long ANA = 1001;
    private static final Sender ANA_SENDER = Sender.user(ANA, "Ana", "en");
    private static final Turn COMMAND = new Turn(new Inbound.Command(ANA, ChatKind.PRIVATE, ANA_SENDER, 1, "feed", "", false),
            Locale.ENGLISH, Optional.of(Learner.firstSeen(new LearnerId(ANA), "Ana", "en", Instant.parse("2026-12-01T12:00:00Z"))));

    private final InMemoryFeedTokens tokens = new InMemoryFeedTokens();
    private final SubscribingToFeed subscribing = new SubscribingToFeed(tokens, new Random(3));
    private final FeedCommand feed = new FeedCommand(subscribing, new FeedLinks(URI.create("https://paceline.example.org/")),
            Prompts.load());

    @Test
    void showsTheLinkHowToSubscribeAndThatTheBotIsTheReliableAlarm() {
        Outbound.Reply reply = (Outbound.Reply) feed.handle(COMMAND, (Inbound.Command) COMMAND.inbound()).get(0);

        FeedToken token = subscribing.current(new LearnerId(ANA)).orElseThrow();
        assertThat(reply.html()).contains("<code>https://paceline.example.org/calendar/" + token.value() + ".ics</code>",
                "Other calendars → + → From URL", "Subscribe from web", "only every 12–24 hours",
                "my reminders here, not the calendar, are your reliable alarm");
        assertThat(buttons(reply)).extracting(Button::label).containsExactly("New link", "Turn off");
        assertThat(buttons(reply)).allSatisfy(button -> assertThat(button.data()).startsWith("feed:").hasSizeLessThanOrEqualTo(64)
                .doesNotContain(token.value()));
        assertThat(((Outbound.Reply) feed.handle(COMMAND, (Inbound.Command) COMMAND.inbound()).get(0)).html())
                .as("the same link the next time").contains(token.value());
    }

    @Test
    void newLinkReplacesTheOldOneAndTheOldMessagesButtonsExpire() {
        Outbound.Reply first = (Outbound.Reply) feed.handle(COMMAND, (Inbound.Command) COMMAND.inbound()).get(0);
        FeedToken old = subscribing.current(new LearnerId(ANA)).orElseThrow();

        List<Outbound> answer = feed.onButton(COMMAND, press(buttons(first).get(0).data()));

        FeedToken renewed = subscribing.current(new LearnerId(ANA)).orElseThrow();
        assertThat(renewed).isNotEqualTo(old);
        assertThat(tokens.learnerWith(old)).isEmpty();
        assertThat(answer.get(1)).isInstanceOf(Outbound.EditButtons.class);
        assertThat(((Outbound.Reply) answer.get(2)).html()).startsWith("🔄 New link made: the old one has stopped working.")
                .contains(renewed.value()).doesNotContain(old.value());

        List<Outbound> stale = feed.onButton(COMMAND, press(buttons(first).get(1).data()));
        assertThat(((Outbound.AnswerPress) stale.get(0)).toast()).isEqualTo("This button is no longer active.");
        assertThat(subscribing.current(new LearnerId(ANA))).as("an old message's Turn off does nothing").contains(renewed);
    }

    @Test
    void turnOffStopsTheLink() {
        Outbound.Reply first = (Outbound.Reply) feed.handle(COMMAND, (Inbound.Command) COMMAND.inbound()).get(0);
        FeedToken old = subscribing.current(new LearnerId(ANA)).orElseThrow();

        List<Outbound> answer = feed.onButton(COMMAND, press(buttons(first).get(1).data()));

        assertThat(tokens.learnerWith(old)).isEmpty();
        assertThat(((Outbound.Reply) answer.get(2)).html()).startsWith("Calendar feed turned off");
        assertThat(((Outbound.AnswerPress) feed.onButton(COMMAND, press(buttons(first).get(0).data())).get(0)).toast())
                .isEqualTo("This button is no longer active.");
    }

    @Test
    void forgedButtonDataChangesNothing() {
        feed.handle(COMMAND, (Inbound.Command) COMMAND.inbound());
        FeedToken token = subscribing.current(new LearnerId(ANA)).orElseThrow();

        for (String forged : List.of("feed", "feed:off", "feed:off:AAAAAAAA", "feed:off:" + FeedCommand.digest(token) + ":x",
                "feed:zap:" + FeedCommand.digest(token))) {
            feed.onButton(COMMAND, press(forged));
        }

        assertThat(subscribing.current(new LearnerId(ANA))).contains(token);
    }

    private static List<Button> buttons(Outbound.Reply reply) {
        return ((Keyboard.Inline) reply.keyboard()).rows().get(0);
    }

    private static Inbound.ButtonPress press(String data) {
        return new Inbound.ButtonPress(ANA, ChatKind.PRIVATE, ANA_SENDER, "cb", 7, data);
    }
}
