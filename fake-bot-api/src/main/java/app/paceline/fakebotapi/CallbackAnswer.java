package app.paceline.fakebotapi;

import java.time.Instant;

/**
 * The bot's answerCallbackQuery for a button press.
 *
 * @param callbackQueryId the query answered
 * @param text the notification text, or null
 * @param showAlert whether it asked for an alert instead of a toast
 * @param url the url to open, or null
 * @param answeredAt when the answer arrived, by the options' clock
 */
public record CallbackAnswer(String callbackQueryId, String text, boolean showAlert, String url,
    Instant answeredAt) {
}
