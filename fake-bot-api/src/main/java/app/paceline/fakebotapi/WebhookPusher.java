package app.paceline.fakebotapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * Delivers queued updates to the webhook one at a time, in order, retrying a few times like Telegram does.
 *
 * <p>Every attempt is recorded ({@link FakeBotApi#webhookDeliveries()}); a test can have an update delivered once
 * more ({@link FakeBotApi#redeliver(long)}), as Telegram does when it did not get the webhook's answer.
 *
 * <p>A webhook answer that is itself a method call ({@code {"method":"sendMessage",...}}) is executed, as the real
 * API allows.
 */
final class WebhookPusher implements Runnable {

  private static final int ATTEMPTS = 3;

  private final World world;
  private final BotMethods methods;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  WebhookPusher(World world, BotMethods methods) {
    this.world = world;
    this.methods = methods;
  }

  @Override
  public void run() {
    while (true) {
      World.PendingUpdate update;
      World.Webhook webhook;
      synchronized (world) {
        while (!world.closed && (world.webhook == null || world.updates.isEmpty())) {
          try {
            world.wait();
          } catch (InterruptedException e) {
            return;
          }
        }
        if (world.closed) {
          return;
        }
        webhook = world.webhook;
        update = world.updates.peekFirst();
      }
      String error = null;
      for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
        error = deliver(webhook, update);
        if (error == null || Thread.currentThread().isInterrupted()) {
          break;
        }
        try {
          Thread.sleep(100L * attempt);
        } catch (InterruptedException e) {
          return;
        }
      }
      synchronized (world) {
        // Whether delivered or given up on, the update leaves the queue, unless the queue changed meanwhile.
        if (world.updates.peekFirst() == update) {
          world.updates.removeFirst();
        }
        if (error != null) {
          world.lastWebhookError = error;
          world.lastWebhookErrorDate = world.now().getEpochSecond();
        }
        world.notifyAll();
      }
    }
  }

  private String deliver(World.Webhook webhook, World.PendingUpdate update) {
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(webhook.url()))
          .timeout(Duration.ofSeconds(30))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofByteArray(Json.bytes(update.json())));
      if (webhook.secretToken() != null) {
        request.header("X-Telegram-Bot-Api-Secret-Token", webhook.secretToken());
      }
      HttpResponse<byte[]> response;
      try {
        response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (Exception e) {
        world.recordDelivery(new WebhookDelivery(update.id(), update.json().deepCopy(), 0));
        throw e;
      }
      world.recordDelivery(new WebhookDelivery(update.id(), update.json().deepCopy(), response.statusCode()));
      if (response.statusCode() / 100 != 2) {
        return "Wrong response from the webhook: " + response.statusCode();
      }
      answerInResponse(response.body());
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "Interrupted";
    } catch (Exception e) {
      return "Connection refused";
    }
  }

  private void answerInResponse(byte[] body) {
    if (body.length == 0) {
      return;
    }
    try {
      JsonNode node = Json.parse(body);
      if (node.isObject() && node.hasNonNull("method")) {
        String method = node.get("method").asText().toLowerCase(Locale.ROOT);
        if (BotMethods.KNOWN.contains(method) && !method.equals("getupdates")) {
          methods.call(method, Params.of(((com.fasterxml.jackson.databind.node.ObjectNode) node).deepCopy()));
        }
      }
    } catch (RuntimeException e) {
      // Telegram silently ignores a webhook answer it cannot execute.
    }
  }
}
