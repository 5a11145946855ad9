package app.paceline.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.course.Challenge;
import app.paceline.course.Course;
import java.util.List;
import app.paceline.delivery.PlannedDelivery;
import app.paceline.learner.LearnerId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReleasingChallengeDaysTests extends ChallengeTestWorld {

    private static Instant at(String localDateTime, String zone) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), ZoneId.of(zone)).toInstant();
    }

    @Test
    void eachDayIsReleasedOnceAtEightInEachLearnersOwnZone() {
        course(challenge("ten", Optional.of(COHORT_START), 10));
        LearnerId kolkata = learner(1001, "Asia/Kolkata");
        LearnerId lordHowe = learner(1002, "Australia/Lord_Howe");
        join(kolkata);
        join(lordHowe);

        runUntil(Instant.parse("2026-12-14T00:00:00Z"));

        assertThat(dripsOf(kolkata)).hasSize(10);
        for (int day = 1; day <= 10; day++) {
            PlannedDelivery drip = dripsOf(kolkata).get(day - 1);
            assertThat(drip.plan().payload()).containsEntry("day", Integer.toString(day));
            assertThat(drip.plan().due()).isEqualTo(at(COHORT_START.plusDays(day - 1) + "T08:00", "Asia/Kolkata"));
        }
        assertThat(dripsOf(lordHowe)).extracting(d -> d.plan().due())
                .first().isEqualTo(at("2026-12-02T08:00", "Australia/Lord_Howe"));
        assertThat(catchUpsOf(kolkata)).as("nobody did anything, but one catch-up message only").hasSize(1);
        assertThat(standing(kolkata, "ten").nextRelease()).isEmpty();
    }

    @Test
    void aLearnerJoiningACohortLateGetsTheReleasedDaysAsOneBundleThenOneADay() {
        course(challenge("ten", Optional.of(COHORT_START), 10));
        clock.set(Instant.parse("2026-12-05T12:00:00Z"));
        LearnerId late = learner(1003, "Europe/Berlin");
        join(late);

        tick();

        assertThat(dripsOf(late)).hasSize(4).allSatisfy(d -> {
            assertThat(d.plan().bundle()).contains("drip:1003:baker-2026:ten");
            assertThat(d.plan().due()).isBefore(clock.instant());
        });
        assertThat(catchUpsOf(late)).as("the bundle is the catch-up").isEmpty();

        runUntil(Instant.parse("2026-12-06T12:00:00Z"));
        assertThat(dripsOf(late)).hasSize(5);
        assertThat(dripsOf(late).get(4).plan().due()).isEqualTo(at("2026-12-06T08:00", "Europe/Berlin"));
    }

    @Test
    void onJoinStartsTodayAndDayOneComesAtOnceWhenTheReleaseTimeHasPassed() {
        course(challenge("own", Optional.empty(), 5));
        clock.set(at("2026-12-03T10:30", "Pacific/Chatham"));
        LearnerId chatham = learner(1004, "Pacific/Chatham");
        join(chatham);

        tick();

        assertThat(dripsOf(chatham)).singleElement().satisfies(d -> {
            assertThat(d.plan().payload()).containsEntry("day", "1");
            assertThat(d.plan().due()).isEqualTo(at("2026-12-03T08:00", "Pacific/Chatham"));
        });
        assertThat(standing(chatham, "own").nextRelease()).contains(at("2026-12-04T08:00", "Pacific/Chatham"));
    }

    @Test
    void aLearnerBehindGetsOneCatchUpMessageUntilTheyCatchUp() {
        course(challenge("ten", Optional.of(COHORT_START), 10));
        LearnerId berlin = learner(1005, "Europe/Berlin");
        join(berlin);

        runUntil(at("2026-12-04T09:00", "Europe/Berlin")); // days 1-3 out, none done
        assertThat(catchUpsOf(berlin)).singleElement().satisfies(d -> assertThat(d.plan().payload()).containsEntry("behind", "1,2"));
        runUntil(at("2026-12-05T09:00", "Europe/Berlin"));
        assertThat(catchUpsOf(berlin)).as("still behind: no second message").hasSize(1);

        for (int day = 1; day <= 4; day++) {
            taking.markDone(berlin, BAKER, "ten", day, Optional.empty());
        }
        runUntil(at("2026-12-08T09:00", "Europe/Berlin")); // days 5-7 out, not done: behind again
        assertThat(catchUpsOf(berlin)).hasSize(2);
        assertThat(catchUpsOf(berlin).get(1).plan().payload()).containsEntry("behind", "5,6");
    }

    @Test
    void daysNotSentYetDoNotCountAsBehind() {
        course(challenge("ten", Optional.of(COHORT_START), 10));
        clock.set(Instant.parse("2026-12-05T12:00:00Z"));
        LearnerId late = learner(1011, "Europe/Berlin");
        join(late);
        sending = false;
        tick(); // days 1-4 planned as one bundle, which the engine puts off past the learner's quiet hours, to 10:00
        Instant tomorrowTen = at("2026-12-06T10:00", "Europe/Berlin");
        for (var claimed : deliveries.claimDue(clock.instant(), clock.instant(), 10, "engine", tomorrowTen, java.util.Set.of())) {
            deliveries.release(claimed, "engine", tomorrowTen, 0, Optional.empty(), new app.paceline.delivery.DeliveryDecision(
                    clock.instant(), app.paceline.delivery.DeliveryDecision.Verdict.DEFERRED, "quiet hours"));
        }

        runUntil(at("2026-12-06T09:00", "Europe/Berlin"));

        assertThat(dripsOf(late)).hasSize(5);
        assertThat(catchUpsOf(late)).as("the bundle that has not gone out yet is no reason to say they are behind").isEmpty();

        sending = true;
        runUntil(at("2026-12-07T09:00", "Europe/Berlin"));
        assertThat(catchUpsOf(late)).as("days they have and did not do are").hasSize(1);
    }

    @Test
    void theLocalReleaseTimeHoldsAcrossADaylightSavingChange() {
        course(new Challenge("spring", "Spring", Optional.of(LocalDate.parse("2027-03-26")), LocalTime.of(8, 0), 3, false,
                challenge("x", Optional.empty(), 5).days()));
        clock.set(Instant.parse("2027-03-20T00:00:00Z"));
        LearnerId berlin = learner(1006, "Europe/Berlin");
        LearnerId sydney = learner(1007, "Australia/Sydney");
        join(berlin);
        join(sydney);

        runUntil(Instant.parse("2027-04-06T00:00:00Z"));

        // Berlin springs forward on 28 March, Sydney falls back on 4 April: 08:00 stays 08:00 locally.
        assertThat(dripsOf(berlin)).extracting(d -> d.plan().due().atZone(ZoneId.of("Europe/Berlin")).toLocalTime())
                .hasSize(5).containsOnly(LocalTime.of(8, 0));
        assertThat(dripsOf(berlin).get(1).plan().due()).isEqualTo(Instant.parse("2027-03-27T07:00:00Z"));
        assertThat(dripsOf(berlin).get(2).plan().due()).isEqualTo(Instant.parse("2027-03-28T06:00:00Z"));
        assertThat(dripsOf(sydney)).extracting(d -> d.plan().due().atZone(ZoneId.of("Australia/Sydney")).toLocalTime())
                .hasSize(5).containsOnly(LocalTime.of(8, 0));
    }

    @Test
    void aNewZoneOrReleaseTimeKeepsTheLocalTimeOfTheDaysToCome() {
        course(challenge("ten", Optional.of(COHORT_START), 10));
        LearnerId mover = learner(1008, "Europe/Berlin");
        join(mover);
        runUntil(at("2026-12-03T12:00", "Europe/Berlin"));

        learners.save(learners.find(mover).orElseThrow().withTimeZone(ZoneId.of("Asia/Tokyo")));
        following.learnerMoved(mover);
        assertThat(standing(mover, "ten").nextRelease()).contains(at("2026-12-04T08:00", "Asia/Tokyo"));

        taking.releaseAt(mover, BAKER, "ten", Optional.of(LocalTime.of(6, 30)));
        assertThat(standing(mover, "ten").nextRelease()).contains(at("2026-12-04T06:30", "Asia/Tokyo"));
        runUntil(at("2026-12-04T07:00", "Asia/Tokyo"));
        assertThat(dripsOf(mover)).hasSize(3).last().satisfies(d -> assertThat(d.plan().due()).isEqualTo(at("2026-12-04T06:30", "Asia/Tokyo")));
    }

    @Test
    void aChallengeMovedBeforeItBeganStartsOnTheNewDateAndAReleaseTimeChangeMovesTheDaysToCome() {
        Course before = course(challenge("ten", Optional.of(COHORT_START), 10));
        LearnerId kolkata = learner(1012, "Asia/Kolkata");
        join(kolkata);
        Challenge later = new Challenge("ten", "Ten", Optional.of(COHORT_START.plusDays(3)), LocalTime.of(7, 15), 3, false,
                challenge("x", Optional.empty(), 10).days());
        Course after = before.reimported(new app.paceline.course.CourseFile(BAKER, before.title(), before.zone(), List.of(),
                List.of(), List.of(later)), clock.instant());
        courses.replace(after);

        following.courseUpdated(before, after);

        assertThat(standing(kolkata, "ten").nextRelease()).contains(at("2026-12-05T07:15", "Asia/Kolkata"));
        runUntil(Instant.parse("2026-12-06T00:00:00Z"));
        assertThat(dripsOf(kolkata)).singleElement().satisfies(d -> assertThat(d.plan().due()).isEqualTo(at("2026-12-05T07:15", "Asia/Kolkata")));
    }

    @Test
    void pausingStopsReleasesAndResumingMovesTheRestOnByThePausedDays() {
        course(challenge("ten", Optional.of(COHORT_START), 10));
        LearnerId kolkata = learner(1009, "Asia/Kolkata");
        join(kolkata);
        runUntil(at("2026-12-03T12:00", "Asia/Kolkata")); // days 1-2

        assertThat(taking.pause(kolkata, BAKER, "ten")).isInstanceOf(ChallengeOutcome.Changed.class);
        runUntil(at("2026-12-06T12:00", "Asia/Kolkata"));
        assertThat(dripsOf(kolkata)).hasSize(2);
        assertThat(taking.markDone(kolkata, BAKER, "ten", 1, Optional.empty()))
                .as("released days stay open while paused").isInstanceOf(ChallengeOutcome.Changed.class);

        taking.resume(kolkata, BAKER, "ten");
        assertThat(standing(kolkata, "ten").nextRelease()).contains(at("2026-12-07T08:00", "Asia/Kolkata"));
        runUntil(at("2026-12-07T12:00", "Asia/Kolkata"));
        assertThat(dripsOf(kolkata)).hasSize(3);
    }

    @Test
    void leavingTheCourseEndsItsChallengesAndWithdrawsWhatWasNotSentYet() {
        course(challenge("ten", Optional.of(COHORT_START), 10));
        LearnerId leaver = learner(1010, "Asia/Kolkata");
        join(leaver);
        sending = false; // day 1 released, not sent yet when they leave
        runUntil(at("2026-12-02T09:00", "Asia/Kolkata"));
        assertThat(deliveries.waiting(ReleasingChallengeDays.dayKey(standing(leaver, "ten").enrollment(), 1))).isPresent();

        leaving.leave(leaver, BAKER);

        assertThat(listing.of(leaver)).isEmpty();
        assertThat(deliveries.allWaiting()).isEmpty();
        sending = true;
        runUntil(at("2026-12-06T09:00", "Asia/Kolkata"));
        assertThat(dripsOf(leaver)).hasSize(1);
        assertThat(enrollments.mostReleased(BAKER, "ten")).isEqualTo(1);
    }
}
