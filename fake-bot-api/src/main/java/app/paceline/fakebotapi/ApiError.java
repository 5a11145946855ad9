package app.paceline.fakebotapi;

/** An error answered to the bot in the Bot API's {@code {"ok":false,...}} shape. */
final class ApiError extends RuntimeException {

  private final int code;
  private final String description;
  private final Integer retryAfter;

  ApiError(int code, String description, Integer retryAfter) {
    super(description, null, false, false);
    this.code = code;
    this.description = description;
    this.retryAfter = retryAfter;
  }

  static ApiError badRequest(String reason) {
    return new ApiError(400, "Bad Request: " + reason, null);
  }

  static ApiError forbidden(String reason) {
    return new ApiError(403, "Forbidden: " + reason, null);
  }

  static ApiError tooManyRequests(int retryAfter) {
    return new ApiError(429, "Too Many Requests: retry after " + retryAfter, retryAfter);
  }

  int code() {
    return code;
  }

  String description() {
    return description;
  }

  Integer retryAfter() {
    return retryAfter;
  }
}
