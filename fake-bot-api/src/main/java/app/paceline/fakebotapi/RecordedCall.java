package app.paceline.fakebotapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One Bot API request the bot made.
 *
 * @param method the method name as the bot spelled it
 * @param params the merged parameters; uploaded files appear as {@code {"file_name":...,"size":...}}
 * @param at when it arrived, by the options' clock
 * @param status the HTTP status answered (200, 400, 429...; 0 when the connection was dropped)
 * @param retryAfter the {@code retry_after} a 429 asked for, in seconds; null otherwise
 */
public record RecordedCall(String method, JsonNode params, Instant at, int status, Integer retryAfter) {

  public RecordedCall(String method, JsonNode params, Instant at, int status) {
    this(method, params, at, status, null);
  }
}
