package app.paceline.sandbox.web;

import app.paceline.challenge.ChallengeEnrollments;
import app.paceline.delivery.PlannedDeliveries;
import app.paceline.fakebotapi.BotMessage;
import app.paceline.fakebotapi.CallbackAnswer;
import app.paceline.fakebotapi.FakeBotApi;
import app.paceline.fakebotapi.FakeGroup;
import app.paceline.fakebotapi.FakePrivateChat;
import app.paceline.fakebotapi.FakeUser;
import app.paceline.fakebotapi.UserMessage;
import app.paceline.time.SimulatedClock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.time.Clock;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sandbox's web chat: its page ({@code /sandbox}) and a small JSON API ({@code /sandbox/api/...}) that plays the
 * personas through the in-process fake Bot API and moves the simulated clock. Exists only under the {@code sandbox}
 * profile, which {@code config/SandboxCommandLine} turns on together with the fake it needs; a production
 * application has no such endpoints.
 */
@RestController
@Profile("sandbox")
public class SandboxController {

    /** The longest one long poll for messages is held open. */
    static final int MAX_WAIT_SECONDS = 20;
    /** The longest a jump may go forward at once. */
    static final Duration MAX_JUMP = Duration.ofDays(400);
    /** Larger than any course file the bot accepts (256 KB), so the bot, not the sandbox, says what is wrong. */
    static final int MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
    private static final Duration CALLBACK_WAIT = Duration.ofSeconds(5);
    private static final List<String> ASSETS = List.of("app.js", "style.css");

    private final FakeBotApi telegram;
    private final SimulatedClock clock;
    private final PlannedDeliveries deliveries;
    private final ChallengeEnrollments challenges;
    private final SandboxCast cast;
    /** What the personas sent, oldest first: the fake keeps only the bot's side of each chat. */
    private final List<Map<String, Object>> sent = new ArrayList<>();

    public SandboxController(FakeBotApi telegram, Clock clock, PlannedDeliveries deliveries,
                             ChallengeEnrollments challenges, SandboxCast cast) {
        if (!(clock instanceof SimulatedClock)) {
            throw new IllegalStateException("the sandbox runs on simulated time; start it with: java -jar paceline.jar sandbox");
        }
        this.telegram = telegram;
        this.clock = (SimulatedClock) clock;
        this.deliveries = deliveries;
        this.challenges = challenges;
        this.cast = cast;
    }

    // ---- the page -------------------------------------------------------------------------------------------------

    @GetMapping({"/sandbox", "/sandbox/"})
    public ResponseEntity<Resource> page() {
        return asset("index.html", MediaType.TEXT_HTML);
    }

    @GetMapping("/sandbox/assets/{name}")
    public ResponseEntity<Resource> asset(@PathVariable String name) {
        if (!ASSETS.contains(name)) {
            return ResponseEntity.notFound().build();
        }
        return asset(name, name.endsWith(".js") ? MediaType.valueOf("text/javascript;charset=UTF-8")
                : MediaType.valueOf("text/css;charset=UTF-8"));
    }

