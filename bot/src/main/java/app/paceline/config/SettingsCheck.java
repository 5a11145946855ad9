package app.paceline.config;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Checks the settings an operator must get right before anything starts (no web server, no store, no banner),
 * so a mistake costs one clear line instead of a stack trace. The same checks run again when the properties are
 * bound, for runs that do not go through {@code main} (tests).
 */
public final class SettingsCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment environment = event.getEnvironment();
        TelegramProperties.tokenOf(environment.getProperty("paceline.telegram.bot-token"));
        TelegramProperties.apiUrlOf(environment.getProperty("paceline.telegram.api-url"));
        ClockProperties.of(environment.getProperty("paceline.clock.start"), environment.getProperty("paceline.clock.speed"));
        PublicUrlProperties.urlOf(environment.getProperty("paceline.public-url"));
        new CreatorsProperties(environment.getProperty("paceline.creators")).policy();
        WebhookProperties.of(environment.getProperty("paceline.webhook.url"), environment.getProperty("paceline.webhook.secret"),
                environment.getProperty("paceline.webhook.max-connections"));
    }

    /** True when startup failed on a setting (somewhere in the cause chain). */
    public static boolean isBadSetting(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidSettingException) {
                return true;
            }
        }
        return false;
    }
}
