package app.paceline.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.course.DeadlineWindow;
import app.paceline.time.QuietHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreeSlotsTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void offersUsualLocalTimesThatLeaveTheWholeEffortBeforeTheDeadline() {
        var window = new DeadlineWindow(Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2026-12-02T18:30:00Z")); // 19:30 Berlin
        Instant now = Instant.parse("2026-12-01T10:00:00Z"); // 11:00 Berlin

        var slots = FreeSlots.propose(window, BERLIN, QuietHours.NIGHT, now, Duration.ofMinutes(45), List.of(), 5);

        assertThat(slots.keySet()).containsExactly(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2));
        assertThat(slots.get(LocalDate.of(2026, 12, 1))).extracting(start -> start.atZone(BERLIN).toLocalTime())
                .containsExactly(LocalTime.of(12, 30), LocalTime.of(18, 0), LocalTime.of(20, 0));
        assertThat(slots.get(LocalDate.of(2026, 12, 2))).extracting(start -> start.atZone(BERLIN).toLocalTime())
                .containsExactly(LocalTime.of(8, 0), LocalTime.of(12, 30), LocalTime.of(18, 0));
    }

    @Test
    void eveningSlotsStayAtTheSameLocalTimeAcrossTheSpringForward() {
        var window = new DeadlineWindow(Instant.parse("2026-03-27T00:00:00Z"), Instant.parse("2026-03-31T00:00:00Z"));
        Instant now = Instant.parse("2026-03-27T00:00:00Z");

        var slots = FreeSlots.propose(window, BERLIN, QuietHours.NIGHT, now, Duration.ofMinutes(30), List.of(), 4);

        assertThat(slots.get(LocalDate.of(2026, 3, 28))).contains(Instant.parse("2026-03-28T17:00:00Z")); // 18:00 CET
        assertThat(slots.get(LocalDate.of(2026, 3, 29))).contains(Instant.parse("2026-03-29T16:00:00Z")); // 18:00 CEST
    }

    @Test
    void skipsQuietHoursAndWhatIsAlreadyBooked() {
        var window = new DeadlineWindow(Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2026-12-03T00:00:00Z"));
        Instant now = Instant.parse("2026-12-01T00:00:00Z");
        var earlyBird = new QuietHours(LocalTime.of(19, 0), LocalTime.of(9, 0));
        var booked = new BookedSlot(Instant.parse("2026-12-01T11:30:00Z"), Duration.ofHours(1)); // 12:30 Berlin

        var slots = FreeSlots.propose(window, BERLIN, earlyBird, now, Duration.ofMinutes(30), List.of(booked), 1);

        assertThat(slots.get(LocalDate.of(2026, 12, 1))).extracting(start -> start.atZone(BERLIN).toLocalTime())
                .containsExactly(LocalTime.of(18, 0));
    }
}
