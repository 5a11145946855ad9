package app.paceline.announce;

import app.paceline.calendar.input.TimeInput;
import app.paceline.calendar.input.TimeNote;
import app.paceline.calendar.input.TimeProblem;
import app.paceline.calendar.input.TimeReading;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what follows {@code /announce}: {@code [pin] <text>} (now), {@code [pin] at <time> <text>} (once) or
 * {@code [pin] every <weekday> <time> <text>} (weekly), with times as {@link TimeInput} reads them (English or
 * Russian: {@code tomorrow 9:00}, {@code Fri 8pm}, {@code 3.12 19:30}, {@code in 2 hours}, {@code завтра в 9:00}) in
 * the course's zone. Where the time ends and the text begins: at the first line break if there is one, else after
 * the longest run of up to {@value #MAX_TIME_WORDS} words that reads as a time. Weekdays in English or Russian,
 * also plural ({@code every monday}, {@code every Mon}, {@code каждый понедельник}, {@code по понедельникам}).
 * Never throws, never reads the clock.
 */
public final class AnnouncementInput {

    /** The longest times people write ("в пятницу 4 декабря 2026 года в 8 часов вечера") have 9 words. */
    static final int MAX_TIME_WORDS = 10;

    /** What the text says. */
    public sealed interface Reading {
    }

    /**
     * Understood: post {@code text} (as typed, not yet checked) {@code when}; {@code notes} say something worth
     * telling about the time (it happens twice that night...).
     */
    public record Understood(boolean pinned, Announcing.When when, String text, List<TimeNote> notes) implements Reading {
        public Understood {
            notes = List.copyOf(notes);
        }
    }

    /** A time was meant but not understood (the problem as {@link TimeInput} tells it). */
    public record BadTime(TimeReading.NotUnderstood problem) implements Reading {
    }

    /** {@code every} without a weekday, or {@code at} without a time: the usage should be shown. */
    public record Usage() implements Reading {
    }

    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Map<String, DayOfWeek> WEEKDAYS = weekdays();

    private final TimeInput times;

    public AnnouncementInput(TimeInput times) {
        this.times = times;
    }

    /** Reads {@code argument} for a group whose course is in {@code zone}, at {@code now}. */
    public Reading read(String argument, Locale language, ZoneId zone, Instant now) {
        String rest = argument == null ? "" : argument.strip();
        boolean pinned = false;
        String first = firstWord(rest);
        if (first.equals("pin") || first.equals("📌") || first.equals("закрепить")) {
            pinned = true;
            rest = afterFirstWord(rest);
            first = firstWord(rest);
        }
        if (first.equals("at")) {
            return once(pinned, afterFirstWord(rest), language, zone, now);
        }
        if (first.equals("every") || first.equals("каждый") || first.equals("каждую") || first.equals("каждое")
                || (first.equals("по") && WEEKDAYS.containsKey(firstWord(afterFirstWord(rest))))) {
            return weekly(pinned, afterFirstWord(rest), language, zone, now);
        }
        return new Understood(pinned, new Announcing.Now(), rest, List.of());
    }

    /** Just a time, once ({@code tomorrow 9:00}), for a guided flow that asked for the text already. */
    public Reading once(String time, Locale language, ZoneId zone, Instant now) {
        return once(false, (time == null ? "" : time.strip()) + "\n", language, zone, now);
    }

    /** Just a weekday and a time ({@code monday 9:00}), for a guided flow that asked for the text already. */
    public Reading weekly(String dayAndTime, Locale language, ZoneId zone, Instant now) {
        return weekly(false, (dayAndTime == null ? "" : dayAndTime.strip()) + "\n", language, zone, now);
    }

    private Reading once(boolean pinned, String rest, Locale language, ZoneId zone, Instant now) {
        if (rest.isEmpty()) {
            return new Usage();
        }
        TimeRun run = timeRun(rest, "", language, zone, now);
        if (run.reading() instanceof TimeReading.NotUnderstood problem) {
            return new BadTime(problem);
        }
        var understood = (TimeReading.Understood) run.reading();
        return new Understood(pinned, new Announcing.At(understood.at()), run.text(), understood.notes());
    }

    private Reading weekly(boolean pinned, String rest, Locale language, ZoneId zone, Instant now) {
        DayOfWeek day = WEEKDAYS.get(firstWord(rest));
        if (day == null) {
            return new Usage();
        }
        String afterDay = afterFirstWord(rest);
        if (afterDay.isEmpty()) {
            return new Usage();
        }
        // Read with the weekday in front, so that "monday 8" is asked about (morning or evening?) like a booking.
        TimeRun run = timeRun(afterDay, day.name().toLowerCase(Locale.ROOT) + " ", language, zone, now);
        if (run.reading() instanceof TimeReading.NotUnderstood problem) {
            return new BadTime(problem);
        }
        ZonedDateTime local = ((TimeReading.Understood) run.reading()).local();
        return new Understood(pinned, new Announcing.Every(day, local.toLocalTime(), zone), run.text(), List.of());
    }

    private record TimeRun(TimeReading reading, String text) {
    }

    /** The time at the start of {@code rest} and the text after it. */
    private TimeRun timeRun(String rest, String prefix, Locale language, ZoneId zone, Instant now) {
        int lineBreak = rest.indexOf('\n');
        if (lineBreak >= 0) {
            return new TimeRun(times.read(prefix + rest.substring(0, lineBreak).strip(), language, zone, now),
                    rest.substring(lineBreak + 1).strip());
        }
        List<Integer> ends = new ArrayList<>();
        Matcher word = WORD.matcher(rest);
        while (word.find() && ends.size() < MAX_TIME_WORDS) {
            ends.add(word.end());
        }
        TimeReading.NotUnderstood best = null;
        for (int words = ends.size(); words >= 1; words--) {
            int end = ends.get(words - 1);
            TimeReading reading = times.read(prefix + rest.substring(0, end), language, zone, now);
            if (reading instanceof TimeReading.Understood) {
                return new TimeRun(reading, rest.substring(end).strip());
            }
            var problem = (TimeReading.NotUnderstood) reading;
            if (best == null && problem.problem() != TimeProblem.NONSENSE && problem.problem() != TimeProblem.TOO_LONG) {
                best = problem; // the longest run that was meant as a time, e.g. "yesterday 9:00" (in the past)
            }
        }
        if (best == null) {
            int end = ends.isEmpty() ? rest.length() : ends.get(Math.min(ends.size(), 3) - 1);
            best = (TimeReading.NotUnderstood) times.read(rest.substring(0, end), language, zone, now);
        }
        return new TimeRun(best, "");
    }

    private static String firstWord(String text) {
        Matcher word = WORD.matcher(text);
        return word.find() ? word.group().toLowerCase(Locale.ROOT).replace('ё', 'е') : "";
    }

    private static String afterFirstWord(String text) {
        Matcher word = WORD.matcher(text);
        return word.find() ? text.substring(word.end()).strip() : "";
    }

    private static Map<String, DayOfWeek> weekdays() {
        String[][] names = {
                {"monday", "mondays", "mon", "понедельник", "понедельникам", "пн"},
                {"tuesday", "tuesdays", "tue", "tues", "вторник", "вторникам", "вт"},
                {"wednesday", "wednesdays", "wed", "среду", "среда", "средам", "ср"},
                {"thursday", "thursdays", "thu", "thur", "thurs", "четверг", "четвергам", "чт"},
                {"friday", "fridays", "fri", "пятницу", "пятница", "пятницам", "пт"},
                {"saturday", "saturdays", "sat", "субботу", "суббота", "субботам", "сб"},
                {"sunday", "sundays", "sun", "воскресенье", "воскресеньям", "вс"}};
        Map<String, DayOfWeek> days = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                days.put(name, DayOfWeek.of(i + 1));
            }
        }
        return Map.copyOf(days);
    }

    /** The weekday a word names ({@code monday}, {@code Пн}, {@code пятницам}), for a guided flow that asks for one. */
    public static Optional<DayOfWeek> weekday(String word) {
        return Optional.ofNullable(WEEKDAYS.get(firstWord(word == null ? "" : word)));
    }
}
