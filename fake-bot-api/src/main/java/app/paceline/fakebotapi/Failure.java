package app.paceline.fakebotapi;

import java.time.Duration;

/**
 * A failure to inject into Bot API calls, built with the static factories.
 *
 * @param status the HTTP status and error_code to answer, or 0 to answer normally (after {@code delay})
 * @param description the error description
 * @param retryAfter the retry_after parameter, or null
 * @param delay how long to hold the request before answering
 * @param drop whether to close the connection without any response
 */
public record Failure(int status, String description, Integer retryAfter, Duration delay, boolean drop) {

  public Failure {
    delay = delay == null ? Duration.ZERO : delay;
  }

  public static Failure botBlocked() {
    return error(403, "Forbidden: bot was blocked by the user");
  }

  public static Failure userDeactivated() {
    return error(403, "Forbidden: user is deactivated");
  }

  public static Failure botKicked() {
    return error(403, "Forbidden: bot was kicked from the group chat");
  }

  public static Failure chatNotFound() {
    return error(400, "Bad Request: chat not found");
  }

  /** A 5xx answer: 500 Internal Server Error, 502 Bad Gateway, 503... */
  public static Failure serverError(int status) {
    String description = switch (status) {
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "Server Error";
    };
    return error(status, description);
  }

  public static Failure tooManyRequests(int retryAfter) {
    return new Failure(429, "Too Many Requests: retry after " + retryAfter, retryAfter, Duration.ZERO, false);
  }

  /** Answers normally, but only after the delay. */
  public static Failure slow(Duration delay) {
    return new Failure(0, null, null, delay, false);
  }

  public static Failure dropConnection() {
    return new Failure(0, null, null, Duration.ZERO, true);
  }

  public static Failure error(int status, String description) {
    return new Failure(status, description, null, Duration.ZERO, false);
  }
}
