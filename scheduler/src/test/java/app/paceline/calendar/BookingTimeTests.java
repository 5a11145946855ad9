package app.paceline.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.course.CourseCode;
import app.paceline.course.CourseFileExamples;
import app.paceline.course.EnrollingLearner;
import app.paceline.course.ImportingCourse;
import app.paceline.course.InMemoryCourses;
import app.paceline.course.InMemoryEnrollments;
import app.paceline.course.ListingCourses;
import app.paceline.course.yaml.YamlCourseFileReader;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.InMemoryPlannedDeliveries;
import app.paceline.learner.InMemoryLearners;
import app.paceline.learner.Learner;
import app.paceline.learner.LearnerId;
import app.paceline.time.QuietHours;
import app.paceline.time.SimulatedClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Booking time for the example course's "sourcing" assignment: open 2026-12-01 00:00 to 12-07 23:59 New York. */
class BookingTimeTests {

    private static final CourseCode BAKER = new CourseCode("baker-2026");
    private static final LearnerId CREATOR = new LearnerId(1);
    private static final LearnerId ANA = new LearnerId(1001);
    /** 2026-12-02 09:00 in New York. */
    private static final Instant WEDNESDAY_MORNING = Instant.parse("2026-12-02T14:00:00Z");
    private static final Instant DUE = Instant.parse("2026-12-08T04:59:00Z");

    private final SimulatedClock clock = SimulatedClock.stoppedAt(WEDNESDAY_MORNING);
    private final InMemoryCourses courses = new InMemoryCourses();
    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final InMemoryAssignmentProgresses progresses = new InMemoryAssignmentProgresses();
    private final InMemoryPlannedDeliveries deliveries = new InMemoryPlannedDeliveries();
    private final PlanningNudges nudges = new PlanningNudges(
            new LearnerAssignments(new ListingCourses(courses, enrollments), courses, enrollments, progresses), deliveries, clock);
    private final InMemoryLearners learners = new InMemoryLearners();
    private final BookingTime booking = new BookingTime(courses, enrollments, progresses, deliveries, nudges, learners, clock);

    @BeforeEach
    void aCourseWithAnEnrolledLearner() {
        new ImportingCourse(courses, enrollments, new YamlCourseFileReader(), clock)
                .importFile(CREATOR.value(), CourseFileExamples.text(CourseFileExamples.MASTER_BAKER));
        new EnrollingLearner(courses, enrollments, clock).enroll(ANA, BAKER.value());
        learners.save(Learner.firstSeen(ANA, "Ana", "en", WEDNESDAY_MORNING).withTimeZone(ZoneId.of("America/New_York")));
    }

    @Test
    void bookingInsideTheWindowStoresTheSlotAndPlansItsReminderTenMinutesBefore() {
        Instant friday7pm = Instant.parse("2026-12-05T00:00:00Z");

        var outcome = booking.book(ANA, BAKER, "sourcing", friday7pm);

        assertThat(outcome).isInstanceOfSatisfying(BookingOutcome.Booked.class, booked -> {
            assertThat(booked.tight()).isFalse();
            assertThat(booked.window().due()).isEqualTo(DUE);
        });
        var reminder = deliveries.waiting(BookingTime.reminderKeys(new AssignmentRef(ANA, BAKER, "sourcing"),
                new BookedSlot(friday7pm, Duration.ofMinutes(45))).get(0)).orElseThrow();
        assertThat(reminder.plan().kind()).isEqualTo(DeliveryKind.SLOT_REMINDER);
        assertThat(reminder.plan().due()).isEqualTo(friday7pm.minus(Duration.ofMinutes(10)));
        assertThat(reminder.plan().sendBy()).contains(DUE);
        assertThat(reminder.plan().payload()).containsEntry("title", "Sourcing ingredients").containsEntry("effortMinutes", "45");
    }

    @Test
    void neverInThePastNorAtOrAfterTheDeadline() {
        assertThat(booking.book(ANA, BAKER, "sourcing", WEDNESDAY_MORNING.minusSeconds(60))).isInstanceOf(BookingOutcome.InThePast.class);
        assertThat(booking.book(ANA, BAKER, "sourcing", DUE)).isInstanceOf(BookingOutcome.AfterDeadline.class);
        assertThat(progresses.find(new AssignmentRef(ANA, BAKER, "sourcing"))).isEmpty();
        assertThat(deliveries.countWaiting()).isZero();
    }

    @Test
    void aSlotThatLeavesLessThanTheEffortBeforeTheDeadlineIsBookedWithAWarning() {
        var outcome = booking.book(ANA, BAKER, "sourcing", DUE.minus(Duration.ofMinutes(30)));

        assertThat(outcome).isInstanceOfSatisfying(BookingOutcome.Booked.class, booked -> assertThat(booked.tight()).isTrue());
    }

