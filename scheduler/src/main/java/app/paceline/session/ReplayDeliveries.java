package app.paceline.session;

import app.paceline.delivery.DeliveryDecision;
import app.paceline.delivery.DeliveryDecision.Verdict;
import app.paceline.delivery.DeliveryKey;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.DeliveryPlan;
import app.paceline.delivery.PlannedDeliveries;
import app.paceline.delivery.PlannedDeliveries.PlanResult;
import app.paceline.delivery.Recipient;
import app.paceline.learner.LearnerId;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The messages about one recording to one learner: the recording itself, due when it is posted, and one reminder
 * {@link #REMINDER_LEAD} before its window closes, unless they marked it watched. Both are keyed by learner and
 * occurrence ({@code replay:<learner>:<course>:<occurrence>}, {@code replay-reminder:...}), so posting again updates
 * what still waits and never sends anything twice, and both must go out before the window closes.
 */
public final class ReplayDeliveries {

    /** The reminder comes this long before the window closes. */
    public static final Duration REMINDER_LEAD = Duration.ofHours(24);

    private final PlannedDeliveries deliveries;
    private final WatchedReplays watched;

    public ReplayDeliveries(PlannedDeliveries deliveries, WatchedReplays watched) {
        this.deliveries = deliveries;
        this.watched = watched;
    }

    /**
     * Plans (or updates, with the current link) the recording and its reminder for one learner.
     *
     * @return what planning the recording itself did: {@link PlanResult#ALREADY_FINISHED} when it was already
     *     sent (or withdrawn), empty when the window is closed and nothing was planned
     */
    public Optional<PlanResult> plan(LearnerId learner, Replay replay, Instant now) {
        if (!replay.isOpenAt(now)) {
            return Optional.empty();
        }
        Recipient to = Recipient.learner(learner.value());
        PlanResult result = deliveries.plan(DeliveryPlan.of(recordingKey(learner, replay), to, DeliveryKind.REPLAY, now,
                payload(replay)).sendBy(replay.watchBy()));
        Instant remindAt = replay.watchBy().minus(REMINDER_LEAD);
        boolean marked = watched.find(replay.course(), replay.occurrenceId(), learner).isPresent();
        if (remindAt.isAfter(now) && !marked) {
            deliveries.plan(DeliveryPlan.of(reminderKey(learner, replay), to, DeliveryKind.REPLAY_REMINDER, remindAt,
                    payload(replay)).sendBy(replay.watchBy()));
        }
        return Optional.of(result);
    }

    /** Withdraws the reminder (the learner watched it). */
    public void withdrawReminder(LearnerId learner, Replay replay, Instant now, String why) {
        deliveries.cancel(reminderKey(learner, replay), new DeliveryDecision(now, Verdict.CANCELLED, why));
    }

    /** Withdraws whatever still waits about the recording for one learner (they left the course). */
    public void withdraw(LearnerId learner, Replay replay, Instant now, String why) {
        deliveries.cancel(recordingKey(learner, replay), new DeliveryDecision(now, Verdict.CANCELLED, why));
        withdrawReminder(learner, replay, now, why);
    }

    static DeliveryKey recordingKey(LearnerId learner, Replay replay) {
        return DeliveryKey.of("replay", Long.toString(learner.value()), replay.course().value(), replay.occurrenceId());
    }

    static DeliveryKey reminderKey(LearnerId learner, Replay replay) {
        return DeliveryKey.of("replay-reminder", Long.toString(learner.value()), replay.course().value(), replay.occurrenceId());
    }

    private static Map<String, String> payload(Replay replay) {
        Map<String, String> payload = new HashMap<>();
        payload.put("course", replay.course().value());
        payload.put("occurrence", replay.occurrenceId());
        payload.put("title", replay.title());
        payload.put("start", replay.start().toString());
        payload.put("link", replay.link().toString());
        payload.put("watchBy", replay.watchBy().toString());
        return payload;
    }
}
