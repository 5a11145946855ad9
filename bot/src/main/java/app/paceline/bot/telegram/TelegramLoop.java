package app.paceline.bot.telegram;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * What {@link LongPolling} and {@link WebhookRegistration} share: a thread of their own that repeats one step until
 * stopped, and never dies. When Telegram cannot be reached it reports so to health and retries with capped exponential
 * backoff; a bug is logged and retried the same way; a step that went through resets the backoff. Waits wake every
 * 100 ms to look whether the owner stopped, so that stopping never waits out a backoff (interrupting the thread could
 * break an update being handled).
 */
final class TelegramLoop {

    /** One round of the owner's work; Telegram being unreachable is thrown, not handled. */
    interface Step {
        void run() throws TelegramApiException;
    }

    private final Logger log;
    private final String what;
    private final BotToken token;
    private final Backoff backoff;
    private final TelegramConnection connection;
    private final BooleanSupplier running;

    /**
     * @param log     the owner's logger, so that its lines keep their name
     * @param what    the owner's work, as it starts a log line ("Long polling")
     * @param running whether the owner still runs
     */
    TelegramLoop(Logger log, String what, BotToken token, Backoff backoff, TelegramConnection connection, BooleanSupplier running) {
        this.log = log;
        this.what = what;
        this.token = token;
        this.backoff = backoff;
        this.connection = connection;
        this.running = running;
    }

    /** Runs {@code step} again and again until the owner stops. */
    void repeat(Step step) {
        while (running.getAsBoolean()) {
            try {
                step.run();
                backoff.reset();
            } catch (TelegramApiException e) {
                if (!running.getAsBoolean()) {
                    return;
                }
                String reason = describe(e);
                connection.failed(reason);
                Duration wait = backoff.next();
                log.warn("Telegram is not reachable ({}); trying again in {} s", reason, wait.toSeconds());
                if (!sleep(wait)) {
                    return;
                }
            } catch (RuntimeException e) {
                // Never let the thread die: a bug here would silently stop the bot.
                log.error("{} failed unexpectedly; continuing", what, e);
                if (!sleep(backoff.next())) {
                    return;
                }
            }
        }
    }

    /** Registers the command menu; false when it failed (retried by the caller later), commands work meanwhile. */
    boolean registerMenu(CommandMenu menu, TelegramClient client) {
        try {
            menu.register(client);
            return true;
        } catch (TelegramApiException e) {
            log.warn("Could not register the command menu ({}); commands still work, trying again later", describe(e));
            return false;
        }
    }

    /** A Telegram failure in words, without the token; a rejected token says where to check it. */
    String describe(TelegramApiException e) {
        boolean unauthorized = e instanceof TelegramApiRequestException request && Integer.valueOf(401).equals(request.getErrorCode());
        return token.describe(e) + (unauthorized ? " (Telegram rejected TELEGRAM_BOT_TOKEN: check it with @BotFather)" : "");
    }

    /** Waits; false when the owner stopped meanwhile. */
    boolean sleep(Duration wait) {
        long until = System.nanoTime() + wait.toNanos();
        try {
            while (running.getAsBoolean()) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    return true;
                }
                Thread.sleep(Math.min(100, Math.max(1, left / 1_000_000)));
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