    @Test
    void slotsOfDifferentAssignmentsMayNotOverlap() {
        Instant start = Instant.parse("2026-12-05T00:00:00Z");
        booking.book(ANA, BAKER, "sourcing", start);

        var outcome = booking.book(ANA, BAKER, "knife-skills", start.plus(Duration.ofMinutes(20)));

        assertThat(outcome).isInstanceOf(BookingOutcome.Overlaps.class);
    }

    @Test
    void onlyEnrolledLearnersBookAndOnlyAssignmentsOfTheCourse() {
        assertThat(booking.book(new LearnerId(2002), BAKER, "sourcing", Instant.parse("2026-12-05T00:00:00Z")))
                .isInstanceOf(BookingOutcome.NotEnrolled.class);
        assertThat(booking.book(ANA, BAKER, "no-such", Instant.parse("2026-12-05T00:00:00Z")))
                .isInstanceOf(BookingOutcome.UnknownAssignment.class);
    }

    @Test
    void severalSlotsPerAssignmentAreAllowed() {
        booking.book(ANA, BAKER, "sourcing", Instant.parse("2026-12-03T00:00:00Z"));
        booking.book(ANA, BAKER, "sourcing", Instant.parse("2026-12-05T00:00:00Z"));

        assertThat(progresses.find(new AssignmentRef(ANA, BAKER, "sourcing")).orElseThrow().slots()).hasSize(2);
        assertThat(slotReminders()).isEqualTo(2);
    }

    @Test
    void doneCancelsTheRemindersOfEverySlot() {
        var changing = new ChangingBookings(progresses, deliveries, booking, nudges, clock);
        booking.book(ANA, BAKER, "sourcing", Instant.parse("2026-12-03T00:00:00Z"));
        booking.book(ANA, BAKER, "sourcing", Instant.parse("2026-12-05T00:00:00Z"));
        var ref = new AssignmentRef(ANA, BAKER, "sourcing");

        assertThat(changing.markDone(ref)).isTrue();

        assertThat(deliveries.countWaiting()).isZero();
        assertThat(progresses.find(ref).orElseThrow().isDone()).isTrue();
        assertThat(changing.markDone(ref)).isFalse();
        assertThat(booking.book(ANA, BAKER, "sourcing", Instant.parse("2026-12-06T00:00:00Z"))).isInstanceOf(BookingOutcome.AlreadyDone.class);
    }

    @Test
    void snoozingMovesTheSlotAndItsReminderFifteenMinutesLater() {
        var changing = new ChangingBookings(progresses, deliveries, booking, nudges, clock);
        Instant start = Instant.parse("2026-12-05T00:00:00Z");
        booking.book(ANA, BAKER, "sourcing", start);
        var ref = new AssignmentRef(ANA, BAKER, "sourcing");
        String slot = new BookedSlot(start, Duration.ofMinutes(45)).id();

        var outcome = changing.snooze(ref, slot, Duration.ofMinutes(15));

        assertThat(outcome).isInstanceOf(BookingOutcome.Booked.class);
        assertThat(progresses.find(ref).orElseThrow().slots()).extracting(BookedSlot::start).containsExactly(start.plus(Duration.ofMinutes(15)));
        assertThat(slotReminders()).isEqualTo(1);
    }

    @Test
    void aMoveThatCannotBeBookedKeepsTheOldSlot() {
        var changing = new ChangingBookings(progresses, deliveries, booking, nudges, clock);
        Instant start = Instant.parse("2026-12-05T00:00:00Z");
        booking.book(ANA, BAKER, "sourcing", start);
        var ref = new AssignmentRef(ANA, BAKER, "sourcing");

        var outcome = changing.move(ref, new BookedSlot(start, Duration.ofMinutes(45)).id(), DUE.plusSeconds(3600));

        assertThat(outcome).isInstanceOf(BookingOutcome.AfterDeadline.class);
        assertThat(progresses.find(ref).orElseThrow().slots()).extracting(BookedSlot::start).containsExactly(start);
        assertThat(slotReminders()).isEqualTo(1);
    }

