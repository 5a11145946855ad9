package app.paceline.calendar;

import app.paceline.course.DeadlineWindow;
import app.paceline.time.QuietHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Suggests times to book for an assignment: a few usual local times a day (morning, lunch, evening), inside the
 * window, leaving the whole effort before the deadline, outside quiet hours, not in the past, not on top of what
 * is booked already. Local times are resolved per day in the learner's zone, so 19:00 stays 19:00 across a
 * daylight-saving change.
 */
public final class FreeSlots {

    /** The local times offered each day. */
    static final List<LocalTime> USUAL_TIMES = List.of(LocalTime.of(8, 0), LocalTime.of(12, 30), LocalTime.of(18, 0), LocalTime.of(20, 0));
    /** A suggestion at least this far ahead, so the learner can still get ready. */
    static final Duration NOTICE = Duration.ofMinutes(30);

    private FreeSlots() {
    }

    /**
     * @param days at most this many days with suggestions
     * @return suggestions grouped by local day, earliest first
     */
    public static Map<LocalDate, List<Instant>> propose(DeadlineWindow window, ZoneId zone, QuietHours quiet, Instant now,
                                                        Duration effort, List<BookedSlot> busy, int days) {
        Map<LocalDate, List<Instant>> byDay = new LinkedHashMap<>();
        Instant earliest = now.plus(NOTICE).isAfter(window.opens()) ? now.plus(NOTICE) : window.opens();
        LocalDate day = earliest.atZone(zone).toLocalDate();
        LocalDate last = window.due().atZone(zone).toLocalDate();
        while (!day.isAfter(last) && byDay.size() < days) {
            List<Instant> free = new ArrayList<>();
            for (LocalTime time : USUAL_TIMES) {
                Instant start = ZonedDateTime.of(day, time, zone).toInstant();
                boolean inWindow = !start.isBefore(earliest) && !start.plus(effort).isAfter(window.due());
                boolean awake = !quiet.contains(start, zone);
                boolean clash = busy.stream().anyMatch(slot -> slot.overlaps(start, effort));
                if (inWindow && awake && !clash) {
                    free.add(start);
                }
            }
            if (!free.isEmpty()) {
                byDay.put(day, free);
            }
            day = day.plusDays(1);
        }
        return byDay;
    }
}
