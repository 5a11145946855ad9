package app.paceline.announce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AnnouncementScheduleTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Clocks in Berlin jump from 02:00 to 03:00 on Sunday 28 March 2027. */
    private static final Instant BEFORE_EU_SPRING_FORWARD = Instant.parse("2027-03-22T12:00:00Z");
    /** Clocks in New York jump from 02:00 to 03:00 on Sunday 14 March 2027. */
    private static final Instant BEFORE_US_SPRING_FORWARD = Instant.parse("2027-03-09T12:00:00Z");
    /** Clocks in New York go back from 02:00 to 01:00 on Sunday 7 November 2027. */
    private static final Instant BEFORE_US_FALL_BACK = Instant.parse("2027-11-02T12:00:00Z");

    @Test
    void aWeeklyPostStaysAtNineOnTheBerlinClockAcrossSpringForward() {
        var mondayNine = new AnnouncementSchedule.Weekly(DayOfWeek.MONDAY, LocalTime.of(9, 0), BERLIN);

        Instant first = mondayNine.firstAtOrAfter(BEFORE_EU_SPRING_FORWARD).orElseThrow();
        Instant second = mondayNine.firstAfter(first).orElseThrow();

        assertThat(first).isEqualTo(Instant.parse("2027-03-29T07:00:00Z")); // 09:00 CEST, the first Monday after the change
        assertThat(mondayNine.firstAtOrAfter(Instant.parse("2027-03-15T00:00:00Z")).orElseThrow())
                .isEqualTo(Instant.parse("2027-03-15T08:00:00Z")); // 09:00 CET
        assertThat(second).isEqualTo(Instant.parse("2027-04-05T07:00:00Z"));
        assertThat(second.atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(9, 0));
    }

    @Test
    void aWeeklyPostStaysAtNineOnTheNewYorkClockAcrossBothChanges() {
        var mondayNine = new AnnouncementSchedule.Weekly(DayOfWeek.MONDAY, LocalTime.of(9, 0), NEW_YORK);

        Instant beforeSpring = mondayNine.firstAtOrAfter(Instant.parse("2027-03-08T00:00:00Z")).orElseThrow();
        Instant afterSpring = mondayNine.firstAfter(beforeSpring).orElseThrow();
        Instant beforeFall = mondayNine.firstAtOrAfter(Instant.parse("2027-11-01T00:00:00Z")).orElseThrow();
        Instant afterFall = mondayNine.firstAfter(beforeFall).orElseThrow();

        assertThat(beforeSpring).isEqualTo(Instant.parse("2027-03-08T14:00:00Z")); // EST
        assertThat(afterSpring).isEqualTo(Instant.parse("2027-03-15T13:00:00Z")); // EDT: 7 days minus an hour later
        assertThat(beforeFall).isEqualTo(Instant.parse("2027-11-01T13:00:00Z")); // EDT
        assertThat(afterFall).isEqualTo(Instant.parse("2027-11-08T14:00:00Z")); // EST
        assertThat(mondayNine.firstAtOrAfter(BEFORE_US_SPRING_FORWARD)).contains(afterSpring);
        assertThat(mondayNine.firstAtOrAfter(BEFORE_US_FALL_BACK)).contains(afterFall);
    }

    @Test
    void aWeeklyTimeTheClocksSkipIsPostedWhenTheyShowItAfterTheJumpAndATimeThatHappensTwiceTheFirstTime() {
        var sundayHalfPastTwo = new AnnouncementSchedule.Weekly(DayOfWeek.SUNDAY, LocalTime.of(2, 30), BERLIN);

        assertThat(sundayHalfPastTwo.firstAtOrAfter(BEFORE_EU_SPRING_FORWARD))
                .contains(Instant.parse("2027-03-28T01:30:00Z")); // 03:30 CEST
        assertThat(sundayHalfPastTwo.firstAtOrAfter(Instant.parse("2027-10-30T12:00:00Z")))
                .contains(Instant.parse("2027-10-31T00:30:00Z")); // 02:30 CEST, not 02:30 CET an hour later
    }

    @Test
    void theSameWeekdayLaterTodayIsTodayAndEarlierTodayIsNextWeek() {
        var mondayNine = new AnnouncementSchedule.Weekly(DayOfWeek.MONDAY, LocalTime.of(9, 0), BERLIN);
        Instant mondayEight = Instant.parse("2027-03-15T07:00:00Z");
        Instant mondayNineExactly = Instant.parse("2027-03-15T08:00:00Z");

        assertThat(mondayNine.firstAtOrAfter(mondayEight)).contains(mondayNineExactly);
        assertThat(mondayNine.firstAtOrAfter(mondayNineExactly)).contains(mondayNineExactly);
        assertThat(mondayNine.firstAfter(mondayNineExactly)).contains(Instant.parse("2027-03-22T08:00:00Z"));
    }

    @Test
    void aOneOffPostHasNoneLeftAfterItsTime() {
        Instant at = Instant.parse("2027-03-15T08:00:00Z");
        var once = new AnnouncementSchedule.Once(at);

        assertThat(once.firstAtOrAfter(at)).contains(at);
        assertThat(once.firstAfter(at)).isEmpty();
    }
}
