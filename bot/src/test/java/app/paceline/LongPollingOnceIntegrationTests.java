package app.paceline;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.bot.telegram.BotToken;
import app.paceline.fakebotapi.BotMessage;
import app.paceline.fakebotapi.FakeBotApi;
import app.paceline.fakebotapi.FakePrivateChat;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Long polling shares webhook mode's record of handled updates: an update a previous run handled but could not
 * confirm to Telegram (it crashed first) is not answered again, and one a previous run began but never finished is
 * handled at once (a lone poller has no one else to wait for).
 */
class LongPollingOnceIntegrationTests {

    private static final Instant NOON_UTC = Instant.parse("2026-12-01T12:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dataDir;

    @Test
    void anUpdateHandledBeforeIsSkippedAndOneLeftUnfinishedIsHandled() {
        try (FakeBotApi telegram = FakeBotApi.start(FakeBotApi.Options.defaults());
             var app = RunningApplication.start(telegram, telegram.baseUrl(), dataDir, NOON_UTC)) {
            String bot = new BotToken(telegram.token()).botId();
            MongoOperations mongo = app.bean(MongoOperations.class);
            // The fake numbers updates from 1: as a previous run left them, 1 handled, 3 begun.
            mongo.insert(new Document("_id", bot + ":1").append("claimedAt", Date.from(NOON_UTC)).append("finishedAt", Date.from(NOON_UTC)),
                    "processed_updates");
            mongo.insert(new Document("_id", bot + ":3").append("claimedAt", Date.from(NOON_UTC)), "processed_updates");
            FakePrivateChat chat = telegram.privateChat(telegram.user(9101, "Ivo", "en"));

            chat.send("/timezone Asia/Tokyo");
            chat.send("/timezone Europe/Berlin");
            chat.send("/timezone");

            assertThat(chat.awaitBotMessages(2, WAIT)).extracting(BotMessage::text).satisfiesExactly(
                    first -> assertThat(first).startsWith("Time zone set: Europe/Berlin."),
                    second -> assertThat(second).startsWith("Your time zone is Europe/Berlin;"));
        }
    }
}
