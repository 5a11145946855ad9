package app.paceline.bot.telegram;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Where Telegram posts updates in webhook mode, served by Spring MVC on the application's port at the path of
 * {@code PACELINE_WEBHOOK_URL}. Each update is handled on the request thread, and the answer goes back only after
 * it was handled and what handlers stored is durable: if this instance dies meanwhile, Telegram gets no answer and
 * delivers the update again, and {@link HandlingOnce} makes sure it is handled once however often it comes and
 * whichever instance it reaches.
 *
 * <p>What Telegram gets back:
 * <ul>
 * <li>405 for anything but POST; 401 without the right {@code X-Telegram-Bot-Api-Secret-Token} (compared in constant
 *     time, before the body is read: a stranger learns nothing and costs us nothing);</li>
 * <li>415 for a body that is not JSON, 413 for one over {@link #MAX_BODY} bytes, 400 for malformed JSON or no
 *     {@code update_id}. Telegram itself never sends these, so a 4xx here answers someone who has the secret but
 *     not a real update; nothing is handled or stored;</li>
 * <li>200 for an update handled now, handled before (a duplicate), or of a kind we do not read (Telegram must not
 *     retry those: it would only send the same thing again);</li>
 * <li>503 while another instance is handling the same update, while we do not yet know our own username
 *     ({@code getMe} has not answered), or when the store cannot be reached: Telegram retries later, and only then
 *     can the update be handled right. Telegram sends one chat's updates in order and holds that chat's next update
 *     until the current one is answered, so a 503 delays one chat, never reorders it.</li>
 * </ul>
 * Nothing logged here contains the secret, the bot token or a message's text.
 */
public final class WebhookEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookEndpoint.class);

    public static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /** Telegram's updates are a few kilobytes; a mebibyte leaves room for any real one. */
    public static final int MAX_BODY = 1024 * 1024;
    /** How long a retry should wait, as a hint; Telegram uses its own schedule. */
    private static final String RETRY_AFTER_SECONDS = "30";
    /** As TelegramBots reads updates (a plain ObjectMapper), but a field it does not know is skipped, not fatal. */
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
    private static final long WARN_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

    private final WebhookSecret secret;
    private final HandlingOnce once;
    private final UpdateDispatcher dispatcher;
    private final TelegramConnection connection;
    private final Runnable makeDurable;
    private final AtomicLong lastRejectionWarning = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);

    /** @param makeDurable makes what handlers stored durable; runs before Telegram is told an update was handled */
    public WebhookEndpoint(WebhookSecret secret, HandlingOnce once, UpdateDispatcher dispatcher, TelegramConnection connection,
                           Runnable makeDurable) {
        this.secret = secret;
        this.once = once;
        this.dispatcher = dispatcher;
        this.connection = connection;
        this.makeDurable = makeDurable;
    }

    /** The route at {@code path}, for every method (all but POST get 405). */
    public RouterFunction<ServerResponse> route(String path) {
        return RouterFunctions.route(RequestPredicates.path(path), this::receive);
    }

    ServerResponse receive(ServerRequest request) throws IOException {
        if (!HttpMethod.POST.equals(request.method())) {
            return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, "POST").build();
        }
        if (!secret.matches(request.headers().firstHeader(SECRET_HEADER))) {
            boolean had = request.headers().firstHeader(SECRET_HEADER) != null;
            warnNowAndThen("Rejected a webhook request from {} {} the secret token; is someone other than Telegram posting to it?",
                    request.remoteAddress().map(Object::toString).orElse("?"), had ? "with a wrong" : "without");
            return ServerResponse.status(HttpStatus.UNAUTHORIZED).build();
        }
        MediaType type = request.headers().contentType().orElse(null);
        if (type == null || !MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)) {
            LOG.warn("Rejected a webhook request with content type {}; Telegram sends application/json", type);
            return ServerResponse.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).build();
        }
        if (request.servletRequest().getContentLengthLong() > MAX_BODY) {
            LOG.warn("Rejected a webhook request of {} bytes; updates are far smaller", request.servletRequest().getContentLengthLong());
            return ServerResponse.status(HttpStatus.PAYLOAD_TOO_LARGE).build();
        }
        byte[] body = readAtMost(request.servletRequest().getInputStream(), MAX_BODY);
        if (body == null) {
            LOG.warn("Rejected a webhook request of more than {} bytes; updates are far smaller", MAX_BODY);
            return ServerResponse.status(HttpStatus.PAYLOAD_TOO_LARGE).build();
        }
        Update update;
        try {
            update = JSON.readValue(body, Update.class);
        } catch (JacksonException e) {
            LOG.warn("Rejected a webhook request whose body is not an update ({} bytes): {}", body.length, shorten(e.getOriginalMessage()));
            return ServerResponse.badRequest().build();
        }
        if (update == null || update.getUpdateId() == null) {
            LOG.warn("Rejected a webhook request whose body has no update_id ({} bytes)", body.length);
            return ServerResponse.badRequest().build();
        }
        if (!readsKind(update)) {
            LOG.debug("Ignored update {} of a kind we do not read", update.getUpdateId());
            return ServerResponse.ok().build();
        }
        if (!complete(update)) {
            LOG.warn("Rejected webhook update {}: it lacks what Telegram always sends (a chat, a sender)", update.getUpdateId());
            return ServerResponse.badRequest().build();
        }
        if (connection.botUsername().isEmpty()) {
            // Group commands are addressed to /cmd@OurName: without our name we would misread them.
            LOG.info("Update {} came before Telegram told us who we are; asking for it again later", update.getUpdateId());
            return unavailable();
        }
        HandlingOnce.Outcome outcome;
        try {
            outcome = once.handle(update.getUpdateId(), HandlingOnce.TAKE_OVER_AFTER, () -> dispatcher.dispatch(update));
            makeDurable.run();
        } catch (RuntimeException e) {
            LOG.error("Could not handle update {}; Telegram will deliver it again", update.getUpdateId(), e);
            return unavailable();
        }
        return outcome == HandlingOnce.Outcome.IN_PROGRESS ? unavailable() : ServerResponse.ok().build();
    }

    /** The update kinds we asked Telegram for ({@link LongPolling#ALLOWED_UPDATES}); anything else is not for us. */
    static boolean readsKind(Update update) {
        return update.hasMessage() || update.hasEditedMessage() || update.hasCallbackQuery() || update.getMyChatMember() != null;
    }

    /**
     * Whether an update of a kind we read has what Telegram always sends with it: a message its chat and date, a
     * button press its id and who pressed, a membership change its chat. Only a forger holding the secret can post
     * less; refused here, it never reaches the handlers (which would log it as an error).
     */
    static boolean complete(Update update) {
        if (update.hasMessage() || update.hasEditedMessage()) {
            var message = update.hasMessage() ? update.getMessage() : update.getEditedMessage();
            return message.getChat() != null && message.getChat().getId() != null && message.getDate() != null;
        }
        if (update.hasCallbackQuery()) {
            return update.getCallbackQuery().getId() != null && update.getCallbackQuery().getFrom() != null
                    && update.getCallbackQuery().getFrom().getId() != null;
        }
        var member = update.getMyChatMember();
        return member != null && member.getChat() != null && member.getChat().getId() != null;
    }

    private static ServerResponse unavailable() {
        return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    /** The whole stream if it holds at most {@code max} bytes, else null (having read no more than max + 1). */
    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        byte[] bytes = in.readNBytes(max + 1);
        return bytes.length > max ? null : bytes;
    }

    private static String shorten(String text) {
        String line = String.valueOf(text).replaceAll("\\s+", " ");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    /** Warns at most once a minute, so that someone knocking on the door cannot fill the log. */
    private void warnNowAndThen(String format, Object... args) {
        long last = lastRejectionWarning.get();
        long now = System.nanoTime();
        if (now - last >= WARN_EVERY_NANOS && lastRejectionWarning.compareAndSet(last, now)) {
            LOG.warn(format, args);
        } else {
            LOG.debug(format, args);
        }
    }
}
