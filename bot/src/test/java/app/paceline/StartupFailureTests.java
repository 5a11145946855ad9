package app.paceline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an operator sees when a setting is wrong: the real {@code main} in its own JVM, as {@code java -jar} runs
 * it. One line on standard error naming the setting and the fix, exit code 2, no stack trace, no secret.
 */
class StartupFailureTests {

    @TempDir
    Path dataDir;

    @Test
    void aMissingTokenStopsStartupWithOneLineNamingBotFather() throws Exception {
        var run = runMain(Map.of());

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.stderrLines()).hasSize(1);
        assertThat(run.stderr).contains("TELEGRAM_BOT_TOKEN is not set", "@BotFather", "export TELEGRAM_BOT_TOKEN=");
        assertThat(run.stdout + run.stderr).doesNotContain("Exception", "\tat ");
    }

    @Test
    void aMalformedTokenIsRefusedWithoutEchoingIt() throws Exception {
        String secretLooking = "not-a-token-but-maybe-secret-s3cr3t";
        var run = runMain(Map.of("TELEGRAM_BOT_TOKEN", secretLooking));

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.stderrLines()).hasSize(1);
        assertThat(run.stderr).contains("does not look like a bot token", "@BotFather");
        assertThat(run.stdout + run.stderr).doesNotContain(secretLooking);
    }

    @Test
    void aBadSimulatedClockSettingIsNamed() throws Exception {
        var run = runMain(Map.of("TELEGRAM_BOT_TOKEN", "123456:TEST-fake-bot-api-token", "PACELINE_CLOCK_START", "next tuesday"));

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.stderrLines()).hasSize(1);
        assertThat(run.stderr).contains("PACELINE_CLOCK_START must be an ISO instant");
    }

    @Test
    void aPublicUrlThatIsNotAnHttpAddressIsNamed() throws Exception {
        var run = runMain(Map.of("TELEGRAM_BOT_TOKEN", "123456:TEST-fake-bot-api-token", "PACELINE_PUBLIC_URL", "paceline.example.org"));

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.stderrLines()).hasSize(1);
        assertThat(run.stderr).contains("PACELINE_PUBLIC_URL must be an http(s) URL");
    }

    @Test
    void aCreatorsListThatIsNotUserIdsIsNamed() throws Exception {
        var run = runMain(Map.of("TELEGRAM_BOT_TOKEN", "123456:TEST-fake-bot-api-token", "PACELINE_CREATORS", "123456,@dana"));

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.stderrLines()).hasSize(1);
        assertThat(run.stderr).contains("PACELINE_CREATORS is \"anyone\" or Telegram user ids").contains("\"@dana\" is not a user id");
    }

    @Test
    void aWebhookWithoutASecretIsNamedWithWhatTheSecretMustBe() throws Exception {
        var run = runMain(Map.of("TELEGRAM_BOT_TOKEN", "123456:TEST-fake-bot-api-token",
                "PACELINE_WEBHOOK_URL", "https://bot.example.org/telegram/webhook"));

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.stderrLines()).hasSize(1);
        assertThat(run.stderr).contains("PACELINE_WEBHOOK_SECRET is not set", "the same on every instance");
    }

    @Test
    void aPlainHttpWebhookUrlIsRefusedAndABadSecretNotEchoed() throws Exception {
        var http = runMain(Map.of("TELEGRAM_BOT_TOKEN", "123456:TEST-fake-bot-api-token",
                "PACELINE_WEBHOOK_URL", "http://bot.example.org/telegram/webhook", "PACELINE_WEBHOOK_SECRET", "s3cret"));
        var badSecret = runMain(Map.of("TELEGRAM_BOT_TOKEN", "123456:TEST-fake-bot-api-token",
                "PACELINE_WEBHOOK_URL", "https://bot.example.org/telegram/webhook", "PACELINE_WEBHOOK_SECRET", "not/a:secret"));

        assertThat(http.exitCode).isEqualTo(2);
        assertThat(http.stderrLines()).hasSize(1);
        assertThat(http.stderr).contains("PACELINE_WEBHOOK_URL must be an https URL");
        assertThat(badSecret.exitCode).isEqualTo(2);
        assertThat(badSecret.stderrLines()).hasSize(1);
        assertThat(badSecret.stderr).contains("PACELINE_WEBHOOK_SECRET must be 1-256 characters").doesNotContain("not/a:secret");
    }

    private Run runMain(Map<String, String> environment) throws IOException, InterruptedException {
        var withData = new java.util.HashMap<>(environment);
        withData.putIfAbsent("PACELINE_DATA_DIR", dataDir.toString());
        Process process = ApplicationProcess.builder(withData).start();
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the application did not stop on a bad setting");
        }
        return new Run(process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String stdout, String stderr) {
        List<String> stderrLines() {
            return stderr.lines().filter(line -> !line.isBlank()).toList();
        }
    }
}
