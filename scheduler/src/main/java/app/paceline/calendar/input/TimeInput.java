package app.paceline.calendar.input;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads what a learner types when booking time into an exact instant in their zone, in English or Russian whatever
 * their language: {@code tomorrow 19:30}, {@code Fri 8pm}, {@code 2026-12-03 07:00}, {@code 3.12 07:00},
 * {@code in 2 hours}, {@code завтра в 19:30}, {@code в пятницу в 8 вечера}, {@code через полчаса}. The rules:
 *
 * <ul>
 *   <li>A time without a day is the next such local time: today if still ahead, else tomorrow. A weekday is the
 *       next such day: today if the time is still ahead, else in a week. {@code today}, {@code tomorrow} and dates
 *       are taken as said, and refused when past.</li>
 *   <li>{@code 19:30}, {@code 8:00}, {@code 19.30} are 24-hour times; {@code 8pm}, {@code 8:15 am} 12-hour, where
 *       {@code 12am} is 00:00 and {@code 12pm} is noon; {@code 8 вечера}, {@code 3 дня}, {@code 2 ночи},
 *       {@code tonight 9} name the half of the day. A bare hour 1–12 ({@code Fri 8}) is ambiguous; 0 and 13–23
 *       are not. Seconds are dropped.</li>
 *   <li>{@code midnight} and {@code 24:00} are the next midnight; with a day they are ambiguous (its start or its
 *       end?).</li>
 *   <li>Dates: {@code 2026-12-03}, day first with dots ({@code 03.12.2026}, {@code 3.12}) in every language,
 *       month names ({@code 3 Dec}, {@code 3 декабря}). Slashes are day first except in English, where
 *       {@code 5/6} is ambiguous unless only one reading is a real date ({@code 12/13} is 13 December). Without a
 *       year, the nearest such date (within half a year), so yesterday's date is in the past. A lone dotted pair
 *       that could be both ({@code 3.12}) is asked about.</li>
 *   <li>{@code in 90 minutes}, {@code in 1h30m}, {@code через час} are exact durations from {@code now};
 *       {@code now}/{@code сейчас} is now.</li>
 *   <li>Local times are resolved with the zone's rules: a time in a DST gap is refused with the time the clocks
 *       show instead (02:30 → 03:30); of a time that happens twice the first one not past is taken, with a note.</li>
 *   <li>Then, in this order: not before {@code now}, not before the bounds open, before the bounds close, at most
 *       the horizon ahead.</li>
 * </ul>
 *
 * <p>Never throws on any text and never reads the clock.
 */
public final class TimeInput {

    /** Longer text is refused unread; the longest real inputs ("в пятницу 4 декабря 2026 года в 8 часов вечера") are half of it. */
    public static final int MAX_LENGTH = 100;
    /** Problems quote at most this many characters of what was typed. */
    public static final int ECHO_LENGTH = 40;
    /** The horizon of {@link #standard()}: a year. */
    static final int STANDARD_HORIZON_DAYS = 365;

    private final Duration horizon;

    private TimeInput(Duration horizon) {
        this.horizon = horizon;
    }

    /** Times up to {@value #STANDARD_HORIZON_DAYS} days ahead. */
    public static TimeInput standard() {
        return new TimeInput(Duration.ofDays(STANDARD_HORIZON_DAYS));
    }

    /** The time the text names, for a learner in {@code zone} speaking {@code language}, with no bounds. */
    public TimeReading read(String text, Locale language, ZoneId zone, Instant now) {
        return read(text, language, zone, now, BookingBounds.none());
    }

    /**
     * The time the text names, for a learner in {@code zone} speaking {@code language} (it decides only how slashed
     * dates read), at {@code now}; the time must also lie within {@code bounds} (which may open after now).
     */
    public TimeReading read(String text, Locale language, ZoneId zone, Instant now, BookingBounds bounds) {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(bounds, "bounds");
        if (text == null || text.isBlank()) {
            return refuse(TimeProblem.EMPTY, Map.of());
        }
        String typed = text.strip();
        if (typed.length() > MAX_LENGTH) {
            return refuse(TimeProblem.TOO_LONG, Map.of("limit", MAX_LENGTH));
        }
        String echo = typed.length() <= ECHO_LENGTH ? typed : typed.substring(0, ECHO_LENGTH - 1) + "…";
        String words = normalize(typed);
        LocalDate today = now.atZone(zone).toLocalDate();
        boolean english = language == null || language.getLanguage().isEmpty() || language.getLanguage().equals("en");
        if (words.isEmpty()) {
            return refuse(TimeProblem.EMPTY, Map.of()); // no-break and other spaces only
        }
        Phrase phrase = RelativeTime.read(words).orElseGet(() -> DayAndTime.read(words, echo, today, !english));
        return resolve(phrase, zone, now, bounds);
    }

