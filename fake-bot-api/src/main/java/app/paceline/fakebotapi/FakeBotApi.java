package app.paceline.fakebotapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-process fake Telegram Bot API server: the bot talks to it over HTTP, tests play the users through it.
 *
 * <p>All methods are thread-safe. Start one per test (or per test class) with {@link #start(Options)} and close it
 * afterwards.
 */
public final class FakeBotApi implements AutoCloseable {

  /**
   * Flood limits modelled on Telegram's, as token buckets.
   *
   * @param enabled whether limits apply at all
   * @param privatePerSecond sustained messages per second to one private chat
   * @param privateBurst messages one private chat can take at once
   * @param groupPerMinute sustained messages per minute to one group
   * @param groupBurst messages one group can take at once
   * @param globalPerSecond messages per second over all chats (also the global burst)
   * @param paidPerSecond messages per second over all chats sent with {@code allow_paid_broadcast=true}
   *     (also their burst); they count against this limit instead of {@code globalPerSecond}, per-chat limits
   *     still apply
   */
  public record RateLimits(boolean enabled, double privatePerSecond, int privateBurst, int groupPerMinute,
      int groupBurst, int globalPerSecond, int paidPerSecond) {

    /** Limits with Telegram's paid-broadcast limit of 1000 messages per second. */
    public RateLimits(boolean enabled, double privatePerSecond, int privateBurst, int groupPerMinute,
        int groupBurst, int globalPerSecond) {
      this(enabled, privatePerSecond, privateBurst, groupPerMinute, groupBurst, globalPerSecond, 1000);
    }

    public static RateLimits defaults() {
      return new RateLimits(true, 1.0, 3, 20, 20, 30, 1000);
    }

    public static RateLimits disabled() {
      return new RateLimits(false, 1.0, 3, 20, 20, 30, 1000);
    }

    /** The same limits with another paid-broadcast limit. */
    public RateLimits paidPerSecond(int perSecond) {
      return new RateLimits(enabled, privatePerSecond, privateBurst, groupPerMinute, groupBurst, globalPerSecond,
          perSecond);
    }
  }

  /**
   * How to start the fake; build with {@link #defaults()} and the same-named wither methods.
   *
   * @param botToken the token the bot must use; its numeric prefix is the bot's user id
   * @param botUsername the bot's username, without the at sign
   * @param botFirstName the bot's display name
   * @param host the address to bind, 127.0.0.1 by default
   * @param port the port to bind, 0 for any free port
   * @param clock the source of message dates and recorded times
   * @param rateLimits the flood limits
   * @param maxRecordedCalls how many recent calls {@link #calls(String)} keeps
   */
  public record Options(String botToken, String botUsername, String botFirstName, String host, int port,
      Clock clock, RateLimits rateLimits, int maxRecordedCalls) {

    public static Options defaults() {
      return new Options("123456:TEST-fake-bot-api-token", "paceline_test_bot", "Paceline", "127.0.0.1", 0,
          Clock.systemUTC(), RateLimits.defaults(), 10_000);
    }

    public Options botToken(String token) {
      return new Options(token, botUsername, botFirstName, host, port, clock, rateLimits, maxRecordedCalls);
    }

    public Options botUsername(String username) {
      return new Options(botToken, username, botFirstName, host, port, clock, rateLimits, maxRecordedCalls);
    }

    public Options botFirstName(String firstName) {
      return new Options(botToken, botUsername, firstName, host, port, clock, rateLimits, maxRecordedCalls);
    }

    public Options host(String bindHost) {
      return new Options(botToken, botUsername, botFirstName, bindHost, port, clock, rateLimits, maxRecordedCalls);
    }

    public Options port(int bindPort) {
      return new Options(botToken, botUsername, botFirstName, host, bindPort, clock, rateLimits, maxRecordedCalls);
    }

    public Options clock(Clock source) {
      return new Options(botToken, botUsername, botFirstName, host, port, source, rateLimits, maxRecordedCalls);
    }

    public Options rateLimits(RateLimits limits) {
      return new Options(botToken, botUsername, botFirstName, host, port, clock, limits, maxRecordedCalls);
    }

    public Options withoutRateLimits() {
      return rateLimits(RateLimits.disabled());
    }

    public Options maxRecordedCalls(int max) {
      return new Options(botToken, botUsername, botFirstName, host, port, clock, rateLimits, max);
    }

    /** The bot's user id: the token's numeric prefix, as in real tokens. */
    public long botId() {
      int colon = botToken.indexOf(':');
      try {
        return Long.parseLong(colon < 0 ? botToken : botToken.substring(0, colon));
      } catch (NumberFormatException e) {
        return 1L;
      }
    }
  }

  private static final String NO_DELAY = "sun.net.httpserver.nodelay";

  private final World world;
  private final RateLimiter rateLimiter;
  private final FailureRules failures = new FailureRules();
  private final HttpServer server;
  private final ExecutorService executor;
  private final Thread pusher;
  private final AtomicBoolean closed = new AtomicBoolean();

  private FakeBotApi(Options options) throws IOException {
    if (options.botToken() == null || options.botToken().isEmpty() || options.clock() == null
        || options.rateLimits() == null) {
      throw new IllegalArgumentException("options need a token, a clock and rate limits");
    }
    world = new World(options);
    rateLimiter = new RateLimiter(options.rateLimits(), System::nanoTime);
    BotMethods methods = new BotMethods(world, rateLimiter);
    // The JDK server leaves Nagle's algorithm on unless told otherwise, so a response written in two parts
    // (headers, then body) waits for the client's delayed ACK: about 40 ms per call on Linux, which made a bot that
    // answers updates one by one look twenty times slower than it is. The JDK reads this once, when the first
    // server in the JVM starts.
    if (System.getProperty(NO_DELAY) == null) {
      System.setProperty(NO_DELAY, "true");
    }
    server = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 128);
    // Long polls hold a thread each for up to their timeout, so the pool must grow rather than queue.
    executor = Executors.newCachedThreadPool(daemonThreads("fake-bot-api-http"));
    server.setExecutor(executor);
    server.createContext("/", new HttpFront(world, methods, failures, new ControlApi(this)));
    server.start();
    pusher = daemonThreads("fake-bot-api-webhook").newThread(new WebhookPusher(world, methods));
    pusher.start();
  }

  /** Starts a fake with the given options, listening before it returns. */
  public static FakeBotApi start(Options options) {
    try {
      return new FakeBotApi(options);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the fake Bot API", e);
    }
  }

  /** Starts a fake with {@link Options#defaults()}. */
  public static FakeBotApi start() {
    return start(Options.defaults());
  }

  private static ThreadFactory daemonThreads(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  // ---- where and who --------------------------------------------------------------------------------------------

  /** The server's base URL, such as {@code http://127.0.0.1:41234}. */
  public String baseUrl() {
    return "http://" + world.options.host() + ":" + port();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String token() {
    return world.options.botToken();
  }

  public Options options() {
    return world.options;
  }

  /** The bot's own user. */
  public FakeUser bot() {
    return world.bot;
  }

  // ---- users and chats ------------------------------------------------------------------------------------------

  /** Registers (or replaces) a user without a username. */
  public FakeUser user(long id, String firstName, String languageCode) {
    return world.register(new FakeUser(id, firstName, null, languageCode));
  }

  /** Registers (or replaces) a user. */
  public FakeUser user(FakeUser user) {
    return world.register(user);
  }

  /** The user's private chat with the bot; it counts as started once the user sends anything. */
  public FakePrivateChat privateChat(FakeUser user) {
    return new FakePrivateChat(world, world.privateChat(user));
  }

  /**
   * The user's private chat, already started, as if the user had pressed Start long ago: the bot may write to it,
   * and no update is queued (for seeding many recipients without the bot answering each of them).
   */
  public FakePrivateChat startedChat(FakeUser user) {
    return new FakePrivateChat(world, world.startedChat(user));
  }

  /** A group (negative id; -100... makes a supergroup) that already has the bot as a plain member. */
  public FakeGroup group(long id, String title) {
    return new FakeGroup(world, world.group(id, title));
  }

  // ---- what the bot did -----------------------------------------------------------------------------------------

  /** Everything the bot sent to the chat, oldest first, including deleted messages. */
  public List<BotMessage> messages(long chatId) {
    return world.botMessages(chatId);
  }

  /** Waits until the bot has sent at least {@code count} messages to the chat; fails with what it saw. */
  public List<BotMessage> awaitMessages(long chatId, int count, Duration timeout) {
    return world.awaitBotMessages(chatId, count, timeout);
  }

  /** Bot messages in any chat sent or changed after the sequence number, waiting up to {@code wait} for one. */
  public List<BotMessage> messagesAfter(long seq, Duration wait) {
    return world.botMessagesAfter(null, seq, wait);
  }

  /** Waits for the bot's answer to a button press. */
  public CallbackAnswer awaitCallbackAnswer(String callbackQueryId, Duration timeout) {
    return world.awaitCallbackAnswer(callbackQueryId, timeout);
  }

  /** The answer to a button press, if the bot has answered. */
  public Optional<CallbackAnswer> callbackAnswer(String callbackQueryId) {
    synchronized (world) {
      return Optional.ofNullable(world.callbackAnswers.get(callbackQueryId));
    }
  }

  /** Recorded calls of one method (case-insensitive), oldest first; null means all methods. */
  public List<RecordedCall> calls(String method) {
    return world.calls(method);
  }

  /** The commands set for a scope (null for the default scope) and language (null for all languages). */
  public Optional<JsonNode> commands(JsonNode scope, String languageCode) {
    String scopeKey = scope == null ? "{\"type\":\"default\"}" : Json.string(scope);
    synchronized (world) {
      JsonNode commands = world.commands.get(scopeKey + "|" + (languageCode == null ? "" : languageCode));
      return Optional.ofNullable(commands == null ? null : commands.deepCopy());
    }
  }

  /** Every command list the bot set, keyed by {@code scopeJson|languageCode}. */
  public Map<String, JsonNode> allCommands() {
    synchronized (world) {
      Map<String, JsonNode> copy = new LinkedHashMap<>();
      world.commands.forEach((key, value) -> copy.put(key, value.deepCopy()));
      return copy;
    }
  }

  /** The webhook URL, if the bot set one. */
  public Optional<String> webhookUrl() {
    synchronized (world) {
      return Optional.ofNullable(world.webhook == null ? null : world.webhook.url());
    }
  }

  /** Every attempt to post an update to the webhook so far, oldest first (as many as calls are recorded). */
  public List<WebhookDelivery> webhookDeliveries() {
    synchronized (world) {
      return List.copyOf(world.webhookDeliveries);
    }
  }

  /**
   * Queues an update that was posted to the webhook once more, as Telegram does when it did not receive the
   * webhook's answer (a timeout, a lost connection): the same update, same {@code update_id}, posted again.
   *
   * @throws IllegalArgumentException when no update with that id was posted to the webhook yet
   */
  public void redeliver(long updateId) {
    synchronized (world) {
      WebhookDelivery delivered = null;
      for (WebhookDelivery delivery : world.webhookDeliveries) {
        if (delivery.updateId() == updateId) {
          delivered = delivery;
        }
      }
      if (delivered == null) {
        throw new IllegalArgumentException("update " + updateId + " was not posted to a webhook");
      }
      String type = delivered.update().properties().stream().map(Map.Entry::getKey)
          .filter(name -> !name.equals("update_id")).findFirst().orElse("message");
      world.updates.addLast(new World.PendingUpdate(updateId, type,
          (com.fasterxml.jackson.databind.node.ObjectNode) delivered.update().deepCopy()));
      world.notifyAll();
    }
  }

  /** Updates waiting for getUpdates or webhook delivery. */
  public int pendingUpdateCount() {
    synchronized (world) {
      return world.updates.size();
    }
  }

  /** How many requests were answered 429 by the rate limiter (injected 429s not included). */
  public long rateLimitedCount() {
    return rateLimiter.limitedCount();
  }

  /** Refills every rate-limit bucket. */
  public void resetRateLimits() {
    rateLimiter.reset();
  }

  // ---- failure injection ----------------------------------------------------------------------------------------

  /** Fails the next call of the method (case-insensitive, or "*" for any). */
  public void failNext(String method, Failure failure) {
    failures.add(method, null, 1, failure);
  }

  /** Fails the next {@code times} calls of the method. */
  public void failNext(String method, int times, Failure failure) {
    failures.add(method, null, times, failure);
  }

  /** Fails the next {@code times} calls of the method that target the chat. */
  public void failNext(String method, long chatId, int times, Failure failure) {
    failures.add(method, chatId, times, failure);
  }

  /** Fails every call of the method (for the chat, unless null) until {@link #clearFailures()}. */
  public void failUntilCleared(String method, Long chatId, Failure failure) {
    failures.add(method, chatId, -1, failure);
  }

  public void clearFailures() {
    failures.clear();
  }

  /** Makes every bot request fail until {@link #endOutage()}. */
  public void startOutage(Outage mode) {
    failures.startOutage(mode, System.nanoTime() + TimeUnit.DAYS.toNanos(365));
  }

  /** Makes every bot request fail for a while. */
  public void outageFor(Duration duration, Outage mode) {
    failures.startOutage(mode, System.nanoTime() + duration.toNanos());
  }

  public void endOutage() {
    failures.endOutage();
  }

  /** Stops the server, ending pending long polls. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    world.close();
    pusher.interrupt();
    server.stop(0);
    executor.shutdownNow();
  }

  World world() {
    return world;
  }

  FailureRules failures() {
    return failures;
  }
}
