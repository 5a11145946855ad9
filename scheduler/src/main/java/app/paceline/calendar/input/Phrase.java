package app.paceline.calendar.input;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

/** What the words of a typed time say, before the zone and {@code now} turn it into an instant. */
sealed interface Phrase {

    /** {@code now}, {@code сейчас}. */
    record Now() implements Phrase {
    }

    /** {@code in 2 hours}: exactly this long after now. */
    record After(Duration duration) implements Phrase {
    }

    /** {@code 2 hours ago}: exactly this long before now. */
    record Ago(Duration duration) implements Phrase {
    }

    /** A day (or none) and a local time (or none, or midnight). */
    record OnDay(Day day, Time time) implements Phrase {
    }

    /** Words that name no time; the problem can be told without the zone. */
    record Refused(TimeProblem problem, Map<String, Object> arguments) implements Phrase {
    }

    /** Which day. */
    sealed interface Day {
    }

    /** A calendar date: {@code today}, {@code завтра}, {@code 2026-12-03}, {@code 3 Dec}. */
    record OnDate(LocalDate date) implements Day {
    }

    /** The next such weekday: today if the time is still ahead, else a week later. */
    record NextWeekday(DayOfWeek weekday) implements Day {
    }

    /** No day given: today if the time is still ahead, else tomorrow. */
    record NextDay() implements Day {
    }

    /** Which local time. */
    sealed interface Time {
    }

    /** A wall-clock time, seconds dropped. */
    record At(LocalTime time) implements Time {
    }

    /** {@code midnight}, {@code 24:00}: clear without a day (the next one), ambiguous with one. */
    record Midnight() implements Time {
    }

    /** No time was given. */
    record Missing() implements Time {
    }
}
