package app.paceline.fakebotapi;

import java.util.concurrent.CountDownLatch;

/** Runs {@link FakeBotApi} standalone: {@code FakeBotApiServer --port 8081 --token ... --username ...}. */
public final class FakeBotApiServer {

  private FakeBotApiServer() {
  }

  public static void main(String[] args) throws InterruptedException {
    FakeBotApi.Options options = FakeBotApi.Options.defaults().port(8081);
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      switch (flag) {
        case "--port" -> options = options.port(Integer.parseInt(value(args, ++i, flag)));
        case "--host" -> options = options.host(value(args, ++i, flag));
        case "--token" -> options = options.botToken(value(args, ++i, flag));
        case "--username" -> options = options.botUsername(value(args, ++i, flag));
        case "--no-rate-limits" -> options = options.withoutRateLimits();
        default -> {
          System.err.println("usage: FakeBotApiServer [--port 8081] [--host 127.0.0.1] [--token 123:abc]"
              + " [--username my_bot] [--no-rate-limits]");
          System.exit(2);
        }
      }
    }
    FakeBotApi api = FakeBotApi.start(options);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      api.close();
      stopped.countDown();
    }));
    System.out.println("Fake Telegram Bot API listening on " + api.baseUrl());
    System.out.println("  bot: @" + options.botUsername() + " token " + options.botToken());
    System.out.println("  control API: " + api.baseUrl() + "/_fake/state");
    stopped.await();
  }

  private static String value(String[] args, int index, String flag) {
    if (index >= args.length) {
      throw new IllegalArgumentException(flag + " needs a value");
    }
    return args[index];
  }
}
