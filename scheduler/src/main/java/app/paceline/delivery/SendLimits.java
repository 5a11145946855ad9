package app.paceline.delivery;

/**
 * Telegram's flood limits as we keep them ourselves, so that a 429 is rare. Defaults follow the Bot FAQ: about 30
 * messages a second overall, about one a second per private chat, 20 a minute per group; paid broadcasts up to
 * 1000 a second. Bursts are kept small on purpose: Telegram's own buckets see our messages with network jitter.
 *
 * @param globalPerSecond     all chats together
 * @param globalBurst         messages that may leave at once overall
 * @param paidPerSecond       all chats together, for paid broadcasts
 * @param privatePerSecond    one private chat
 * @param privateBurst        messages to one private chat at once
 * @param groupPerMinute      one group
 * @param groupBurst          messages to one group at once
 */
public record SendLimits(double globalPerSecond, int globalBurst, double paidPerSecond, double privatePerSecond,
                         int privateBurst, double groupPerMinute, int groupBurst) {

    public static final SendLimits TELEGRAM = new SendLimits(30, 5, 1000, 1, 1, 20, 3);

    public SendLimits {
        if (globalPerSecond <= 0 || paidPerSecond <= 0 || privatePerSecond <= 0 || groupPerMinute <= 0
                || globalBurst < 1 || privateBurst < 1 || groupBurst < 1) {
            throw new IllegalArgumentException("send limits must be positive: " + this);
        }
    }
}
