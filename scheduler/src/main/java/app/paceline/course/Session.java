package app.paceline.course;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A live session of a course: once, or weekly on chosen weekdays until a date, at a course-local time (so 18:00 in
 * New York stays 18:00 there across daylight-saving changes). Its id is unique among the course's sessions and
 * stable across re-imports; each occurrence is named by the session id and its local date, e.g.
 * {@code qa@2026-12-03}.
 *
 * @param prep the id of an assignment of the same course that should be done before each occurrence
 */
public record Session(String id, String title, LocalDateTime starts, Duration duration, Optional<URI> joinUrl,
                      Optional<Weekly> repeat, Optional<String> prep) {

    /** At most this many occurrences per session, so that one line of a file cannot plan thousands of nudges. */
    public static final int MAX_OCCURRENCES = 120;
    public static final Duration MIN_DURATION = Duration.ofMinutes(5);
    public static final Duration MAX_DURATION = Duration.ofHours(12);

    /** Weekly on {@code days} (course-local), up to and including {@code until}. */
    public record Weekly(Set<DayOfWeek> days, LocalDate until) {
        public Weekly {
            if (days.isEmpty()) {
                throw new IllegalArgumentException("a weekly session needs at least one weekday");
            }
            days = Set.copyOf(EnumSet.copyOf(days));
            Objects.requireNonNull(until, "until");
        }
    }

    public Session {
        if (!Assignment.isValidId(id)) {
            throw new IllegalArgumentException("a session id is 1-32 characters of A-Za-z0-9_-, was " + id);
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(starts, "starts");
        Objects.requireNonNull(joinUrl, "joinUrl");
        Objects.requireNonNull(repeat, "repeat");
        Objects.requireNonNull(prep, "prep");
        if (duration.compareTo(MIN_DURATION) < 0 || duration.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException("a session lasts 5 minutes to 12 hours, was " + duration);
        }
    }

    /** The course-local start of every occurrence, earliest first: the first one, then each chosen weekday until the end date. */
    public List<LocalDateTime> localStarts() {
        if (repeat.isEmpty()) {
            return List.of(starts);
        }
        List<LocalDateTime> all = new ArrayList<>();
        for (LocalDate day = starts.toLocalDate(); !day.isAfter(repeat.get().until()); day = day.plusDays(1)) {
            if (day.equals(starts.toLocalDate()) || repeat.get().days().contains(day.getDayOfWeek())) {
                all.add(day.atTime(starts.toLocalTime()));
            }
        }
        return all;
    }

    /** The occurrences in the course zone; a local start in a daylight-saving gap moves forward by the gap. */
    public List<Occurrence> occurrences(ZoneId zone) {
        return localStarts().stream()
                .map(local -> new Occurrence(occurrenceId(local.toLocalDate()), id, ZonedDateTime.of(local, zone).toInstant(), duration))
                .toList();
    }

    /** {@code <session id>@<local date>}. */
    public String occurrenceId(LocalDate date) {
        return id + "@" + date;
    }
}
