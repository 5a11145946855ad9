package app.paceline.announce;

import app.paceline.delivery.DeliveryDecision;
import app.paceline.delivery.PlannedDeliveries;
import app.paceline.schedule.DueWork;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Moves announcements on when their post is due: a one-off one is then posted; a weekly one gets its next post
 * planned (one week on, at the same local time). Runs before the delivery engine on each tick and plans the due
 * post again first (a no-op when it is waiting or already sent), so that an announcement stored by an instance that
 * died before planning its post is still posted.
 *
 * <p>Reads the store only when the earliest next post it knows of is due, or a minute after its last read (to see
 * what other instances and admins scheduled meanwhile): posts are planned ahead by {@link Announcing} and by this
 * work, so that minute only delays the planning of a post a week away, never a post.
 */
public final class PostingAnnouncements implements DueWork {

    static final Duration REREAD = Duration.ofMinutes(1);
    static final int BATCH = 100;

    private final Announcements announcements;
    private final PlannedDeliveries deliveries;
    private Instant earliest = Instant.MIN;
    private Instant lastRead = Instant.MIN;

    public PostingAnnouncements(Announcements announcements, PlannedDeliveries deliveries) {
        this.announcements = Objects.requireNonNull(announcements);
        this.deliveries = Objects.requireNonNull(deliveries);
    }

    @Override
    public String name() {
        return "announcements";
    }

    @Override
    public synchronized void runDue(Instant now) {
        if (now.isBefore(earliest) && now.isBefore(lastRead.plus(REREAD)) && !now.isBefore(lastRead)) {
            return;
        }
        List<Announcement> due;
        do {
            due = announcements.dueBy(now, BATCH);
            due.forEach(announcement -> moveOn(announcement, now));
        } while (due.size() == BATCH);
        lastRead = now;
        earliest = announcements.earliestNext().orElse(Instant.MAX);
    }

    private void moveOn(Announcement announcement, Instant now) {
        Instant due = announcement.nextAt().orElseThrow();
        deliveries.plan(Announcing.post(announcement, due));
        // The post after this one; a weekly one late by more than a week (the bot was down) skips what it missed.
        Optional<Instant> next = announcement.schedule().firstAfter(due.isBefore(now) ? now : due);
        Announcement moved = next.map(at -> announcement.withState(AnnouncementState.SCHEDULED, Optional.of(at)))
                .orElseGet(() -> announcement.withState(AnnouncementState.POSTED, Optional.empty()));
        next.ifPresent(at -> deliveries.plan(Announcing.post(announcement, at)));
        if (!announcements.replaceIfUnchanged(announcement, moved)) {
            // Cancelled meanwhile: the post planned for later must not go out.
            next.ifPresent(at -> deliveries.cancel(announcement.deliveryKey(at),
                    new DeliveryDecision(now, DeliveryDecision.Verdict.CANCELLED, "announcement cancelled")));
        }
    }
}
