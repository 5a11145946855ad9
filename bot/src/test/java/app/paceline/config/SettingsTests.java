package app.paceline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.paceline.bot.telegram.BotToken;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsTests {

    @Test
    void aTokenShowsOnlyItsBotIdWhenPrintedOrRedacted() {
        BotToken token = TelegramProperties.tokenOf(" 123456789:AAE-secret_part_of_the_token_0123 ");

        assertThat(token.botId()).isEqualTo("123456789");
        assertThat(token.toString()).doesNotContain("secret");
        assertThat(token.redact("GET /bot123456789:AAE-secret_part_of_the_token_0123/getMe failed"))
                .isEqualTo("GET /bot123456789:***/getMe failed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "987654", ":AAAAAAAAAAAAAAAAAAAAAAAAAAAA", "123456:short", "12 34:AAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "123456:AAAAAAAAAAAAAAAAAAAA AAAAAAAAAA"})
    void malformedTokensAreRefusedWithoutEchoingThem(String malformed) {
        assertThatThrownBy(() -> TelegramProperties.tokenOf(malformed))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("@BotFather")
                .hasMessageNotContaining(malformed);
    }

    @Test
    void theApiUrlTakesSchemeHostAndPortButNoPath() {
        assertThat(TelegramProperties.apiUrlOf(null)).hasToString("https://api.telegram.org");
        assertThat(TelegramProperties.apiUrlOf("http://localhost:8081").getPort()).isEqualTo(8081);
        assertThat(TelegramProperties.apiUrlOf("http://localhost:8081/").getHost()).isEqualTo("localhost");
        assertThatThrownBy(() -> TelegramProperties.apiUrlOf("http://localhost:8081/bot"))
                .hasMessageContaining("must not have a path");
        assertThatThrownBy(() -> TelegramProperties.apiUrlOf("ftp://example.org"))
                .hasMessageContaining("must be an http(s) URL");
        assertThatThrownBy(() -> TelegramProperties.apiUrlOf("http://exa mple.org")).isInstanceOf(InvalidSettingException.class);
    }

    @Test
    void thePublicUrlIsAnHttpAddressWithAnOptionalPathAndNoQuery() {
        assertThat(PublicUrlProperties.urlOf(null)).hasToString("http://localhost:8080");
        assertThat(PublicUrlProperties.urlOf(" https://paceline.example.org/ ")).hasToString("https://paceline.example.org");
        assertThat(PublicUrlProperties.urlOf("https://example.org/paceline")).hasToString("https://example.org/paceline");
        assertThatThrownBy(() -> PublicUrlProperties.urlOf("paceline.example.org")).hasMessageContaining("PACELINE_PUBLIC_URL must be an http(s) URL");
        assertThatThrownBy(() -> PublicUrlProperties.urlOf("webcal://example.org")).hasMessageContaining("must be an http(s) URL");
        assertThatThrownBy(() -> PublicUrlProperties.urlOf("https://example.org/?a=b")).hasMessageContaining("must not have a query");
        assertThatThrownBy(() -> PublicUrlProperties.urlOf("https://user:s3cret@example.org"))
                .hasMessageContaining("user name or password").hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> PublicUrlProperties.urlOf("https://exa mple.org")).isInstanceOf(InvalidSettingException.class);
    }

    @Test
    void simulatedTimeIsOffUnlessAskedFor() {
        assertThat(ClockProperties.of("", null)).isEmpty();
        assertThat(ClockProperties.of("2026-12-01T07:00:00Z", "")).hasValueSatisfying(simulation -> {
            assertThat(simulation.start()).contains(Instant.parse("2026-12-01T07:00:00Z"));
            assertThat(simulation.speed()).isEqualTo(1);
        });
        assertThat(ClockProperties.of(null, "3600")).hasValueSatisfying(simulation -> {
            assertThat(simulation.start()).isEmpty();
            assertThat(simulation.speed()).isEqualTo(3600);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"fast", "-1", "NaN", "Infinity"})
    void nonsenseClockSpeedsAreRefused(String speed) {
        assertThatThrownBy(() -> ClockProperties.of(null, speed)).hasMessageContaining("PACELINE_CLOCK_SPEED");
    }

    @Test
    void aStartThatIsNotAnInstantIsRefused() {
        assertThatThrownBy(() -> ClockProperties.of("2026-12-01 07:00", null)).hasMessageContaining("PACELINE_CLOCK_START");
    }

    @Test
    void theBoardRefreshIsAMinuteUnlessSetAndStaysWithinTheGroupLimits() {
        assertThat(new ChallengeBoardProperties(null).refresh()).isEqualTo(java.time.Duration.ofMinutes(1));
        assertThat(new ChallengeBoardProperties(java.time.Duration.ofSeconds(30)).refresh()).hasSeconds(30);
        assertThatThrownBy(() -> new ChallengeBoardProperties(java.time.Duration.ofSeconds(2)))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("PACELINE_CHALLENGE_BOARD_REFRESH");
        assertThatThrownBy(() -> new ChallengeBoardProperties(java.time.Duration.ofHours(2)))
                .isInstanceOf(InvalidSettingException.class);
    }

    @Test
    void theLeaderLeaseIsFifteenSecondsUnlessSetStretchedBySimulatedTimeAndNeverTooShort() {
        assertThat(leaderLease(null).leaderLease(1)).hasSeconds(15);
        assertThat(leaderLease(java.time.Duration.ofSeconds(30)).leaderLease(1)).hasSeconds(30);
        assertThat(leaderLease(null).leaderLease(60)).as("a minute of simulated time a second").hasMinutes(15);
        assertThatThrownBy(() -> leaderLease(java.time.Duration.ofSeconds(1)))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("PACELINE_DELIVERY_LEADER_LEASE");
    }

    private static DeliveryProperties leaderLease(java.time.Duration lease) {
        return new DeliveryProperties(null, null, null, null, null, null, null, null, null, null, null, null, null, null, lease);
    }

    private static final String SECRET = "s3cret_Webhook-0123";

    @Test
    void withoutAWebhookUrlUpdatesArriveByLongPollingWhateverTheSecret() {
        assertThat(WebhookProperties.of(null, null, null)).isEmpty();
        assertThat(WebhookProperties.of("  ", "not valid!", "0")).isEmpty();
    }

    @Test
    void aWebhookUrlNamesTheServedPathAndTakesTheSecretAndADefaultConnectionLimit() {
        var webhook = WebhookProperties.of(" https://bot.example.org/telegram/webhook ", SECRET, null).orElseThrow();

        assertThat(webhook.url()).hasToString("https://bot.example.org/telegram/webhook");
        assertThat(webhook.path()).isEqualTo("/telegram/webhook");
        assertThat(webhook.secret().matches(SECRET)).isTrue();
        assertThat(webhook.maxConnections()).isEqualTo(20);
        assertThat(WebhookProperties.of("https://bot.example.org:8443/hook", SECRET, "5").orElseThrow().maxConnections()).isEqualTo(5);
        assertThat(WebhookProperties.of("http://127.0.0.1:39123/hook", SECRET, null).orElseThrow().path()).isEqualTo("/hook");
        assertThat(WebhookProperties.of("http://localhost:8080/hook", SECRET, null)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://bot.example.org/hook", "ftp://bot.example.org/hook", "bot.example.org/hook", "https:///hook",
            "https://bot.example.org", "https://bot.example.org/", "https://bot.example.org/hook/", "https://bot.example.org/a b",
            "https://bot.example.org/hook?x=1", "https://bot.example.org/hook#top", "https://bot.example.org:9000/hook",
            "https://bot.example.org/actuator/hook", "https://bot.example.org/calendar/hook", "https://bot.example.org/ho*k"})
    void aWebhookUrlMustBeHttpsWithAServablePathOnAPortTelegramPostsTo(String url) {
        assertThatThrownBy(() -> WebhookProperties.of(url, SECRET, null))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("PACELINE_WEBHOOK_URL");
    }

    @Test
    void aWebhookUrlWithCredentialsIsRefusedWithoutEchoingThem() {
        assertThatThrownBy(() -> WebhookProperties.of("https://user:pa55word@bot.example.org/hook", SECRET, null))
                .hasMessageContaining("user name or password").hasMessageNotContaining("pa55word");
    }

    @Test
    void aWebhookNeedsASharedSecretSaidOnceAndNeverEchoed() {
        assertThatThrownBy(() -> WebhookProperties.of("https://bot.example.org/hook", null, null))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("PACELINE_WEBHOOK_SECRET is not set")
                .hasMessageContaining("the same on every instance");
        for (String bad : new String[] {"has space", "semi;colon", "é", "x".repeat(257)}) {
            assertThatThrownBy(() -> WebhookProperties.of("https://bot.example.org/hook", bad, null))
                    .isInstanceOf(InvalidSettingException.class)
                    .hasMessageContaining("PACELINE_WEBHOOK_SECRET must be 1-256 characters")
                    .hasMessageNotContaining(bad);
        }
        assertThat(WebhookProperties.of("https://bot.example.org/hook", "x".repeat(256), null)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1", "many", "2.5"})
    void aWebhookConnectionLimitOutsideTelegramsRangeIsRefused(String maxConnections) {
        assertThatThrownBy(() -> WebhookProperties.of("https://bot.example.org/hook", SECRET, maxConnections))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("PACELINE_WEBHOOK_MAX_CONNECTIONS must be a whole number from 1 to 100");
    }
}
