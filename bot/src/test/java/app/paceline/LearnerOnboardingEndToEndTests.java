package app.paceline;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.fakebotapi.BotMessage;
import app.paceline.fakebotapi.FakePrivateChat;
import app.paceline.fakebotapi.FakeUser;
import app.paceline.testing.Eventually;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The whole application against the fake Bot API and the embedded store: learners talk to the bot in private as
 * they would in Telegram, and the tests read what the bot sent back.
 */
class LearnerOnboardingEndToEndTests extends EndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final AtomicLong NEXT_USER = USER_IDS;

    @Test
    void aNewLearnerIsWelcomedAndAskedForTheirTimeZone() {
        FakePrivateChat chat = newLearner("Ana", "en");

        chat.send("/start");

        List<BotMessage> replies = chat.awaitBotMessages(2, WAIT);
        assertThat(replies.get(0).text()).startsWith("Hi Ana!");
        assertThat(replies.get(1).text()).startsWith("Which time zone are you in?");
        assertThat(replies.get(1).replyMarkup().path("keyboard").toString()).contains("Europe/Berlin", "Asia/Tokyo");
    }

    @Test
    void answeringTheQuestionStoresTheZoneAndConfirmsTheLocalTime() {
        FakePrivateChat chat = newLearner("Ken", "en");
        chat.send("/start");
        chat.awaitBotMessages(2, WAIT);

        chat.send("Tokyo");

        BotMessage confirmation = chat.awaitBotMessages(3, WAIT).get(2);
        assertThat(confirmation.text()).isEqualTo("Time zone set: Asia/Tokyo. It's 21:00 there now.");
        assertThat(confirmation.callbackData()).containsExactly("tz:ok:Asia/Tokyo", "tz:change");

        chat.send("/start");
        assertThat(chat.awaitBotMessages(4, WAIT).get(3).text())
                .isEqualTo("Welcome back, Ken! Your time zone is Asia/Tokyo; it's 21:00 there now. /help shows what I can do.");
    }

    @Test
    void pressingLooksRightAcknowledgesAndRemovesTheButtons() {
        FakePrivateChat chat = newLearner("Lea", "en");
        chat.send("/timezone Europe/Berlin");
        BotMessage confirmation = chat.awaitBotMessages(1, WAIT).get(0);

        String press = chat.pressButton(confirmation, "tz:ok:Europe/Berlin");

        assertThat(TELEGRAM.awaitCallbackAnswer(press, WAIT).text()).isEqualTo("Great, you're all set.");
        assertThat(awaitButtonsGone(chat, confirmation.messageId())).isTrue();
    }

    @Test
    void timezoneCommandAcceptsZonesCitiesAndOffsetsAndRefusesNonsense() {
        FakePrivateChat chat = newLearner("Raj", "en");

        chat.send("/timezone Asia/Kolkata");
        assertThat(chat.awaitBotMessages(1, WAIT).get(0).text()).isEqualTo("Time zone set: Asia/Kolkata. It's 17:30 there now.");

        chat.send("/timezone nonsense");
        assertThat(chat.awaitBotMessages(2, WAIT).get(1).text())
                .startsWith("I don't know the time zone “nonsense”.")
                .contains("Europe/Berlin", "+5:30");

        chat.send("/timezone");
        assertThat(chat.awaitBotMessages(3, WAIT).get(2).text()).startsWith("Your time zone is Asia/Kolkata; it's 17:30 there now.");

        chat.send("/timezone UTC-3");
        assertThat(chat.awaitBotMessages(4, WAIT).get(3).text())
                .startsWith("Time zone set: UTC-03:00. It's 09:00 there now.")
                .contains("won't follow daylight saving");
    }

    @Test
    void badAnswersAreAskedAgainUntilCancelled() {
        FakePrivateChat chat = newLearner("Bo", "en");
        chat.send("/start");
        chat.awaitBotMessages(2, WAIT);

        chat.send("somewhere nice");
        assertThat(chat.awaitBotMessages(3, WAIT).get(2).text()).startsWith("I don't know the time zone “somewhere nice”.");

        chat.send("/cancel");
        BotMessage cancelled = chat.awaitBotMessages(4, WAIT).get(3);
        assertThat(cancelled.text()).isEqualTo("Okay, stopped. Nothing was changed.");
        assertThat(cancelled.replyMarkup().path("remove_keyboard").asBoolean()).isTrue();

        chat.send("Berlin");
        assertThat(chat.awaitBotMessages(5, WAIT).get(4).text()).startsWith("I'm not sure what to do with that.");
        chat.send("/timezone");
        assertThat(chat.awaitBotMessages(6, WAIT).get(5).text()).startsWith("Which time zone are you in?");
    }

    @Test
    void changeButtonAsksTheQuestionAgain() {
        FakePrivateChat chat = newLearner("Mia", "en");
        chat.send("/timezone Berlin");
        BotMessage confirmation = chat.awaitBotMessages(1, WAIT).get(0);

        chat.pressButton(confirmation, "tz:change");

        assertThat(chat.awaitBotMessages(2, WAIT).get(1).text()).startsWith("Which time zone are you in?");
        chat.send("New York");
        assertThat(chat.awaitBotMessages(3, WAIT).get(2).text()).isEqualTo("Time zone set: America/New_York. It's 07:00 there now.");
    }

    @Test
    void aRussianSpeakingLearnerIsAnsweredInRussian() {
        FakePrivateChat chat = newLearner("Оля", "ru");

        chat.send("/start");
        List<BotMessage> replies = chat.awaitBotMessages(2, WAIT);
        assertThat(replies.get(0).text()).startsWith("Привет, Оля!");

        chat.send("Москва");
        assertThat(chat.awaitBotMessages(3, WAIT).get(2).text()).isEqualTo("Часовой пояс установлен: Europe/Moscow. Там сейчас 15:00.");
    }

    @Test
    void helpListsThePrivateCommandsLearnersFirstAndCreatorsApart() {
        FakePrivateChat chat = newLearner("Sam", "en");

        chat.send("/help");

        assertThat(chat.awaitBotMessages(1, WAIT).get(0).text()).isEqualTo("""
                Here's what I can do:
                /start — Start and set your time zone
                /plan — Book time for your assignments
                /today — What is on today
                /calendar — Your next 7 days
                /sessions — Live sessions: when, and whether you'll come
                /challenge — Your challenges: progress, pause, release time
                /catchup — Challenge days still open for you
                /feed — Your calendar as a link for Google, Apple or Outlook
                /courses — Your courses and join links
                /settings — Time zone, quiet hours, reminders
                /timezone — Show or change your time zone
                /leave — Leave a course
                /help — What I can do
                /cancel — Stop what we're doing

                For course creators and group admins:
                /schedule — Your live sessions: move, cancel or add one
                /replay — Post a session's recording (course creators)
                /link — In a course group: link it to your course
                /new — Set up a course or a live session step by step, without a file
                /team — Your course's team: invite or remove co-creators
                /stats — Your course at a glance: progress, chart, who needs a nudge (creators)
                /export — Your course's learners as a spreadsheet (CSV, creators)
                /announce — In a course group: post or schedule an announcement
                /announcements — In a course group: scheduled announcements, to cancel
                /broadcast — Send a message to every learner of your course""");
    }

    @Test
    void unknownCommandsStickersEditsAndForgedButtonsGetAHintOrNothing() {
        FakePrivateChat chat = newLearner("Zed", "en");

        chat.send("/frobnicate now");
        assertThat(chat.awaitBotMessages(1, WAIT).get(0).text()).isEqualTo("I don't know /frobnicate. /help lists what I can do.");

        chat.sendSticker();
        assertThat(chat.awaitBotMessages(2, WAIT).get(1).text()).startsWith("I can only read text messages and commands");

        var original = chat.send("hello");
        chat.awaitBotMessages(3, WAIT);
        chat.editText(original, "/timezone Tokyo");
        String forged = chat.forgeButtonPress(chat.botMessages().get(0), "admin:grant:everything");
        assertThat(TELEGRAM.awaitCallbackAnswer(forged, WAIT).text()).isEqualTo("This button is no longer active.");

        // The edit was ignored: the zone was never set, so /timezone still asks for it.
        chat.send("/timezone");
        assertThat(chat.awaitBotMessages(4, WAIT).get(3).text()).startsWith("Which time zone are you in?");
    }

    @Test
    void theCommandMenuIsRegisteredForPrivateChatsAndGroupsInEveryLanguage() {
        // The poller registers the menu after connecting; this test may run before that.
        Eventually.await(WAIT, () -> TELEGRAM.calls("setMyCommands").size() >= 4, () -> "four setMyCommands calls");
        var calls = TELEGRAM.calls("setMyCommands");
        assertThat(calls).extracting(call -> call.params().path("scope").path("type").asText() + "/"
                        + call.params().path("language_code").asText(""))
                .contains("all_private_chats/", "all_group_chats/", "all_private_chats/ru", "all_group_chats/ru");
        assertThat(calls.stream().filter(call -> call.params().path("scope").path("type").asText().equals("all_private_chats")
                        && call.params().path("language_code").asText("").isEmpty())
                .findFirst().orElseThrow().params().path("commands").toString())
                .contains("\"start\"", "\"courses\"", "\"timezone\"", "\"leave\"", "\"help\"", "\"cancel\"");
    }

    private static FakePrivateChat newLearner(String name, String language) {
        FakeUser user = TELEGRAM.user(NEXT_USER.incrementAndGet(), name, language);
        return TELEGRAM.privateChat(user);
    }

    /** Waits for the bot's edit that removes a message's inline buttons. */
    private static boolean awaitButtonsGone(FakePrivateChat chat, int messageId) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            var message = chat.botMessages().stream().filter(m -> m.messageId() == messageId).findFirst().orElseThrow();
            if (message.callbackData().isEmpty()) {
                return true;
            }
            TELEGRAM.messagesAfter(message.seq(), Duration.ofSeconds(1));
        }
        return false;
    }
}
