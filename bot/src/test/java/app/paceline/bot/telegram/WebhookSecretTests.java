package app.paceline.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WebhookSecretTests {

    private final WebhookSecret secret = new WebhookSecret("s3cret_Webhook-0123");

    @Test
    void onlyTheExactSecretIsAccepted() {
        assertThat(secret.matches("s3cret_Webhook-0123")).isTrue();
        assertThat(secret.matches(null)).isFalse();
        assertThat(secret.matches("")).isFalse();
        assertThat(secret.matches("s3cret_Webhook-012")).as("a prefix").isFalse();
        assertThat(secret.matches("s3cret_Webhook-01234")).as("longer").isFalse();
        assertThat(secret.matches("S3CRET_WEBHOOK-0123")).as("other case").isFalse();
        assertThat(secret.matches(" s3cret_Webhook-0123")).as("padded").isFalse();
    }

    @Test
    void theSecretNeverShowsWhenPrinted() {
        assertThat(secret.toString()).doesNotContain("s3cret");
    }

    @Test
    void onlyWhatTelegramAcceptsIsASecret() {
        assertThatThrownBy(() -> new WebhookSecret("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WebhookSecret("a b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WebhookSecret("x".repeat(257))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new WebhookSecret("x".repeat(256)).matches("x".repeat(256))).isTrue();
    }
}
