package app.paceline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** 02:00 Europe/Berlin does not exist on this night; clocks jump to 03:00. */
    private static final Instant EU_SPRING_FORWARD_NIGHT = Instant.parse("2026-03-29T00:30:00Z");

    @Test
    void aNightSpanWrapsPastMidnight() {
        Instant lateEvening = Instant.parse("2026-12-01T22:30:00Z"); // 23:30 in Berlin
        Instant earlyMorning = Instant.parse("2026-12-02T04:00:00Z"); // 05:00 in Berlin
        Instant afternoon = Instant.parse("2026-12-02T14:00:00Z");

        assertThat(QuietHours.NIGHT.endOfQuietAround(lateEvening, BERLIN)).contains(Instant.parse("2026-12-02T06:00:00Z"));
        assertThat(QuietHours.NIGHT.endOfQuietAround(earlyMorning, BERLIN)).contains(Instant.parse("2026-12-02T06:00:00Z"));
        assertThat(QuietHours.NIGHT.contains(afternoon, BERLIN)).isFalse();
    }

    @Test
    void endsAtSevenLocalOnTheNightClocksSpringForward() {
        // 01:30 local (CET); quiet ends at 07:00 CEST = 05:00 UTC, not 06:00 UTC.
        assertThat(QuietHours.NIGHT.endOfQuietAround(EU_SPRING_FORWARD_NIGHT, BERLIN)).contains(Instant.parse("2026-03-29T05:00:00Z"));
    }

    @Test
    void aSpanWithinOneDayAndNoneAtAll() {
        var lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0));
        assertThat(lunch.endOfQuietAround(Instant.parse("2026-12-01T11:30:00Z"), BERLIN)).contains(Instant.parse("2026-12-01T12:00:00Z"));
        assertThat(lunch.contains(Instant.parse("2026-12-01T12:30:00Z"), BERLIN)).isFalse();
        assertThat(QuietHours.NONE.contains(Instant.parse("2026-12-01T02:00:00Z"), BERLIN)).isFalse();
    }
}