    @Test
    void anUnbookedAssignmentGetsDeadlineRemindersAndOneAtRiskNudgeABookedOneOnlyReminders() {
        var ref = new AssignmentRef(ANA, BAKER, "sourcing");
        nudges.refresh(ref);

        var risk = deliveries.waiting(app.paceline.delivery.DeliveryKey.of("risk", ref.key())).orElseThrow();
        assertThat(risk.plan().kind()).isEqualTo(DeliveryKind.AT_RISK_NUDGE);
        assertThat(risk.plan().due()).isEqualTo(DUE.minus(Duration.ofMinutes(45)).minus(Duration.ofDays(1)));
        assertThat(deliveries.waiting(app.paceline.delivery.DeliveryKey.of("deadline", ref.key(), "PT24H"))).isPresent();
        assertThat(deliveries.waiting(app.paceline.delivery.DeliveryKey.of("deadline", ref.key(), "PT2H"))).isPresent();

        booking.book(ANA, BAKER, "sourcing", Instant.parse("2026-12-05T00:00:00Z"));
        assertThat(deliveries.waiting(app.paceline.delivery.DeliveryKey.of("risk", ref.key()))).isEmpty();
        assertThat(deliveries.waiting(app.paceline.delivery.DeliveryKey.of("deadline", ref.key(), "PT24H"))).isPresent();

        new ChangingBookings(progresses, deliveries, booking, nudges, clock).markDone(ref);
        assertThat(deliveries.countWaiting()).as("silence for finished work").isZero();
    }

    private long slotReminders() {
        return deliveries.waitingOfKind(DeliveryKind.SLOT_REMINDER);
    }

    @Test
    void movingBackToATimeUsedBeforeStillGetsAReminder() {
        var changing = new ChangingBookings(progresses, deliveries, booking, nudges, clock);
        var ref = new AssignmentRef(ANA, BAKER, "sourcing");
        Instant wednesday = Instant.parse("2026-12-03T00:00:00Z");
        Instant thursday = Instant.parse("2026-12-04T00:00:00Z");
        booking.book(ANA, BAKER, "sourcing", wednesday);

        changing.move(ref, new BookedSlot(wednesday, Duration.ofMinutes(45)).id(), thursday);
        changing.move(ref, new BookedSlot(thursday, Duration.ofMinutes(45)).id(), wednesday);

        assertThat(progresses.find(ref).orElseThrow().slots()).extracting(BookedSlot::start).containsExactly(wednesday);
        assertThat(slotReminders()).isEqualTo(1);
    }

    @Test
    void anOutdatedSnoozeOrMoveChangesNothing() {
        var changing = new ChangingBookings(progresses, deliveries, booking, nudges, clock);
        var ref = new AssignmentRef(ANA, BAKER, "sourcing");
        Instant start = Instant.parse("2026-12-03T00:00:00Z");
        booking.book(ANA, BAKER, "sourcing", start);
        String slot = new BookedSlot(start, Duration.ofMinutes(45)).id();
        changing.move(ref, slot, start.plus(Duration.ofHours(2)));

        assertThat(changing.snooze(ref, slot, Duration.ofMinutes(15))).isInstanceOf(BookingOutcome.NoSuchSlot.class);
        assertThat(changing.move(ref, slot, start.plus(Duration.ofHours(5)))).isInstanceOf(BookingOutcome.NoSuchSlot.class);
        assertThat(progresses.find(ref).orElseThrow().slots()).hasSize(1);
        assertThat(slotReminders()).isEqualTo(1);
    }

    @Test
    void aLearnersOwnReminderLeadAppliesToNewAndAlreadyBookedSlots() {
        var settings = new ChangingSettings(learners, booking);
        var ref = new AssignmentRef(ANA, BAKER, "sourcing");
        Instant friday7pm = Instant.parse("2026-12-05T00:00:00Z");
        booking.book(ANA, BAKER, "sourcing", friday7pm);

        assertThat(settings.reminderLead(ANA, Duration.ofMinutes(30))).isPresent();

        var key = BookingTime.reminderKeys(ref, new BookedSlot(friday7pm, Duration.ofMinutes(45))).get(0);
        assertThat(deliveries.waiting(key).orElseThrow().plan().due()).isEqualTo(friday7pm.minus(Duration.ofMinutes(30)));
        Instant saturday7pm = Instant.parse("2026-12-06T00:00:00Z");
        booking.book(ANA, BAKER, "knife-skills", saturday7pm);
        var knife = BookingTime.reminderKeys(new AssignmentRef(ANA, BAKER, "knife-skills"), new BookedSlot(saturday7pm, Duration.ofMinutes(30))).get(0);
        assertThat(deliveries.waiting(knife).orElseThrow().plan().due()).isEqualTo(saturday7pm.minus(Duration.ofMinutes(30)));
        assertThat(slotReminders()).as("no second reminder for the same slot").isEqualTo(2);
    }

