package app.paceline.announce;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.course.CourseCode;
import app.paceline.delivery.DeliveryDecision;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.InMemoryPlannedDeliveries;
import app.paceline.delivery.PlannedDelivery;
import app.paceline.time.SimulatedClock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AnnouncingTests {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final CourseCode BAKER = new CourseCode("baker-2026");
    private static final long GROUP = -1_001_234_567_890L;
    private static final long ADMIN = 4242;

    private final SimulatedClock clock = SimulatedClock.stoppedAt(NOW);
    private final InMemoryAnnouncements announcements = new InMemoryAnnouncements();
    private final InMemoryPlannedDeliveries deliveries = new InMemoryPlannedDeliveries();
    private final AtomicInteger ids = new AtomicInteger();
    private final Announcing announcing = new Announcing(announcements, deliveries, clock,
            () -> "ann%07d".formatted(ids.incrementAndGet()));
    private final CancellingAnnouncements cancelling = new CancellingAnnouncements(announcements, deliveries, clock);
    private final PostingAnnouncements posting = new PostingAnnouncements(announcements, deliveries);

    @Test
    void aPostNowIsPlannedAtOnceForTheGroupWithTheTextEscaped() {
        var outcome = announcing.announce(request("Bring <flour> & eggs", false, new Announcing.Now()));

        var planned = (Announcing.Outcome.Planned) outcome;
        assertThat(planned.firstPost()).isEqualTo(NOW);
        assertThat(planned.announcement().state()).isEqualTo(AnnouncementState.POSTED);
        PlannedDelivery post = deliveries.waiting(planned.announcement().deliveryKey(NOW)).orElseThrow();
        assertThat(post.plan().kind()).isEqualTo(DeliveryKind.ANNOUNCEMENT);
        assertThat(post.recipient().chatId()).isEqualTo(GROUP);
        assertThat(post.recipient().group()).isTrue();
        assertThat(post.plan().payload()).containsEntry("text", "Bring &lt;flour&gt; &amp; eggs").containsEntry("pin", "false");
        assertThat(post.plan().sendBy()).contains(NOW.plus(Announcing.STALE_AFTER));
    }

    @Test
    void aTimeInThePastIsRefusedAndNothingIsStoredOrPlanned() {
        var outcome = announcing.announce(request("Hello", false, new Announcing.At(NOW.minusSeconds(60))));

        assertThat(outcome).isEqualTo(new Announcing.Outcome.InThePast(NOW.minusSeconds(60)));
        assertThat(announcements.scheduledIn(GROUP)).isEmpty();
        assertThat(deliveries.countWaiting()).isZero();
    }

    @Test
    void anEmptyOrTooLongTextIsRefused() {
        assertThat(announcing.announce(request("   ", false, new Announcing.Now()))).isInstanceOf(Announcing.Outcome.Empty.class);
        assertThat(announcing.announce(request("x".repeat(Announcement.MAX_TEXT + 1), false, new Announcing.Now())))
                .isEqualTo(new Announcing.Outcome.TooLong(Announcement.MAX_TEXT + 1, Announcement.MAX_TEXT));
        assertThat(announcing.announce(request("x".repeat(Announcement.MAX_TEXT), false, new Announcing.Now())))
                .isInstanceOf(Announcing.Outcome.Planned.class);
    }

    @Test
    void aGroupHoldsAtMostFiftyWaitingAnnouncementsButMayStillPostNow() {
        for (int i = 0; i < Announcing.MAX_SCHEDULED_PER_GROUP; i++) {
            assertThat(announcing.announce(request("n" + i, false, new Announcing.At(NOW.plus(Duration.ofHours(i + 1))))))
                    .isInstanceOf(Announcing.Outcome.Planned.class);
        }

        assertThat(announcing.announce(request("one more", false, new Announcing.At(NOW.plus(Duration.ofDays(3))))))
                .isEqualTo(new Announcing.Outcome.TooMany(Announcing.MAX_SCHEDULED_PER_GROUP));
        assertThat(announcing.announce(request("now", false, new Announcing.Now()))).isInstanceOf(Announcing.Outcome.Planned.class);
        assertThat(announcing.announce(new Announcing.Request(BAKER, GROUP - 1, "other group", false,
                new Announcing.At(NOW.plusSeconds(60)), ADMIN))).isInstanceOf(Announcing.Outcome.Planned.class);
    }

    @Test
    void aOneOffAnnouncementIsPostedOnceAtItsTime() {
        Instant at = Instant.parse("2026-12-02T14:00:00Z");
        var announcement = planned(announcing.announce(request("Q&A at 10", true, new Announcing.At(at))));

        tick(at.minusSeconds(1));
        tick(at);

        assertThat(announcements.find(announcement.id()).orElseThrow().state()).isEqualTo(AnnouncementState.POSTED);
        assertThat(keys()).containsExactly(announcement.deliveryKey(at).value());
        assertThat(deliveries.waiting(announcement.deliveryKey(at)).orElseThrow().plan().payload()).containsEntry("pin", "true");
    }

    @Test
    void aWeeklyAnnouncementIsPlannedOneWeekAtATimeAtNineNewYorkTimeAcrossTheChangeOfClocks() {
        // Monday 2027-03-08 09:00 EST, then Monday 2027-03-15 09:00 EDT (clocks went forward on the 14th).
        clock.set(Instant.parse("2027-03-04T12:00:00Z"));
        var announcement = planned(announcing.announce(request("Weekly check-in", false,
                new Announcing.Every(DayOfWeek.MONDAY, LocalTime.of(9, 0), NEW_YORK))));
        Instant first = Instant.parse("2027-03-08T14:00:00Z");
        Instant second = Instant.parse("2027-03-15T13:00:00Z");
        assertThat(announcement.nextAt()).contains(first);
        assertThat(keys()).containsExactly(announcement.deliveryKey(first).value());

        tick(first);

        assertThat(announcements.find(announcement.id()).orElseThrow().nextAt()).contains(second);
        assertThat(keys()).containsExactly(announcement.deliveryKey(first).value(), announcement.deliveryKey(second).value());
    }

    @Test
    void cancellingWithdrawsTheNextPostAndOnlyInItsOwnGroup() {
        Instant at = NOW.plus(Duration.ofDays(1));
        var announcement = planned(announcing.announce(request("Hello", false, new Announcing.At(at))));

        assertThat(cancelling.cancel(announcement.id(), GROUP - 1)).isInstanceOf(CancellingAnnouncements.Outcome.NotFound.class);
        assertThat(cancelling.cancel("zzzzzzzzzz", GROUP)).isInstanceOf(CancellingAnnouncements.Outcome.NotFound.class);
        assertThat(cancelling.cancel("../../etc", GROUP)).isInstanceOf(CancellingAnnouncements.Outcome.NotFound.class);
        assertThat(cancelling.cancel(announcement.id(), GROUP)).isInstanceOf(CancellingAnnouncements.Outcome.Cancelled.class);

        assertThat(deliveries.waiting(announcement.deliveryKey(at))).isEmpty();
        assertThat(deliveries.finished(announcement.deliveryKey(at)).orElseThrow().outcome())
                .isEqualTo(DeliveryDecision.Verdict.CANCELLED);
        assertThat(cancelling.cancel(announcement.id(), GROUP)).isInstanceOf(CancellingAnnouncements.Outcome.NotFound.class);
        tick(at);
        assertThat(deliveries.countWaiting()).isZero();
    }

    @Test
    void aOneOffAnnouncementWhoseTimeHasComeCannotBeCancelled() {
        Instant at = NOW.plusSeconds(30);
        var announcement = planned(announcing.announce(request("Hello", false, new Announcing.At(at))));
        clock.set(at);

        assertThat(cancelling.cancel(announcement.id(), GROUP)).isInstanceOf(CancellingAnnouncements.Outcome.NotFound.class);
    }

    private void tick(Instant at) {
        clock.set(at);
        posting.runDue(at);
    }

    private List<String> keys() {
        return deliveries.allWaiting().stream().map(d -> d.key().value()).sorted().toList();
    }

    private static Announcement planned(Announcing.Outcome outcome) {
        return ((Announcing.Outcome.Planned) outcome).announcement();
    }

    private static Announcing.Request request(String text, boolean pinned, Announcing.When when) {
        return new Announcing.Request(BAKER, GROUP, text, pinned, when, ADMIN);
    }
}
