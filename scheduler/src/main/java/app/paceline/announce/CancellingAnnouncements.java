package app.paceline.announce;

import app.paceline.delivery.DeliveryDecision;
import app.paceline.delivery.PlannedDeliveries;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Cancels a scheduled announcement of a group and withdraws its planned post. Whoever calls this has checked that
 * the one asking is an admin of that group now; here only the group must match, so that an id from another group
 * (or a forged one) finds nothing.
 */
public final class CancellingAnnouncements {

    /** What came of it. */
    public sealed interface Outcome {
        /** Cancelled: no post of it comes any more; {@code next} was its next post. */
        record Cancelled(Announcement announcement, Instant next) implements Outcome {
        }

        /** No scheduled announcement with this id in this group (unknown, another group's, cancelled or posted). */
        record NotFound() implements Outcome {
        }
    }

    private final Announcements announcements;
    private final PlannedDeliveries deliveries;
    private final Clock clock;

    public CancellingAnnouncements(Announcements announcements, PlannedDeliveries deliveries, Clock clock) {
        this.announcements = Objects.requireNonNull(announcements);
        this.deliveries = Objects.requireNonNull(deliveries);
        this.clock = Objects.requireNonNull(clock);
    }

    public Outcome cancel(String id, long groupChatId) {
        if (!Announcement.isId(id)) {
            return new Outcome.NotFound();
        }
        Instant now = clock.instant();
        // A few tries: the metronome may move a weekly one on between our read and our write.
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<Announcement> found = announcements.find(id)
                    .filter(a -> a.groupChatId() == groupChatId && a.state() == AnnouncementState.SCHEDULED);
            if (found.isEmpty()) {
                return new Outcome.NotFound();
            }
            Announcement announcement = found.get();
            Instant next = announcement.nextAt().orElseThrow();
            if (!announcement.recurring() && !next.isAfter(now)) {
                return new Outcome.NotFound(); // its one post is out (or going out)
            }
            Announcement cancelled = announcement.withState(AnnouncementState.CANCELLED, Optional.empty());
            if (announcements.replaceIfUnchanged(announcement, cancelled)) {
                deliveries.cancel(announcement.deliveryKey(next), new DeliveryDecision(now, DeliveryDecision.Verdict.CANCELLED, "announcement cancelled"));
                return new Outcome.Cancelled(cancelled, next);
            }
        }
        return new Outcome.NotFound();
    }
}