    private static ResponseEntity<Resource> asset(String name, MediaType type) {
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noCache())
                .body(new ClassPathResource("sandbox/" + name));
    }

    // ---- who and what was said ------------------------------------------------------------------------------------

    @GetMapping("/sandbox/api/personas")
    public Map<String, Object> personas() {
        List<Map<String, Object>> personas = cast.personas().stream().map(p -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("key", p.key());
            json.put("user_id", p.userId());
            json.put("name", p.firstName());
            json.put("role", p.role());
            json.put("chat_id", p.chatId());
            json.put("chat_title", p.chatTitle());
            json.put("in_group", p.inGroup());
            return json;
        }).toList();
        return Map.of("personas", personas, "bot_username", cast.botUsername(), "course_code", cast.courseCode(),
                "join_link", cast.joinLink());
    }

    /** What the personas sent so far (the page merges it with the bot's messages by message id). */
    @GetMapping("/sandbox/api/sent")
    public Map<String, Object> sent() {
        synchronized (sent) {
            return Map.of("messages", List.copyOf(sent));
        }
    }

    /** The bot's messages sent or changed after {@code after}, over all chats, waiting up to {@code wait} seconds. */
    @GetMapping("/sandbox/api/messages")
    public Map<String, Object> messages(@RequestParam(defaultValue = "0") long after,
                                        @RequestParam(defaultValue = "0") int wait) {
        Duration hold = Duration.ofSeconds(Math.max(0, Math.min(MAX_WAIT_SECONDS, wait)));
        List<BotMessage> messages = telegram.messagesAfter(after, hold);
        long last = messages.stream().mapToLong(BotMessage::seq).max().orElse(after);
        return Map.of("messages", messages.stream().map(SandboxController::json).toList(), "last_seq", last);
    }

    /** A file or photo the bot sent (a /stats chart, an /export table). */
    @GetMapping("/sandbox/api/files/{chatId}/{messageId}")
    public ResponseEntity<byte[]> file(@PathVariable long chatId, @PathVariable int messageId) {
        return telegram.messages(chatId).stream().filter(m -> m.messageId() == messageId && m.fileBytes() != null)
                .findFirst()
                .map(m -> ResponseEntity.ok().contentType(mediaType(m)).body(m.fileBytes()))
                .orElse(ResponseEntity.notFound().build());
    }

    private static MediaType mediaType(BotMessage message) {
        if ("photo".equals(message.kind())) {
            return MediaType.IMAGE_PNG;
        }
        try {
            return MediaType.parseMediaType(message.mimeType() == null ? "application/octet-stream" : message.mimeType());
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    // ---- acting as a persona --------------------------------------------------------------------------------------

    @PostMapping("/sandbox/api/personas/{key}/send")
    public Map<String, Object> send(@PathVariable String key, @RequestBody Map<String, Object> body) {
        Persona persona = persona(key);
        String text = required(body, "text").strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("type a message first");
        }
        if (text.length() > 4096) {
            throw new IllegalArgumentException("Telegram takes at most 4096 characters in one message");
        }
        UserMessage message = persona.inGroup() ? group().send(user(persona), text) : chat(persona).send(text);
        return remember(persona, message, text, null);
    }

    @PostMapping("/sandbox/api/personas/{key}/press")
    public Map<String, Object> press(@PathVariable String key, @RequestBody Map<String, Object> body) {
        Persona persona = persona(key);
        int messageId = Integer.parseInt(required(body, "message_id"));
        String data = required(body, "data");
        BotMessage message = telegram.messages(persona.chatId()).stream().filter(m -> m.messageId() == messageId)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no such message in this chat"));
        String queryId = persona.inGroup() ? group().pressButton(user(persona), message, data)
                : chat(persona).pressButton(message, data);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("callback_query_id", queryId);
        try {
            CallbackAnswer callback = telegram.awaitCallbackAnswer(queryId, CALLBACK_WAIT);
            answer.put("text", callback.text());
            answer.put("show_alert", callback.showAlert());
        } catch (AssertionError | IllegalArgumentException notAnswered) {
            answer.put("text", null);
        }
        return answer;
    }

    @PostMapping("/sandbox/api/personas/{key}/document")
    public Map<String, Object> document(@PathVariable String key, @RequestBody Map<String, Object> body) {
        Persona persona = persona(key);
        String fileName = required(body, "file_name");
        String content = required(body, "content_base64");
        if (content.length() > MAX_UPLOAD_BYTES / 3 * 4 + 4) {
            throw new IllegalArgumentException("that file is too large for the sandbox (2 MB at most)");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(content);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the file did not arrive intact (bad base64)");
        }
        String mime = Optional.ofNullable(body.get("mime_type")).map(Object::toString).filter(s -> !s.isBlank())
                .orElse("application/octet-stream");
        UserMessage message = persona.inGroup() ? group().sendDocument(user(persona), fileName, mime, bytes)
                : chat(persona).sendDocument(fileName, mime, bytes);
        return remember(persona, message, null, fileName);
    }

    private Map<String, Object> remember(Persona persona, UserMessage message, String text, String fileName) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("chat_id", message.chatId());
        json.put("message_id", message.messageId());
        json.put("from_key", persona.key());
        json.put("from_name", persona.firstName());
        json.put("text", text);
        json.put("file_name", fileName);
        json.put("sent_at", clock.instant().toString());
        synchronized (sent) {
            sent.add(json);
        }
        return json;
    }

    // ---- time -----------------------------------------------------------------------------------------------------

    @GetMapping("/sandbox/api/time")
    public Map<String, Object> time() {
        Instant now = clock.instant();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("now", now.toString());
        json.put("speed", clock.speed());
        json.put("next", next(now).map(Instant::toString).orElse(null));
        return json;
    }

    /**
     * Moves the clock forward: {@code {"by":"PT1H"}} or {@code {"to":"next"}}, the next moment the bot sends something
     * on its own (a waiting delivery of the engine, or a challenge day's release). The metronome's next tick does the
     * work; missed challenge days come out as one catch-up message.
     */
    @PostMapping("/sandbox/api/time/jump")
    public Map<String, Object> jump(@RequestBody Map<String, Object> body) {
        if ("next".equals(body.get("to"))) {
            Instant now = clock.instant();
            Instant next = next(now).orElseThrow(() -> new IllegalArgumentException("nothing is scheduled yet"));
            clock.advance(Duration.between(now, next).isNegative() ? Duration.ZERO : Duration.between(now, next));
            return time();
        }
        Duration by;
        try {
            by = Duration.parse(required(body, "by"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"by\" is an ISO duration such as PT1H or P1D");
        }
        if (by.isNegative() || by.isZero() || by.compareTo(MAX_JUMP) > 0) {
            throw new IllegalArgumentException("a jump goes forward, by at most 400 days");
        }
        clock.advance(by);
        return time();
    }

    @PostMapping("/sandbox/api/time/speed")
    public Map<String, Object> speed(@RequestBody Map<String, Object> body) {
        double speed;
        try {
            speed = Double.parseDouble(required(body, "speed"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("speed is a number of simulated seconds per real second");
        }
        if (!(speed >= 0 && speed <= 86_400)) {
            throw new IllegalArgumentException("speed runs from 0 (paused) to 86400 (a day per second)");
        }
        clock.setSpeed(speed);
        return time();
    }

    private Optional<Instant> next(Instant now) {
        return Stream.of(deliveries.nextWaitingAfter(now), challenges.nextReleaseAfter(now))
                .flatMap(Optional::stream).min(Instant::compareTo);
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseBody
    public ResponseEntity<Map<String, Object>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", String.valueOf(e.getMessage())));
    }

    @ExceptionHandler(UnknownPersona.class)
    @ResponseBody
    public ResponseEntity<Map<String, Object>> unknown(UnknownPersona e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
    }

    private Persona persona(String key) {
        return cast.persona(key).orElseThrow(() -> new UnknownPersona("no persona " + key));
    }

    private FakeUser user(Persona persona) {
        return new FakeUser(persona.userId(), persona.firstName(), null, persona.language());
    }

    private FakePrivateChat chat(Persona persona) {
        return telegram.privateChat(user(persona));
    }

    private FakeGroup group() {
        return telegram.group(cast.groupId(), cast.groupTitle());
    }

    private static String required(Map<String, Object> body, String field) {
        Object value = body == null ? null : body.get(field);
        if (value == null) {
            throw new IllegalArgumentException("missing \"" + field + "\"");
        }
        return value.toString();
    }

    static Map<String, Object> json(BotMessage message) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("seq", message.seq());
        json.put("chat_id", message.chatId());
        json.put("message_id", message.messageId());
        json.put("kind", message.kind());
        json.put("text", message.text());
        json.put("entities", message.entities());
        json.put("reply_markup", message.replyMarkup());
        json.put("sent_at", message.sentAt().toString());
        json.put("edited_at", message.editedAt() == null ? null : message.editedAt().toString());
        json.put("deleted", message.deleted());
        json.put("pinned", message.pinned());
        json.put("file_name", message.fileName());
        return json;
    }

    static final class UnknownPersona extends RuntimeException {
        UnknownPersona(String message) {
            super(message);
        }
    }
}
