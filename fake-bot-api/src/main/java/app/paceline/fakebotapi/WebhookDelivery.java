package app.paceline.fakebotapi;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One attempt of the fake to post an update to the bot's webhook.
 *
 * @param updateId the update's id
 * @param update   the update as posted
 * @param status   the HTTP status the webhook answered; 0 when it did not answer (connection refused, timeout)
 */
public record WebhookDelivery(long updateId, JsonNode update, int status) {
}
