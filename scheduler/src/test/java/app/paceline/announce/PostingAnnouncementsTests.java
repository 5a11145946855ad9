package app.paceline.announce;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.course.CourseCode;
import app.paceline.delivery.DeliveryDecision;
import app.paceline.delivery.InMemoryPlannedDeliveries;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostingAnnouncementsTests {

    private static final CourseCode BAKER = new CourseCode("baker-2026");
    private static final long GROUP = -1_001_234_567_890L;
    private static final Instant CREATED = Instant.parse("2027-03-04T12:00:00Z");
    /** Monday 8 March 2027, 09:00 in New York, then 15 March 09:00 EDT. */
    private static final Instant FIRST = Instant.parse("2027-03-08T14:00:00Z");
    private static final Instant SECOND = Instant.parse("2027-03-15T13:00:00Z");

    private final InMemoryAnnouncements store = new InMemoryAnnouncements();
    private final InMemoryPlannedDeliveries deliveries = new InMemoryPlannedDeliveries();
    private final Announcement weekly = new Announcement("aaaaaaaaaa", BAKER, GROUP, "Check-in", false,
            new AnnouncementSchedule.Weekly(DayOfWeek.MONDAY, LocalTime.of(9, 0), ZoneId.of("America/New_York")), 1, CREATED,
            AnnouncementState.SCHEDULED, Optional.of(FIRST));

    @Test
    void anAnnouncementStoredByAnInstanceThatDiedBeforePlanningItsPostIsPostedAtItsTimeAnyway() {
        store.add(weekly);

        new PostingAnnouncements(store, deliveries).runDue(FIRST);

        assertThat(deliveries.waiting(weekly.deliveryKey(FIRST))).isPresent();
        assertThat(deliveries.waiting(weekly.deliveryKey(SECOND))).isPresent();
    }

    @Test
    void aCancelBetweenReadingAndMovingOnWithdrawsThePostPlannedForNextWeek() {
        store.add(weekly);
        var cancelling = new CancellingAnnouncements(store, deliveries, java.time.Clock.fixed(CREATED, ZoneId.of("UTC")));
        Announcements cancelledMeanwhile = new Announcements() {
            @Override
            public void add(Announcement announcement) {
                store.add(announcement);
            }

            @Override
            public Optional<Announcement> find(String id) {
                return store.find(id);
            }

            @Override
            public List<Announcement> scheduledIn(long groupChatId) {
                return store.scheduledIn(groupChatId);
            }

            @Override
            public long countScheduledIn(long groupChatId) {
                return store.countScheduledIn(groupChatId);
            }

            @Override
            public List<Announcement> dueBy(Instant instant, int limit) {
                return store.dueBy(instant, limit);
            }

            @Override
            public Optional<Instant> earliestNext() {
                return store.earliestNext();
            }

            @Override
            public boolean replaceIfUnchanged(Announcement expected, Announcement changed) {
                if (changed.state() == AnnouncementState.SCHEDULED) {
                    cancelling.cancel(expected.id(), GROUP); // an admin presses Cancel right now
                }
                return store.replaceIfUnchanged(expected, changed);
            }
        };

        new PostingAnnouncements(cancelledMeanwhile, deliveries).runDue(FIRST);

        assertThat(store.find(weekly.id()).orElseThrow().state()).isEqualTo(AnnouncementState.CANCELLED);
        assertThat(deliveries.waiting(weekly.deliveryKey(SECOND))).isEmpty();
        assertThat(deliveries.finished(weekly.deliveryKey(SECOND)).orElseThrow().outcome()).isEqualTo(DeliveryDecision.Verdict.CANCELLED);
    }

    @Test
    void aWeeklyAnnouncementLateByWeeksSkipsWhatItMissed() {
        store.add(weekly);
        Instant monthLater = Instant.parse("2027-04-06T12:00:00Z");

        new PostingAnnouncements(store, deliveries).runDue(monthLater);

        assertThat(store.find(weekly.id()).orElseThrow().nextAt()).contains(Instant.parse("2027-04-12T13:00:00Z"));
    }
}
