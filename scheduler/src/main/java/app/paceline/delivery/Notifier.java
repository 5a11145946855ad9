package app.paceline.delivery;

/**
 * Sends one message to Telegram and says what happened. Implemented by the bot, which renders the message in the
 * recipient's language. Called from several sender threads at once; must not throw.
 */
public interface Notifier {

    DeliveryOutcome send(Outgoing outgoing);
}
