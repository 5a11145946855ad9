package app.paceline.calendar.input;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day and a local time in words, English or Russian, in either order: {@code tomorrow 19:30}, {@code 8pm Fri},
 * {@code в пятницу в 8 вечера}, {@code 2026-12-03 07:00}, {@code 3 Dec 7am}, {@code 03.12.2026 07:00}. Reads the
 * words as tokens, then decides which is the day and which the time; every word must mean something, and each of
 * day and time may be said once.
 */
final class DayAndTime {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{2}|\\d{4}))?");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})(?:/(\\d{2}|\\d{4}))?");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?::|h)(\\d{2})(?::(\\d{2}))?(am|pm|a|p)?");
    private static final Pattern DOTTED_12 = Pattern.compile("(\\d{1,2})\\.(\\d{2})(am|pm|a|p)");
    private static final Pattern HOUR_12 = Pattern.compile("(\\d{1,2})(am|pm|a|p)");
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,2})(st|nd|rd|th|-?го|-?е)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** What one word says. */
    private interface Token {
    }

    /** A word that only joins others: at, on, в, во, на. */
    private record Filler() implements Token {
    }

    /** yesterday (-1, to be refused as past), today (0), tomorrow (1), the day after (2); tonight is today's evening. */
    private record DayOffset(int days, PartOfDay part) implements Token {
    }

    private record Weekday(DayOfWeek day) implements Token {
    }

    private record Month(int month) implements Token {
    }

    /** One or two digits: an hour, or the day of a month name; {@code ordinal} for 3rd, 3-го. */
    private record Number(int value, String text, boolean ordinal) implements Token {
    }

    private record Year(int year) implements Token {
    }

    /** A date in digits; {@code first} and {@code second} in the order written, {@code year} null when not written. */
    private record Digits(Style style, Integer year, int first, int second, String text) implements Token {
    }

    private enum Style { ISO, DOTTED, SLASHED }

    /** h:mm, {@code pm} null for a 24-hour time; seconds were checked and dropped. */
    private record Clock(int hour, int minute, Boolean pm, String text) implements Token {
    }

    private record AmPm(boolean pm) implements Token {
    }

    private record Part(PartOfDay part) implements Token {
    }

    private record Noon() implements Token {
    }

    private record Midnight() implements Token {
    }

    private record Now() implements Token {
    }

    /** A month-and-day date with an optional year, as written: {@code 3 Dec}, {@code декабря 3 2026}. */
    private record Named(int month, Number day, Integer year) {
    }

    /** Morning, afternoon, evening or night: turns an hour of a 12-hour clock into one of a 24-hour clock. */
    enum PartOfDay {
        MORNING, AFTERNOON, EVENING, NIGHT;

        /** The 24-hour hour; hours 13–23 are already unambiguous and kept; empty when the pair makes no sense. */
        Optional<Integer> hour(int hour) {
            if (hour >= 13 && hour <= 23) {
                return Optional.of(hour);
            }
            boolean known;
            int result = hour;
            switch (this) {
                case MORNING -> known = hour >= 0 && hour <= 11;
                case AFTERNOON -> {
                    known = hour == 12 || (hour >= 1 && hour <= 6);
                    result = hour == 12 ? 12 : hour + 12;
                }
                case EVENING -> {
                    known = hour >= 1 && hour <= 11;
                    result = hour + 12;
                }
                default -> {
                    known = hour == 0 || hour == 12 || (hour >= 1 && hour <= 5) || (hour >= 9 && hour <= 11);
                    result = hour == 12 || hour == 0 ? 0 : hour <= 5 ? hour : hour + 12;
                }
            }
            return known ? Optional.of(result) : Optional.empty();
        }
    }

    private static final Map<String, Token> WORDS = words();

    private DayAndTime() {
    }

    /**
     * The phrase the text says.
     *
     * @param text     normalized: lower case, single spaces, multi-word idioms already joined
     * @param echo     the text as the learner typed it, shortened, for problems that quote it
     * @param today    the learner's local date, for dates typed without a year (the nearest such day)
     * @param dayFirst whether {@code 5/6} is 5 June (every language but English); in English a slashed date that
     *                 reads as two different days is ambiguous
     */
    static Phrase read(String text, String echo, LocalDate today, boolean dayFirst) {
        Phrase nonsense = refused(TimeProblem.NONSENSE, "input", echo);
        List<Token> tokens = new ArrayList<>();
        for (String word : text.split(" ")) {
            Token token = token(word);
            if (token == null) {
                return nonsense;
            }
            if (!(token instanceof Filler)) {
                tokens.add(token);
            }
        }
        // "8 pm", "8:30 pm", "8.30 pm": the marker belongs to the number before it.
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof AmPm) {
                boolean pm = ((AmPm) tokens.get(i)).pm();
                Token before = i == 0 ? null : tokens.get(i - 1);
                Token merged = null;
                if (before instanceof Number && !((Number) before).ordinal()) {
                    merged = new Clock(((Number) before).value(), 0, pm, ((Number) before).text());
                } else if (before instanceof Clock && ((Clock) before).pm() == null) {
                    Clock c = (Clock) before;
                    merged = new Clock(c.hour(), c.minute(), pm, c.text());
                } else if (before instanceof Digits && ((Digits) before).text().matches("\\d{1,2}\\.\\d{2}")) {
                    Digits d = (Digits) before;
                    merged = new Clock(d.first(), d.second(), pm, d.text());
                }
                if (merged == null) {
                    return nonsense;
                }
                tokens.set(i - 1, merged);
                tokens.remove(i--);
            }
        }
        if (tokens.isEmpty()) {
            return nonsense;
        }
        if (tokens.stream().anyMatch(Now.class::isInstance)) {
            return tokens.size() == 1 ? new Phrase.Now() : nonsense;
        }

        // A month name takes the number right before it, or else the one right after it, as its day; and a year.
        Named named = null;
        if (count(tokens, Month.class) > 1 || count(tokens, Year.class) > 1) {
            return nonsense;
        }
        int monthAt = indexOf(tokens, Month.class);
        if (monthAt >= 0) {
            int month = ((Month) tokens.remove(monthAt)).month();
            Number day = null;
            if (monthAt > 0 && tokens.get(monthAt - 1) instanceof Number) {
                day = (Number) tokens.remove(monthAt - 1);
            } else if (monthAt < tokens.size() && tokens.get(monthAt) instanceof Number) {
                day = (Number) tokens.remove(monthAt);
            }
            if (day == null) {
                return nonsense;
            }
            int yearAt = indexOf(tokens, Year.class);
            Integer year = yearAt < 0 ? null : ((Year) tokens.remove(yearAt)).year();
            named = new Named(month, day, year);
        }

        DayOffset offset = null;
        Weekday weekday = null;
        Object date = named;
        Token time = null;
        PartOfDay part = null;
        List<Digits> dotted = new ArrayList<>();
        for (Token token : tokens) {
            boolean twice;
            if (token instanceof DayOffset) {
                twice = offset != null;
                offset = (DayOffset) token;
                if (offset.part() != null) {
                    twice |= part != null && part != offset.part();
                    part = offset.part();
                }
            } else if (token instanceof Weekday) {
                twice = weekday != null;
                weekday = (Weekday) token;
            } else if (token instanceof Digits && ((Digits) token).style() == Style.DOTTED
                    && ((Digits) token).year() == null) {
                dotted.add((Digits) token);
                twice = dotted.size() > 2;
            } else if (token instanceof Digits) {
                twice = date != null;
                date = token;
            } else if (token instanceof Clock || token instanceof Noon || token instanceof Midnight
                    || (token instanceof Number && !((Number) token).ordinal())) {
                twice = time != null;
                time = token;
            } else if (token instanceof Part) {
                twice = part != null && part != ((Part) token).part();
                part = ((Part) token).part();
            } else {
                twice = true; // an ordinal without a month, a year without a date
            }
            if (twice) {
                return nonsense;
            }
        }

        // A dotted pair without a year is a date or a time (3.12 or 19.30): decided by what else was said.
        if (dotted.size() == 2) {
            if (date != null || time != null) {
                return nonsense;
            }
            date = dotted.get(0);
            time = dotted.get(1);
        } else if (dotted.size() == 1) {
            Digits pair = dotted.get(0);
            Optional<LocalTime> asTime = clockOf(pair);
            Optional<LocalDate> asDate = nearest(today, pair.second(), pair.first());
            if (time != null && date == null) {
                date = pair;
            } else if (time == null && (date != null || offset != null || weekday != null)) {
                time = pair;
            } else if (time != null) {
                return nonsense;
            } else if (asTime.isPresent() && asDate.isPresent() && part == null) {
                return new Phrase.Refused(TimeProblem.DATE_OR_TIME,
                        Map.of("input", echo, "date", asDate.get(), "time", asTime.get()));
            } else if (asTime.isPresent()) {
                time = pair;
            } else {
                date = pair;
            }
        }
        if (offset != null && (date != null || weekday != null)) {
            return nonsense;
        }
        if (offset == null && weekday == null && date == null && time == null) {
            return nonsense; // a part of the day alone: "вечером", "morning"
        }

        Phrase.Day day;
        if (date != null) {
            Object resolved = dateOf(date, today, dayFirst, echo);
            if (resolved instanceof Phrase.Refused) {
                return (Phrase.Refused) resolved;
            }
            LocalDate on = (LocalDate) resolved;
            if (weekday != null && on.getDayOfWeek() != weekday.day()) {
                return new Phrase.Refused(TimeProblem.WEEKDAY_MISMATCH, Map.of("weekday", weekday.day(), "date", on));
            }
            day = new Phrase.OnDate(on);
        } else if (offset != null) {
            day = new Phrase.OnDate(today.plusDays(offset.days()));
        } else if (weekday != null) {
            day = new Phrase.NextWeekday(weekday.day());
        } else {
            day = new Phrase.NextDay();
        }

        if (time instanceof Number && part == null) {
            int hour = ((Number) time).value();
            if (hour >= 1 && hour <= 12) {
                return new Phrase.Refused(TimeProblem.AMBIGUOUS_HOUR, Map.of("input", echo,
                        "am", LocalTime.of(hour % 12, 0), "pm", LocalTime.of(hour % 12 + 12, 0)));
            }
        }
        Optional<Phrase.Time> at = timeOf(time, part);
        if (at.isEmpty()) {
            return refused(TimeProblem.NO_SUCH_TIME, "value", textOf(time));
        }
        return new Phrase.OnDay(day, at.get());
    }

    /** What one word is, or null when it is none of ours. */
    private static Token token(String word) {
        Token known = WORDS.get(word);
        if (known != null) {
            return known;
        }
        Matcher m = ISO_DATE.matcher(word);
        if (m.matches()) {
            return new Digits(Style.ISO, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), word);
        }
        m = DOTTED.matcher(word);
        if (m.matches()) {
            return new Digits(Style.DOTTED, m.group(3) == null ? null : Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), word);
        }
        m = SLASHED.matcher(word);
        if (m.matches()) {
            return new Digits(Style.SLASHED, m.group(3) == null ? null : Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), word);
        }
        m = CLOCK.matcher(word);
        if (m.matches()) {
            if (m.group(3) != null && Integer.parseInt(m.group(3)) > 59) {
                return new Clock(99, 99, null, word); // bad seconds: no such time
            }
            return new Clock(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), pm(m.group(4)), word);
        }
        m = DOTTED_12.matcher(word);
        if (m.matches()) {
            return new Clock(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), pm(m.group(3)), word);
        }
        m = HOUR_12.matcher(word);
        if (m.matches()) {
            return new Clock(Integer.parseInt(m.group(1)), 0, pm(m.group(2)), word);
        }
        m = NUMBER.matcher(word);
        if (m.matches()) {
            return new Number(Integer.parseInt(m.group(1)), word, m.group(2) != null);
        }
        if (YEAR.matcher(word).matches()) {
            return new Year(Integer.parseInt(word));
        }
        return null;
    }

    private static Boolean pm(String marker) {
        return marker == null ? null : marker.startsWith("p");
    }

    /** The date a date token names, or a refusal. */
    private static Object dateOf(Object token, LocalDate today, boolean dayFirst, String echo) {
        Optional<LocalDate> date;
        String text;
        if (token instanceof Named) {
            Named named = (Named) token;
            text = named.day().text();
            date = named.year() == null ? nearest(today, named.month(), named.day().value())
                    : exact(named.year(), named.month(), named.day().value());
        } else {
            Digits digits = (Digits) token;
            text = digits.text();
            Integer year = digits.year() == null ? null : digits.year() < 100 ? 2000 + digits.year() : digits.year();
            Optional<LocalDate> dayMonth = year == null ? nearest(today, digits.second(), digits.first())
                    : exact(year, digits.second(), digits.first());
            if (digits.style() == Style.ISO) {
                date = exact(year, digits.first(), digits.second());
            } else if (digits.style() == Style.DOTTED || dayFirst) {
                date = dayMonth;
            } else {
                Optional<LocalDate> monthDay = year == null ? nearest(today, digits.first(), digits.second())
                        : exact(year, digits.first(), digits.second());
                if (dayMonth.isPresent() && monthDay.isPresent() && !dayMonth.equals(monthDay)) {
                    return new Phrase.Refused(TimeProblem.AMBIGUOUS_DATE,
                            Map.of("input", echo, "dayFirst", dayMonth.get(), "monthFirst", monthDay.get()));
                }
                date = dayMonth.or(() -> monthDay);
            }
        }
        if (date.isEmpty()) {
            return refused(TimeProblem.NO_SUCH_DATE, "value", text);
        }
        return date.get();
    }

    private static Optional<LocalDate> exact(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A date typed without a year is the one nearest to today (within half a year either way), so that yesterday's
     * date is in the past rather than next year, and a January date typed in December is next year's.
     */
    static Optional<LocalDate> nearest(LocalDate today, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return Optional.empty();
        }
        MonthDay monthDay;
        try {
            monthDay = MonthDay.of(month, day);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        LocalDate best = null;
        for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
            if (monthDay.isValidYear(year)) {
                LocalDate candidate = monthDay.atYear(year);
                if (best == null || Math.abs(ChronoUnit.DAYS.between(today, candidate))
                        <= Math.abs(ChronoUnit.DAYS.between(today, best))) {
                    best = candidate;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The time a time token names with the part of the day; empty when it names none (25:00, 13pm). */
    private static Optional<Phrase.Time> timeOf(Token token, PartOfDay part) {
        if (token == null) {
            return Optional.of(new Phrase.Missing());
        }
        if (token instanceof Noon) {
            return Optional.of(new Phrase.At(LocalTime.NOON));
        }
        if (token instanceof Midnight) {
            return Optional.of(new Phrase.Midnight());
        }
        if (token instanceof Clock) {
            Clock c = (Clock) token;
            if (c.pm() == null) {
                return hourAndMinute(c.hour(), c.minute(), part);
            }
            if (c.hour() < 1 || c.hour() > 12 || c.minute() > 59) {
                return Optional.empty();
            }
            return Optional.of(new Phrase.At(LocalTime.of(c.hour() % 12 + (c.pm() ? 12 : 0), c.minute())));
        }
        if (token instanceof Digits) {
            return clockOf((Digits) token).flatMap(t -> hourAndMinute(t.getHour(), t.getMinute(), part));
        }
        return hourAndMinute(((Number) token).value(), 0, part);
    }

    private static Optional<Phrase.Time> hourAndMinute(int hour, int minute, PartOfDay part) {
        if (hour == 24 && minute == 0 && part == null) {
            return Optional.of(new Phrase.Midnight());
        }
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        Optional<Integer> h = part == null ? Optional.of(hour) : part.hour(hour);
        return h.map(value -> new Phrase.At(LocalTime.of(value, minute)));
    }

    /** A dotted pair as h.mm (19.30); a one-digit minute (19.3) is no time. */
    private static Optional<LocalTime> clockOf(Digits pair) {
        if (!pair.text().matches("\\d{1,2}\\.\\d{2}") || pair.first() > 23 || pair.second() > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(pair.first(), pair.second()));
    }

    private static String textOf(Token token) {
        if (token instanceof Clock) {
            return ((Clock) token).text();
        }
        if (token instanceof Digits) {
            return ((Digits) token).text();
        }
        return token instanceof Number ? ((Number) token).text() : "";
    }

    private static Phrase.Refused refused(TimeProblem problem, String name, Object value) {
        return new Phrase.Refused(problem, Map.of(name, value));
    }

    private static int count(List<Token> tokens, Class<? extends Token> type) {
        return (int) tokens.stream().filter(type::isInstance).count();
    }

    private static int indexOf(List<Token> tokens, Class<? extends Token> type) {
        for (int i = 0; i < tokens.size(); i++) {
            if (type.isInstance(tokens.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, Token> words() {
        Map<String, Token> words = new HashMap<>();
        for (String filler : List.of("at", "on", "@", "the", "this", "in", "of", "o'clock", "oclock",
                "в", "во", "на", "часов", "часа", "года", "г")) {
            words.put(filler, new Filler());
        }
        put(words, new DayOffset(-1, null), "yesterday", "вчера");
        put(words, new DayOffset(0, null), "today", "сегодня");
        put(words, new DayOffset(0, PartOfDay.EVENING), "tonight", "tonite");
        put(words, new DayOffset(1, null), "tomorrow", "tmrw", "tmr", "tomorow", "tommorow", "tommorrow", "завтра");
        put(words, new DayOffset(2, null), "послезавтра");
        String[][] weekdays = {
                {"monday", "mon", "понедельник", "пн"},
                {"tuesday", "tue", "tues", "вторник", "вт"},
                {"wednesday", "wed", "среда", "среду", "ср"},
                {"thursday", "thu", "thur", "thurs", "четверг", "чт"},
                {"friday", "fri", "пятница", "пятницу", "пт"},
                {"saturday", "sat", "суббота", "субботу", "сб"},
                {"sunday", "sun", "воскресенье", "вс"}};
        for (int i = 0; i < weekdays.length; i++) {
            put(words, new Weekday(DayOfWeek.of(i + 1)), weekdays[i]);
        }
        String[][] months = {
                {"january", "jan", "января", "январь", "янв"},
                {"february", "feb", "февраля", "февраль", "фев"},
                {"march", "mar", "марта", "март", "мар"},
                {"april", "apr", "апреля", "апрель", "апр"},
                {"may", "мая", "май"},
                {"june", "jun", "июня", "июнь", "июн"},
                {"july", "jul", "июля", "июль", "июл"},
                {"august", "aug", "августа", "август", "авг"},
                {"september", "sep", "sept", "сентября", "сентябрь", "сен", "сент"},
                {"october", "oct", "октября", "октябрь", "окт"},
                {"november", "nov", "ноября", "ноябрь", "ноя", "нояб"},
                {"december", "dec", "декабря", "декабрь", "дек"}};
        for (int i = 0; i < months.length; i++) {
            put(words, new Month(i + 1), months[i]);
        }
        put(words, new AmPm(false), "am", "a");
        put(words, new AmPm(true), "pm", "p");
        put(words, new Part(PartOfDay.MORNING), "morning", "утра", "утром");
        put(words, new Part(PartOfDay.AFTERNOON), "afternoon", "дня", "днем");
        put(words, new Part(PartOfDay.EVENING), "evening", "вечера", "вечером");
        put(words, new Part(PartOfDay.NIGHT), "night", "ночи", "ночью");
        put(words, new Noon(), "noon", "midday", "полдень");
        put(words, new Midnight(), "midnight", "полночь");
        put(words, new Now(), "now", "сейчас");
        return Map.copyOf(words);
    }

    private static void put(Map<String, Token> words, Token token, String... names) {
        for (String name : names) {
            words.put(name, token);
        }
    }
}