    @Test
    void aReminderLeadOutsideTheOfferedChoicesChangesNothing() {
        var settings = new ChangingSettings(learners, booking);

        assertThat(settings.reminderLead(ANA, Duration.ofMinutes(7))).isEmpty();
        assertThat(settings.reminderLead(ANA, Duration.ofMinutes(-5))).isEmpty();

        assertThat(learners.find(ANA).orElseThrow().reminderLead()).isEqualTo(Learner.DEFAULT_REMINDER_LEAD);
    }

    @Test
    void aReminderAlreadySentIsNotSentAgainWhenTheLeadGrows() {
        var settings = new ChangingSettings(learners, booking);
        var ref = new AssignmentRef(ANA, BAKER, "sourcing");
        Instant soon = WEDNESDAY_MORNING.plus(Duration.ofMinutes(20));
        booking.book(ANA, BAKER, "sourcing", soon);
        var key = BookingTime.reminderKeys(ref, new BookedSlot(soon, Duration.ofMinutes(45))).get(0);
        clock.advance(Duration.ofMinutes(11));
        deliveries.finish(deliveries.waiting(key).orElseThrow(), new app.paceline.delivery.DeliveryDecision(clock.instant(),
                app.paceline.delivery.DeliveryDecision.Verdict.SENT, ""));

        settings.reminderLead(ANA, Duration.ofHours(1));

        assertThat(slotReminders()).isZero();
    }

    @Test
    void quietHoursAreStoredForTheLearner() {
        var settings = new ChangingSettings(learners, booking);
        var late = new QuietHours(LocalTime.of(23, 30), LocalTime.of(8, 0));

        assertThat(settings.quietHours(ANA, late)).isPresent();

        assertThat(learners.find(ANA).orElseThrow().quietHours()).isEqualTo(late);
        assertThat(settings.quietHours(new LearnerId(99), late)).isEmpty();
    }

    @Test
    void afterAMoveToAnotherZoneBookedTimesCanKeepTheirLocalWallClockTime() {
        var changing = new ChangingBookings(progresses, deliveries, booking, nudges, clock);
        var retiming = new RetimingBookings(new LearnerAssignments(new ListingCourses(courses, enrollments), courses, enrollments, progresses),
                changing, clock);
        ZoneId newYork = ZoneId.of("America/New_York");
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        // Booked while in New York: Thursday and Friday 19:00 local (00:00Z the next day).
        Instant thursday7pm = Instant.parse("2026-12-04T00:00:00Z");
        Instant friday7pm = Instant.parse("2026-12-05T00:00:00Z");
        booking.book(ANA, BAKER, "sourcing", thursday7pm);
        booking.book(ANA, BAKER, "knife-skills", friday7pm);

        var retimed = retiming.keepLocalTimes(ANA, newYork, berlin);

        assertThat(retimed.moved()).hasSize(2);
        assertThat(retimed.kept()).isEmpty();
        assertThat(progresses.find(new AssignmentRef(ANA, BAKER, "sourcing")).orElseThrow().slots())
                .extracting(slot -> slot.start().atZone(berlin).toLocalDateTime().toString())
                .containsExactly("2026-12-03T19:00");
        assertThat(progresses.find(new AssignmentRef(ANA, BAKER, "knife-skills")).orElseThrow().slots())
                .extracting(slot -> slot.start().atZone(berlin).toLocalDateTime().toString())
                .containsExactly("2026-12-04T19:00");
        assertThat(slotReminders()).as("the old reminders went with the old times").isEqualTo(2);
    }

    @Test
    void aSlotWhoseLocalTimeWouldFallAfterTheDeadlineKeepsItsMoment() {
        var changing = new ChangingBookings(progresses, deliveries, booking, nudges, clock);
        var retiming = new RetimingBookings(new LearnerAssignments(new ListingCourses(courses, enrollments), courses, enrollments, progresses),
                changing, clock);
        // Booked while in Berlin for Tuesday 05:00 there (Monday 23:00 in New York, an hour before the deadline);
        // Tuesday 05:00 in Los Angeles would be hours after it.
        Instant lateMonday = Instant.parse("2026-12-08T04:00:00Z");
        booking.book(ANA, BAKER, "sourcing", lateMonday);

        var retimed = retiming.keepLocalTimes(ANA, ZoneId.of("Europe/Berlin"), ZoneId.of("America/Los_Angeles"));

        assertThat(retimed.moved()).isEmpty();
        assertThat(retimed.kept()).singleElement().satisfies(kept -> assertThat(kept.why()).isInstanceOf(BookingOutcome.AfterDeadline.class));
        assertThat(progresses.find(new AssignmentRef(ANA, BAKER, "sourcing")).orElseThrow().slots())
                .extracting(BookedSlot::start).containsExactly(lateMonday);
        assertThat(slotReminders()).isEqualTo(1);
    }
}