    /** Lower case, compatibility forms folded (full-width digits, ё), single spaces, idioms joined into one word. */
    static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('ё', 'е');
        s = s.replaceAll("[\\s,;]+", " ").strip();
        s = s.replaceAll("[!?]+$", "").strip();
        s = s.replaceAll("(?<![a-z])([ap])\\. ?m\\.?(?![a-z])", "$1m");
        s = s.replaceAll("(\\d{4}-\\d{1,2}-\\d{1,2})t(?=\\d)", "$1 ");
        s = s.replaceAll("(?:the )?day after tomorrow", "послезавтра");
        s = s.replaceAll("right now", "now").replaceAll("прямо сейчас", "сейчас");
        s = s.replaceAll("12 ?noon", "noon").replaceAll("12 ?midnight", "midnight");
        // "пт.", "fri.": a dot after a word abbreviates it.
        s = s.replaceAll("(?<=[a-zа-я])\\.(?= |$)", "");
        return s.replaceAll(" +", " ").strip();
    }

    private TimeReading resolve(Phrase phrase, ZoneId zone, Instant now, BookingBounds bounds) {
        if (phrase instanceof Phrase.Refused) {
            Phrase.Refused refused = (Phrase.Refused) phrase;
            return refuse(refused.problem(), refused.arguments());
        }
        if (phrase instanceof Phrase.Now) {
            return check(now.atZone(zone), List.of(), now, bounds);
        }
        if (phrase instanceof Phrase.After) {
            return check(now.plus(((Phrase.After) phrase).duration()).atZone(zone), List.of(), now, bounds);
        }
        if (phrase instanceof Phrase.Ago) {
            return refuse(TimeProblem.IN_THE_PAST, Map.of("at",
                    now.minus(((Phrase.Ago) phrase).duration()).atZone(zone), "now", now.atZone(zone)));
        }
        Phrase.OnDay onDay = (Phrase.OnDay) phrase;
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate first;
        int step;
        TimeNote.Kind skipped;
        if (onDay.day() instanceof Phrase.OnDate) {
            first = ((Phrase.OnDate) onDay.day()).date();
            step = 0;
            skipped = null;
        } else if (onDay.day() instanceof Phrase.NextWeekday) {
            first = today.with(TemporalAdjusters.nextOrSame(((Phrase.NextWeekday) onDay.day()).weekday()));
            step = 7;
            skipped = TimeNote.Kind.NEXT_WEEK;
        } else {
            first = today;
            step = 1;
            skipped = TimeNote.Kind.NEXT_DAY;
        }
        LocalTime time;
        if (onDay.time() instanceof Phrase.Missing) {
            return refuse(TimeProblem.MISSING_TIME, Map.of("date", first));
        } else if (onDay.time() instanceof Phrase.Midnight) {
            if (step != 1) {
                return refuse(TimeProblem.AMBIGUOUS_MIDNIGHT, Map.of(
                        "startOfDay", first.atStartOfDay(zone), "endOfDay", first.plusDays(1).atStartOfDay(zone)));
            }
            time = LocalTime.MIDNIGHT;
        } else {
            time = ((Phrase.At) onDay.time()).time();
        }
        Local local = Local.of(first.atTime(time), zone, now);
        List<TimeNote> notes = new ArrayList<>();
        if (step > 0 && local.at().toInstant().isBefore(now)) {
            local = Local.of(first.plusDays(step).atTime(time), zone, now);
            notes.add(new TimeNote(skipped, Map.of()));
        }
        local.overlap().ifPresent(notes::add);
        TimeReading checked = check(local.at(), notes, now, bounds);
        if (local.gap() && checked instanceof TimeReading.Understood) {
            // The suggestion passed every check, so the bot may offer it as it is.
            return refuse(TimeProblem.DST_GAP, Map.of("requested", local.wanted(), "suggestion", local.at()));
        }
        return checked;
    }

    private TimeReading check(ZonedDateTime at, List<TimeNote> notes, Instant now, BookingBounds bounds) {
        Instant instant = at.toInstant();
        ZoneId zone = at.getZone();
        if (instant.isBefore(now)) {
            return refuse(TimeProblem.IN_THE_PAST, Map.of("at", at, "now", now.atZone(zone)));
        }
        if (instant.isBefore(bounds.notBefore())) {
            return refuse(TimeProblem.BEFORE_WINDOW, Map.of("at", at, "opens", bounds.notBefore().atZone(zone)));
        }
        if (!instant.isBefore(bounds.notAfter())) {
            return refuse(TimeProblem.AFTER_DEADLINE, Map.of("at", at, "due", bounds.notAfter().atZone(zone)));
        }
        if (Duration.between(now, instant).compareTo(horizon) > 0) {
            return tooFar();
        }
        return new TimeReading.Understood(instant, at, notes);
    }

    private TimeReading tooFar() {
        return refuse(TimeProblem.TOO_FAR, Map.of("days", (int) horizon.toDays()));
    }

    private static TimeReading refuse(TimeProblem problem, Map<String, Object> arguments) {
        return new TimeReading.NotUnderstood(problem, arguments);
    }

    /**
     * A local date-time resolved in a zone: in a gap, {@code at} is the moment the clocks show after the jump
     * (02:30 → 03:30, as {@link ZonedDateTime#of} does); in an overlap, the earlier one unless it is past and the
     * later one is not.
     */
    private record Local(LocalDateTime wanted, ZonedDateTime at, boolean gap, Optional<TimeNote> overlap) {

        static Local of(LocalDateTime wanted, ZoneId zone, Instant now) {
            List<ZoneOffset> offsets = zone.getRules().getValidOffsets(wanted);
            ZonedDateTime resolved = ZonedDateTime.of(wanted, zone);
            if (offsets.isEmpty()) {
                return new Local(wanted, resolved, true, Optional.empty());
            }
            if (offsets.size() == 1) {
                return new Local(wanted, resolved, false, Optional.empty());
            }
            ZonedDateTime earlier = resolved.withEarlierOffsetAtOverlap();
            ZonedDateTime later = resolved.withLaterOffsetAtOverlap();
            boolean takeLater = earlier.toInstant().isBefore(now) && !later.toInstant().isBefore(now);
            ZonedDateTime taken = takeLater ? later : earlier;
            ZonedDateTime other = takeLater ? earlier : later;
            return new Local(wanted, taken, false, Optional.of(new TimeNote(TimeNote.Kind.DST_OVERLAP,
                    Map.of("offset", taken.getOffset(), "otherOffset", other.getOffset(), "other", other))));
        }
    }
}
