package app.paceline.broadcast;

import app.paceline.delivery.DeliveryDecision;
import app.paceline.delivery.DeliveryDecision.Verdict;
import app.paceline.delivery.DeliveryKey;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.DeliveryPlan;
import app.paceline.delivery.PlannedDeliveries;
import app.paceline.delivery.Recipient;
import app.paceline.schedule.DueWork;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps each running broadcast's progress message up to date, and ends the broadcast with a summary once every message
 * ended. Every {@link BroadcastSettings#refresh()} it counts each running broadcast's deliveries and, when what the
 * progress message shows changed, plans an edit of it ({@link DeliveryKind#BROADCAST_PROGRESS}, keys
 * {@code bc:<id>:progress:<n>}): one message in the sender's chat, edited in place, at most one edit on its way at a
 * time, and none before the Telegram side reported the message's id ({@link #shown}). The engine's per-chat limit
 * keeps edits to one a second, and the refresh (3 s by default) well below that.
 *
 * <p>When nothing waits any more, the progress message gets a last edit with the final numbers (without the Stop
 * button), a summary message follows as a new message (so that the sender is notified), and the broadcast is over.
 * Keys are deterministic, so two instances, or a tick repeated after a crash, plan nothing twice.
 */
public final class RefreshingBroadcasts implements DueWork {

    private static final System.Logger LOG = System.getLogger(RefreshingBroadcasts.class.getName());
    /** A stop whose withdrawal was never recorded (the instance died meanwhile) is finished without it after this. */
    static final Duration STOPPING_AT_MOST = Duration.ofMinutes(1);

    private final Broadcasts broadcasts;
    private final PlannedDeliveries deliveries;
    private final BroadcastSettings settings;

    private Instant lastScan;

    public RefreshingBroadcasts(Broadcasts broadcasts, PlannedDeliveries deliveries, BroadcastSettings settings) {
        this.broadcasts = broadcasts;
        this.deliveries = deliveries;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "broadcast-progress";
    }

    @Override
    public synchronized void runDue(Instant now) {
        boolean clockWentBack = lastScan != null && now.isBefore(lastScan);
        if (lastScan != null && !clockWentBack && now.isBefore(lastScan.plus(settings.refresh()))) {
            return;
        }
        lastScan = now;
        for (Broadcast broadcast : broadcasts.running()) {
            try {
                refresh(broadcast, now);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "could not bring broadcast " + broadcast.id() + " up to date; trying again at the next refresh", e);
            }
        }
    }

    /** The progress message is {@code messageId} in the sender's chat, showing edit {@code edit} (0: the post). */
    public void shown(String broadcast, long messageId, int edit) {
        broadcasts.shown(broadcast, messageId, edit);
    }

    void refresh(Broadcast broadcast, Instant now) {
        if (broadcast.isStopping() && now.isBefore(broadcast.stoppedAt().orElseThrow().plus(STOPPING_AT_MOST))) {
            return; // its waiting messages are being withdrawn: counting now would call them unreachable
        }
        BroadcastProgress progress = BroadcastProgress.of(broadcast, deliveries.tally(broadcast.recipientKeys()), now,
                settings.perSecond());
        if (progress.over()) {
            finish(broadcast, progress, now);
            return;
        }
        if (broadcast.messageId().isEmpty()) {
            return; // the post is on its way (or could not go out): nothing to edit yet
        }
        Map<String, String> payload = SendingBroadcasts.progressPayload(broadcast, progress,
                broadcast.isStopped() ? "stopping" : "sending", now);
        String digest = SendingBroadcasts.digest(payload);
        if (digest.equals(broadcast.digest())) {
            return;
        }
        if (broadcast.shown() < broadcast.edits() && deliveries.waiting(broadcast.editKey(broadcast.edits())).isPresent()) {
            return; // the last edit is still on its way; the next count edits to what is true then
        }
        int edit = broadcast.edits() + 1;
        planEdit(broadcast, payload, edit, now);
        broadcasts.edited(broadcast.id(), digest, edit, now);
    }

    private void finish(Broadcast broadcast, BroadcastProgress progress, Instant now) {
        String state = broadcast.isStopped() ? "stopped" : "done";
        Map<String, String> payload = SendingBroadcasts.progressPayload(broadcast, progress, state, now);
        DeliveryDecision replaced = new DeliveryDecision(now, Verdict.CANCELLED, "the broadcast is over: its last numbers replace it");
        if (broadcast.messageId().isPresent()) {
            if (broadcast.edits() > 0) {
                deliveries.cancel(broadcast.editKey(broadcast.edits()), replaced);
            }
            int edit = broadcast.edits() + 1;
            planEdit(broadcast, payload, edit, now);
            broadcasts.edited(broadcast.id(), SendingBroadcasts.digest(payload), edit, now);
        } else {
            // Never shown: the summary says it all.
            deliveries.cancel(broadcast.progressKey(), replaced);
        }
        Map<String, String> summary = new HashMap<>(payload);
        summary.put("part", "summary");
        deliveries.plan(DeliveryPlan.of(broadcast.summaryKey(), Recipient.learner(broadcast.sender().value()),
                DeliveryKind.BROADCAST_PROGRESS, now, summary));
        broadcasts.done(broadcast.id(), now);
    }

    private void planEdit(Broadcast broadcast, Map<String, String> payload, int edit, Instant now) {
        Map<String, String> withMessage = new HashMap<>(payload);
        withMessage.put("edit", Integer.toString(edit));
        withMessage.put("messageId", Long.toString(broadcast.messageId().orElseThrow()));
        DeliveryKey key = broadcast.editKey(edit);
        deliveries.plan(DeliveryPlan.of(key, Recipient.learner(broadcast.sender().value()), DeliveryKind.BROADCAST_PROGRESS,
                now, withMessage));
    }
}
