package app.paceline.fakebotapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Routes HTTP requests: {@code /bot<token>/<method>}, {@code /file/bot<token>/<path>} and {@code /_fake/...}. */
final class HttpFront implements HttpHandler {

  private final World world;
  private final BotMethods methods;
  private final FailureRules failures;
  private final ControlApi control;

  HttpFront(World world, BotMethods methods, FailureRules failures, ControlApi control) {
    this.world = world;
    this.methods = methods;
    this.failures = failures;
    this.control = control;
  }

  @Override
  public void handle(HttpExchange exchange) {
    try {
      String path = exchange.getRequestURI().getRawPath();
      if (path.equals("/_fake") || path.startsWith("/_fake/")) {
        control.handle(exchange);
      } else if (path.startsWith("/file/bot")) {
        download(exchange, path.substring("/file/bot".length()));
      } else if (path.startsWith("/bot")) {
        botCall(exchange, path.substring("/bot".length()));
      } else {
        send(exchange, 404, Json.error(new ApiError(404, "Not Found", null)));
      }
    } catch (Throwable e) {
      try {
        send(exchange, 500, Json.error(new ApiError(500, "Internal Server Error: " + e, null)));
      } catch (IOException | RuntimeException ignored) {
        // The response was already under way; closing the exchange below is all that is left.
      }
    } finally {
      exchange.close();
    }
  }

  private void botCall(HttpExchange exchange, String rest) throws IOException {
    int slash = rest.indexOf('/');
    String token = URLDecoder.decode(slash < 0 ? rest : rest.substring(0, slash), StandardCharsets.UTF_8);
    if (!token.equals(world.options.botToken())) {
      send(exchange, 401, Json.error(new ApiError(401, "Unauthorized", null)));
      return;
    }
    String method = slash < 0 ? "" : rest.substring(slash + 1);
    String lower = method.toLowerCase(Locale.ROOT);
    if (!BotMethods.KNOWN.contains(lower)) {
      send(exchange, 404, Json.error(new ApiError(404, "Not Found", null)));
      return;
    }
    Params params;
    try {
      params = Params.parse(exchange.getRequestURI().getRawQuery(),
          exchange.getRequestHeaders().getFirst("Content-Type"), readBody(exchange));
    } catch (IllegalArgumentException e) {
      reply(exchange, method, Params.of(Json.object()), ApiError.badRequest(e.getMessage()));
      return;
    } catch (ApiError e) {
      reply(exchange, method, Params.of(Json.object()), e);
      return;
    }
    Outage outage = failures.outage();
    if (outage == Outage.DROP_CONNECTION) {
      world.record(new RecordedCall(method, params.values(), world.now(), 0));
      return;
    }
    if (outage == Outage.BAD_GATEWAY) {
      reply(exchange, method, params, new ApiError(502, "Bad Gateway", null));
      return;
    }
    Failure failure = failures.take(lower, params.longValue("chat_id"));
    if (failure != null) {
      if (!failure.delay().isZero()) {
        try {
          Thread.sleep(failure.delay().toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      if (failure.drop()) {
        world.record(new RecordedCall(method, params.values(), world.now(), 0));
        return;
      }
      if (failure.status() != 0) {
        reply(exchange, method, params, new ApiError(failure.status(), failure.description(), failure.retryAfter()));
        return;
      }
    }
    try {
      JsonNode result = methods.call(lower, params);
      world.record(new RecordedCall(method, params.values(), world.now(), 200));
      send(exchange, 200, Json.ok(result));
    } catch (ApiError error) {
      reply(exchange, method, params, error);
    }
  }

  private void reply(HttpExchange exchange, String method, Params params, ApiError error) throws IOException {
    world.record(new RecordedCall(method, params.values(), world.now(), error.code(), error.retryAfter()));
    send(exchange, error.code(), Json.error(error));
  }

  private void download(HttpExchange exchange, String rest) throws IOException {
    int slash = rest.indexOf('/');
    String token = slash < 0 ? rest : rest.substring(0, slash);
    if (!URLDecoder.decode(token, StandardCharsets.UTF_8).equals(world.options.botToken())) {
      send(exchange, 401, Json.error(new ApiError(401, "Unauthorized", null)));
      return;
    }
    String filePath = slash < 0 ? "" : URLDecoder.decode(rest.substring(slash + 1), StandardCharsets.UTF_8);
    World.StoredFile file;
    synchronized (world) {
      file = world.filesByPath.get(filePath);
    }
    if (file == null) {
      send(exchange, 404, Json.error(new ApiError(404, "Not Found", null)));
      return;
    }
    exchange.getResponseHeaders().set("Content-Type",
        file.mimeType() == null ? "application/octet-stream" : file.mimeType());
    exchange.sendResponseHeaders(200, file.bytes().length == 0 ? -1 : file.bytes().length);
    exchange.getResponseBody().write(file.bytes());
  }

  static byte[] readBody(HttpExchange exchange) throws IOException {
    try (InputStream body = exchange.getRequestBody()) {
      return body.readAllBytes();
    }
  }

  static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = Json.bytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }
}
