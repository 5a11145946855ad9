package app.paceline.config;

import app.paceline.bot.command.BotFeature;
import app.paceline.bot.command.UpdateRouter;
import app.paceline.bot.telegram.Backoff;
import app.paceline.bot.telegram.BotToken;
import app.paceline.bot.telegram.CommandMenu;
import app.paceline.bot.telegram.LongPolling;
import app.paceline.bot.inbound.Attachments;
import app.paceline.bot.telegram.TelegramConnection;
import app.paceline.bot.telegram.TelegramFiles;
import app.paceline.bot.telegram.TelegramHealthIndicator;
import app.paceline.bot.telegram.TelegramResponder;
import app.paceline.bot.telegram.UpdateDispatcher;
import app.paceline.bot.telegram.UpdateMapper;
import app.paceline.prompts.Prompts;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import okhttp3.OkHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Wires the Telegram edge: the Bot API client, long polling, and the path from update to answer. */
@Configuration(proxyBeanMethods = false)
class TelegramConfiguration {

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
    LongPolling longPolling(TelegramClient client, BotToken token, TelegramProperties properties,
                            TelegramConnection connection, Prompts prompts, UpdateDispatcher dispatcher,
                            ObjectProvider<EmbeddedStore> embedded, ObjectProvider<BotFeature> features) {
        // A long poll holds the request open for pollTimeout; the read timeout must outlast it.
        OkHttpClient pollingHttp = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(properties.pollTimeout().plusSeconds(15))
                .build();
        TelegramClient poller = new OkHttpTelegramClient(pollingHttp, token.value(), urlOf(properties.api()));
        EmbeddedStore store = embedded.getIfAvailable();
        Runnable makeDurable = store == null ? () -> { } : store::commit;
        return new LongPolling(client, poller, pollingHttp, makeDurable, token, properties.pollTimeout(),
                new Backoff(properties.retryMin(), properties.retryMax()), connection,
                new CommandMenu(CoreConfiguration.catalog(features.orderedStream().toList()), prompts), dispatcher);
    }
}
