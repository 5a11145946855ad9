package app.paceline.config;

import app.paceline.bot.command.BotFeature;
import app.paceline.bot.command.UpdateRouter;
import app.paceline.bot.telegram.Backoff;
import app.paceline.bot.telegram.BotToken;
import app.paceline.bot.telegram.CommandMenu;
import app.paceline.bot.telegram.HandlingOnce;
import app.paceline.bot.telegram.LongPolling;
import app.paceline.bot.telegram.ProcessedUpdates;
import app.paceline.bot.telegram.WebhookEndpoint;
import app.paceline.bot.telegram.WebhookRegistration;
import app.paceline.bot.telegram.mongo.MongoProcessedUpdates;
import app.paceline.bot.inbound.Attachments;
import app.paceline.bot.telegram.TelegramConnection;
import app.paceline.bot.telegram.TelegramFiles;
import app.paceline.bot.telegram.TelegramHealthIndicator;
import app.paceline.bot.telegram.TelegramResponder;
import app.paceline.bot.telegram.UpdateDispatcher;
import app.paceline.bot.telegram.UpdateMapper;
import app.paceline.prompts.Prompts;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import okhttp3.OkHttpClient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Wires the Telegram edge: the Bot API client, how updates arrive (long polling by default, a webhook when
 * {@code PACELINE_WEBHOOK_URL} is set), and the path from update to answer.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
class TelegramConfiguration {

    private static final String LONG_POLLING = "'${paceline.webhook.url:}'.isBlank()";
    private static final String WEBHOOK = "!'${paceline.webhook.url:}'.isBlank()";

    @Bean
    BotToken botToken(TelegramProperties properties) {
        return properties.token();
    }

    @Bean
    OkHttpClient telegramHttp() {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .writeTimeout(Duration.ofSeconds(30))
                .build();
    }

    @Bean
    TelegramClient telegramClient(OkHttpClient telegramHttp, BotToken token, TelegramProperties properties) {
        return new OkHttpTelegramClient(telegramHttp, token.value(), urlOf(properties.api()));
    }

    private static TelegramUrl urlOf(URI api) {
        boolean https = "https".equalsIgnoreCase(api.getScheme());
        int port = api.getPort() > 0 ? api.getPort() : (https ? 443 : 80);
        return new TelegramUrl(api.getScheme().toLowerCase(Locale.ROOT), api.getHost(), port, false);
    }

    @Bean
    Attachments attachments(TelegramClient client, OkHttpClient telegramHttp, TelegramProperties properties, BotToken token) {
        return new TelegramFiles(client, telegramHttp, properties.api(), token);
    }

    @Bean
    TelegramConnection telegramConnection() {
        return new TelegramConnection();
    }

    @Bean
    TelegramHealthIndicator telegramHealthIndicator(TelegramConnection connection) {
        return new TelegramHealthIndicator(connection);
    }

    @Bean
    UpdateDispatcher updateDispatcher(UpdateRouter router, TelegramClient client, BotToken token,
                                      TelegramConnection connection, Prompts prompts) {
        return new UpdateDispatcher(new UpdateMapper(), router, new TelegramResponder(client, token), connection, prompts);
    }

    @Bean
    ProcessedUpdates processedUpdates(MongoOperations mongo, BotToken token) {
        return new MongoProcessedUpdates(mongo, token.botId());
    }

    @Bean
    HandlingOnce handlingOnce(ProcessedUpdates processed, Clock clock) {
        return new HandlingOnce(processed, clock);
    }

    /** What makes handlers' writes durable before Telegram hears an update was handled: the embedded store's commit. */
    private static Runnable makeDurable(ObjectProvider<EmbeddedStore> embedded) {
        EmbeddedStore store = embedded.getIfAvailable();
        return store == null ? () -> { } : store::commit;
    }

    @Bean
    @ConditionalOnExpression(WEBHOOK)
    WebhookRegistration webhookRegistration(TelegramClient client, BotToken token, TelegramProperties properties,
                                            WebhookProperties webhookProperties, TelegramConnection connection,
                                            Prompts prompts, ObjectProvider<BotFeature> features) {
        WebhookProperties.Webhook webhook = webhookProperties.webhook().orElseThrow();
        return new WebhookRegistration(client, token, webhook.url(), webhook.secret(), webhook.maxConnections(),
                webhookProperties.checkEvery(), new Backoff(properties.retryMin(), properties.retryMax()), connection,
                new CommandMenu(CoreConfiguration.catalog(features.orderedStream().toList()), prompts));
    }

    @Bean
    @ConditionalOnExpression(WEBHOOK)
    RouterFunction<ServerResponse> telegramWebhookRoute(WebhookProperties webhookProperties, HandlingOnce once,
                                                        UpdateDispatcher dispatcher, TelegramConnection connection,
                                                        ObjectProvider<EmbeddedStore> embedded) {
        WebhookProperties.Webhook webhook = webhookProperties.webhook().orElseThrow();
        return new WebhookEndpoint(webhook.secret(), once, dispatcher, connection, makeDurable(embedded)).route(webhook.path());
    }

    @Bean
    @ConditionalOnExpression(LONG_POLLING)
    LongPolling longPolling(TelegramClient client, BotToken token, TelegramProperties properties,
                            TelegramConnection connection, Prompts prompts, UpdateDispatcher dispatcher,
                            ObjectProvider<EmbeddedStore> embedded, ObjectProvider<BotFeature> features,
                            HandlingOnce once) {
        // A long poll holds the request open for pollTimeout; the read timeout must outlast it.
        OkHttpClient pollingHttp = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(properties.pollTimeout().plusSeconds(15))
                .build();
        TelegramClient poller = new OkHttpTelegramClient(pollingHttp, token.value(), urlOf(properties.api()));
        return new LongPolling(client, poller, pollingHttp, makeDurable(embedded), token, properties.pollTimeout(),
                new Backoff(properties.retryMin(), properties.retryMax()), connection,
                new CommandMenu(CoreConfiguration.catalog(features.orderedStream().toList()), prompts), dispatcher, once);
    }
}
