package app.paceline.announce;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every announcement, by id. Moving one on (its next post, its state) is a compare-and-set on what the writer read,
 * so that the metronome moving a weekly one on and an admin cancelling it at the same moment cannot both win.
 */
public interface Announcements {

    void add(Announcement announcement);

    Optional<Announcement> find(String id);

    /** The scheduled ones of a group, next post first. */
    List<Announcement> scheduledIn(long groupChatId);

    /** How many are scheduled in a group. */
    long countScheduledIn(long groupChatId);

    /** Scheduled ones whose next post is at or before {@code instant}, at most {@code limit}, earliest first. */
    List<Announcement> dueBy(Instant instant, int limit);

    /** The earliest next post of any scheduled one. */
    Optional<Instant> earliestNext();

    /**
     * Replaces {@code expected} with {@code changed} (same id) if it is still scheduled with the next post
     * {@code expected} had; false when someone else changed it first (nothing written).
     */
    boolean replaceIfUnchanged(Announcement expected, Announcement changed);
}
