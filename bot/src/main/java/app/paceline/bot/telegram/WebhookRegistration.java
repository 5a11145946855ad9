package app.paceline.bot.telegram;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.GetWebhookInfo;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.WebhookInfo;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Webhook mode's side of talking to Telegram: on its own thread, it connects ({@code getMe}), tells Telegram where
 * to post updates ({@code setWebhook} with our secret, the update kinds we read, {@code max_connections}), registers
 * the command menu, and then asks {@code getWebhookInfo} every {@code checkEvery} for health, setting the webhook
 * again if Telegram has another one (someone ran long polling, which deletes it). Startup never waits for Telegram:
 * failures are retried with backoff while health reports them, as {@link LongPolling} does.
 *
 * <p>Every instance does this with the same settings, which is harmless. On shutdown the webhook stays: other
 * instances still serve it, and Telegram keeps updates for a stopped single instance until it is back (24 hours).
 * Switching back to long polling works because {@link LongPolling} deletes the webhook when it connects.
 */
public final class WebhookRegistration implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookRegistration.class);

    private final TelegramClient client;
    private final BotToken token;
    private final URI url;
    private final WebhookSecret secret;
    private final int maxConnections;
    private final Duration checkEvery;
    private final TelegramConnection connection;
    private final CommandMenu menu;
    private final TelegramLoop loop;
    /** Read and written by the loop's thread only. */
    private boolean registered;
    private boolean menuRegistered;

    private volatile boolean running;
    private volatile Thread thread;

    public WebhookRegistration(TelegramClient client, BotToken token, URI url, WebhookSecret secret, int maxConnections,
                               Duration checkEvery, Backoff backoff, TelegramConnection connection, CommandMenu menu) {
        this.client = client;
        this.token = token;
        this.url = url;
        this.secret = secret;
        this.maxConnections = maxConnections;
        this.checkEvery = checkEvery;
        this.connection = connection;
        this.menu = menu;
        this.loop = new TelegramLoop(LOG, "Webhook registration", token, backoff, connection, () -> running);
        connection.receiveByWebhook();
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "telegram-webhook");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        Thread registering = thread;
        if (registering != null) {
            try {
                registering.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        connection.stopped();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        loop.repeat(() -> {
            if (!registered) {
                register();
                registered = true;
            }
            if (!menuRegistered) {
                // A failure is retried after the next check; commands work meanwhile.
                menuRegistered = loop.registerMenu(menu, client);
            }
            check();
            loop.sleep(checkEvery);
        });
    }

    private void register() throws TelegramApiException {
        User me = client.execute(new GetMe());
        setWebhook();
        connection.connected(me.getUserName());
        LOG.info("Connected to Telegram as @{} (bot id {}), receiving updates by webhook at {}", me.getUserName(), token.botId(), url);
    }

    private void setWebhook() throws TelegramApiException {
        // Never log this request: it carries the secret.
        client.execute(SetWebhook.builder()
                .url(url.toString())
                .secretToken(secret.value())
                .allowedUpdates(LongPolling.ALLOWED_UPDATES)
                .maxConnections(maxConnections)
                .dropPendingUpdates(false)
                .build());
    }

    /** Asks Telegram how delivering to us goes, for health; sets the webhook again if Telegram has another one. */
    private void check() throws TelegramApiException {
        WebhookInfo info = client.execute(new GetWebhookInfo());
        if (!url.toString().equals(info.getUrl())) {
            LOG.warn("Telegram's webhook was {} instead of {}; setting it again. Does another Paceline run with long polling "
                    + "or another PACELINE_WEBHOOK_URL for this bot?", info.getUrl() == null || info.getUrl().isEmpty() ? "deleted" : info.getUrl(), url);
            setWebhook();
            info = client.execute(new GetWebhookInfo());
        }
        connection.working();
        Integer errorDate = info.getLastErrorDate();
        connection.webhookStatus(new TelegramConnection.WebhookStatus(info.getUrl(),
                info.getPendingUpdatesCount() == null ? 0 : info.getPendingUpdatesCount(),
                token.redact(info.getLastErrorMessage()),
                errorDate == null || errorDate == 0 ? null : Instant.ofEpochSecond(errorDate)));
    }
}
