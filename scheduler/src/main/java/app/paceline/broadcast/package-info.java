/**
 * Broadcasts: a course's creator (or co-creator) sends one message to every learner enrolled in the course, by DM,
 * paced below Telegram's overall limit, and watches one progress message in their own chat that is edited in place
 * until a summary ends it.
 *
 * <p>{@link app.paceline.broadcast.SendingBroadcasts} is what the creator does (send, stop);
 * {@link app.paceline.broadcast.RefreshingBroadcasts} counts on the metronome and keeps the progress message up to
 * date. Sending is the delivery engine's ({@link app.paceline.delivery}); words are the bot's. Ports:
 * {@link app.paceline.broadcast.Broadcasts}, and {@link app.paceline.delivery.PlannedDeliveries#tally} for counting.
 */
package app.paceline.broadcast;
