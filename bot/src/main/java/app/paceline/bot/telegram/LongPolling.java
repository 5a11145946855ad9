package app.paceline.bot.telegram;

import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Receives updates by long polling, on one thread, in order. Startup never waits for Telegram: the thread connects
 * ({@code getMe}, {@code deleteWebhook}, command menu) and polls, and when Telegram cannot be reached it retries
 * with capped exponential backoff while health reports it down, instead of failing the application.
 *
 * <p>Each update is confirmed (offset) only after it was handled, and again on shutdown, so a crash re-delivers at
 * most the batch in hand and a clean restart none. We poll ourselves rather than through TelegramBots' long-polling starter because that one calls
 * {@code deleteWebhook} during context start and fails the whole application when Telegram is unreachable.
 */
public final class LongPolling implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(LongPolling.class);
    /** The update kinds we read; Telegram's default omits {@code my_chat_member}, which later features need. */
    static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query", "my_chat_member");
    private static final int BATCH = 100;

    private final TelegramClient client;
    private final TelegramClient poller;
    private final OkHttpClient pollingHttp;
    private final Runnable makeDurable;
    private final BotToken token;
    private final Duration pollTimeout;
    private final TelegramConnection connection;
    private final CommandMenu menu;
    private final UpdateDispatcher dispatcher;
    private final HandlingOnce once;
    private final TelegramLoop loop;
    /** Read and written by the loop's thread only. */
    private boolean connected;
    private boolean menuRegistered;

    private volatile boolean running;
    private volatile Thread thread;
    private volatile int offset;

    /**
     * @param client      for everything but {@code getUpdates}
     * @param poller      for {@code getUpdates} only, on its own HTTP client ({@code pollingHttp}) so that stopping
     *                    can cancel a held poll without cancelling a reply being sent
     * @param makeDurable makes what handlers stored durable; runs before Telegram is told updates were handled
     */
    public LongPolling(TelegramClient client, TelegramClient poller, OkHttpClient pollingHttp, Runnable makeDurable,
                       BotToken token, Duration pollTimeout, Backoff backoff, TelegramConnection connection,
                       CommandMenu menu, UpdateDispatcher dispatcher, HandlingOnce once) {
        if (pollTimeout.toSeconds() < 1) {
            throw new IllegalArgumentException("the long-poll timeout must be at least 1 s, was " + pollTimeout);
        }
        this.client = client;
        this.poller = poller;
        this.pollingHttp = pollingHttp;
        this.makeDurable = makeDurable;
        this.token = token;
        this.pollTimeout = pollTimeout;
        this.connection = connection;
        this.menu = menu;
        this.dispatcher = dispatcher;
        this.once = once;
        this.loop = new TelegramLoop(LOG, "Long polling", token, backoff, connection, () -> running);
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "telegram-long-polling");
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        // A poll can be held open for pollTimeout; cancelling it ends it now. Replies use another client, so an
        // update being handled finishes before the thread ends.
        Thread polling = thread;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        // Cancel again until the thread ends: a poll may start between our flag and our first cancel.
        while (polling != null && polling.isAlive() && System.nanoTime() < deadline) {
            pollingHttp.dispatcher().cancelAll();
            try {
                polling.join(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        confirmHandledUpdates();
        connection.stopped();
    }

    /**
     * Tells Telegram which updates were handled, so the next start does not receive them again. Telegram learns
     * an offset only from the next {@code getUpdates}; without this call a restart would answer the last batch
     * twice. Asking for at most one more update with no wait confirms the handled ones and leaves that one queued.
     */
    private void confirmHandledUpdates() {
        if (offset == 0) {
            return;
        }
        try {
            makeDurable.run();
            client.execute(GetUpdates.builder().offset(offset).limit(1).timeout(0).allowedUpdates(ALLOWED_UPDATES).build());
        } catch (TelegramApiException e) {
            LOG.info("Could not confirm handled updates on shutdown ({}); the last ones may be answered again after a restart", loop.describe(e));
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        loop.repeat(() -> {
            if (!connected) {
                connect();
                connected = true;
            }
            if (!menuRegistered) {
                // A failure is retried after the next poll; commands work meanwhile.
                menuRegistered = loop.registerMenu(menu, client);
            }
            poll();
        });
    }

    private void connect() throws TelegramApiException {
        User me = client.execute(new GetMe());
        client.execute(DeleteWebhook.builder().dropPendingUpdates(false).build());
        connection.connected(me.getUserName());
        LOG.info("Connected to Telegram as @{} (bot id {}), receiving updates by long polling", me.getUserName(), token.botId());
    }

    private void poll() throws TelegramApiException {
        if (offset > 0) {
            makeDurable.run();
        }
        List<Update> updates = poller.execute(GetUpdates.builder()
                .offset(offset)
                .limit(BATCH)
                .timeout((int) pollTimeout.toSeconds())
                .allowedUpdates(ALLOWED_UPDATES)
                .build());
        connection.working();
        for (Update update : updates) {
            if (!running) {
                return;
            }
            try {
                handleOnce(update);
            } finally {
                // Handled or not, never again: an update that breaks its handler must not be retried for ever.
                offset = update.getUpdateId() + 1;
            }
        }
    }

    /**
     * Skips an update handled before: one a crash (or a stop that could not confirm) left unconfirmed. Any
     * unfinished claim is ours from a run that died, so it is taken over at once. Should the store be unreachable,
     * the update is handled anyway: the handler would have used the store too, and dedup is a safeguard here.
     */
    private void handleOnce(Update update) {
        boolean[] dispatched = {false};
        try {
            once.handle(update.getUpdateId(), Duration.ZERO, () -> {
                dispatched[0] = true;
                dispatcher.dispatch(update);
            });
        } catch (RuntimeException e) {
            if (dispatched[0]) {
                throw e;
            }
            LOG.warn("Could not check whether update {} was handled before ({}); handling it", update.getUpdateId(), e.toString());
            dispatcher.dispatch(update);
        }
    }

}
