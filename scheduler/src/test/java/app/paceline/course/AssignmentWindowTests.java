package app.paceline.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AssignmentWindowTests {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** 00:30 EDT on 2026-11-01, the US fall-back day: at 02:00 EDT clocks go back to 01:00 EST. */
    private static final Instant JOINS_BEFORE_US_FALL_BACK = Instant.parse("2026-11-01T04:30:00Z");
    /** 02:00 Europe/Berlin does not exist on 2026-03-29: clocks jump to 03:00. */
    private static final LocalDateTime IN_EU_SPRING_GAP = LocalDateTime.parse("2026-03-29T02:30");
    /** 01:30 happens twice in New York on 2026-11-01: first EDT (05:30Z), then EST (06:30Z). */
    private static final LocalDateTime IN_US_FALL_OVERLAP = LocalDateTime.parse("2026-11-01T01:30");

    @Test
    void resolvesAFixedWindowInTheCourseZone() {
        var window = new AssignmentWindow.Fixed(LocalDateTime.parse("2026-12-01T00:00"), LocalDateTime.parse("2026-12-07T23:59"));

        DeadlineWindow resolved = window.resolve(NEW_YORK, Instant.EPOCH);

        assertThat(resolved.opens()).isEqualTo(Instant.parse("2026-12-01T05:00:00Z"));
        assertThat(resolved.due()).isEqualTo(Instant.parse("2026-12-08T04:59:00Z"));
    }

    @Test
    void aFixedWindowIsTheSameForEveryLearner() {
        var window = new AssignmentWindow.Fixed(LocalDateTime.parse("2026-12-01T00:00"), LocalDateTime.parse("2026-12-07T23:59"));

        assertThat(window.resolve(NEW_YORK, Instant.parse("2026-11-20T10:00:00Z")))
                .isEqualTo(window.resolve(NEW_YORK, Instant.parse("2026-12-05T10:00:00Z")));
    }

    @Test
    void relativeDaysLandAtTheSameLocalWallTimeAcrossTheUsFallBack() {
        var window = new AssignmentWindow.AfterJoin(JoinOffset.AT_JOIN, new JoinOffset(7, Duration.ZERO));

        DeadlineWindow resolved = window.resolve(NEW_YORK, JOINS_BEFORE_US_FALL_BACK);

        assertThat(resolved.opens()).isEqualTo(JOINS_BEFORE_US_FALL_BACK);
        assertThat(resolved.due().atZone(NEW_YORK).toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-11-08T00:30"));
        // A week of calendar days that contains the fall-back is 169 hours long, not 168.
        assertThat(Duration.between(resolved.opens(), resolved.due())).isEqualTo(Duration.ofHours(169));
    }

    @Test
    void relativeDaysFromTheAfternoonOfTheFallBackDayKeepTheirWallTime() {
        Instant joinsAtTenEst = Instant.parse("2026-11-01T15:00:00Z");
        var window = new AssignmentWindow.AfterJoin(new JoinOffset(1, Duration.ZERO), new JoinOffset(7, Duration.ZERO));

        DeadlineWindow resolved = window.resolve(NEW_YORK, joinsAtTenEst);

        assertThat(resolved.opens().atZone(NEW_YORK).toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-11-02T10:00"));
        assertThat(resolved.due().atZone(NEW_YORK).toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-11-08T10:00"));
    }

    @Test
    void relativeHoursAreExactElapsedTime() {
        var window = new AssignmentWindow.AfterJoin(JoinOffset.AT_JOIN, new JoinOffset(0, Duration.ofHours(36)));

        DeadlineWindow resolved = window.resolve(NEW_YORK, JOINS_BEFORE_US_FALL_BACK);

        assertThat(resolved.due()).isEqualTo(JOINS_BEFORE_US_FALL_BACK.plus(Duration.ofHours(36)));
    }

    @Test
    void daysAndHoursCombineAsCalendarDaysThenElapsedHours() {
        var window = new AssignmentWindow.AfterJoin(JoinOffset.AT_JOIN, new JoinOffset(1, Duration.ofHours(12)));

        DeadlineWindow resolved = window.resolve(NEW_YORK, JOINS_BEFORE_US_FALL_BACK);

        // Calendar day: 2026-11-02T00:30 EST (05:30Z); then 12 exact hours.
        assertThat(resolved.due()).isEqualTo(Instant.parse("2026-11-02T17:30:00Z"));
    }

    @Test
    void aFixedTimeInTheSpringGapMovesForwardByTheGap() {
        var window = new AssignmentWindow.Fixed(IN_EU_SPRING_GAP, LocalDateTime.parse("2026-03-29T23:59"));

        DeadlineWindow resolved = window.resolve(BERLIN, Instant.EPOCH);

        assertThat(resolved.opens()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(resolved.opens().atZone(BERLIN).toLocalTime()).hasToString("03:30");
    }

    @Test
    void aDueTimeInTheFallOverlapTakesTheEarlierOffset() {
        var window = new AssignmentWindow.Fixed(LocalDateTime.parse("2026-10-31T00:00"), IN_US_FALL_OVERLAP);

        assertThat(window.resolve(NEW_YORK, Instant.EPOCH).due()).isEqualTo(Instant.parse("2026-11-01T05:30:00Z"));
    }

    @Test
    void aRelativeWindowNeverRunsBackwardsOnAShortDay() {
        // On 2026-03-08 New York springs forward: "1d" from midnight EST is 23 hours, shorter than "23h30m".
        var window = new AssignmentWindow.AfterJoin(new JoinOffset(0, Duration.ofMinutes(23 * 60 + 30)),
                new JoinOffset(1, Duration.ZERO));

        DeadlineWindow resolved = window.resolve(NEW_YORK, Instant.parse("2026-03-08T05:00:00Z"));

        assertThat(resolved.due()).isEqualTo(resolved.opens());
    }

    @Test
    void refusesWindowsThatCloseBeforeTheyOpen() {
        assertThatThrownBy(() -> new AssignmentWindow.Fixed(LocalDateTime.parse("2026-12-02T00:00"),
                LocalDateTime.parse("2026-12-01T00:00"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AssignmentWindow.AfterJoin(new JoinOffset(1, Duration.ZERO),
                new JoinOffset(0, Duration.ofHours(24)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDeadlineWindowIsOpenFromOpensUntilJustBeforeDue() {
        var window = new DeadlineWindow(Instant.parse("2026-12-01T05:00:00Z"), Instant.parse("2026-12-08T04:59:00Z"));

        assertThat(window.isOpenAt(window.opens())).isTrue();
        assertThat(window.isOpenAt(window.opens().minusSeconds(1))).isFalse();
        assertThat(window.isOpenAt(window.due().minusSeconds(1))).isTrue();
        assertThat(window.isOpenAt(window.due())).isFalse();
    }

    @Test
    void joinOffsetsReadAsWritten() {
        assertThat(JoinOffset.AT_JOIN).hasToString("0d");
        assertThat(new JoinOffset(1, Duration.ofHours(12).plusMinutes(30))).hasToString("1d12h30m");
        assertThat(new JoinOffset(0, Duration.ofHours(36))).hasToString("36h");
    }
}
