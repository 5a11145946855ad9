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
}
