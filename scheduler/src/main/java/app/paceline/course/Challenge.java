package app.paceline.course;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A day-by-day challenge of a course (e.g. ten days of baking): one day is released each day at the learner's
 * release time in their own zone, counted from the cohort's start date or, without one, from the day the learner
 * joined. Released days never lock before the archive date: the last day plus {@code graceDays}. Its id is unique
 * among the course's challenges and stable across re-imports; days are numbered from 1 in file order, so a
 * re-import may fix a day's text but never take back a released day.
 *
 * @param cohortStart the local date of day 1 for everyone; empty: day 1 is each learner's join day
 * @param releaseTime the default local release time; each learner may choose another
 * @param board       whether a daily board is posted, pinned and kept up to date in the course's linked group
 */
public record Challenge(String id, String title, Optional<LocalDate> cohortStart, LocalTime releaseTime, int graceDays,
                        boolean board, List<Day> days) {

    public static final int MAX_DAYS = 100;
    public static final int MAX_TITLE = 200;
    /** Room for the day's header, links and buttons within Telegram's 4096 characters per message. */
    public static final int MAX_TEXT = 3000;
    /** Shown through a prompt placeholder, which holds up to 256 characters. */
    public static final int MAX_QUESTION = 250;
    public static final int MAX_LINKS = 5;
    public static final int MAX_GRACE_DAYS = 90;
    public static final int DEFAULT_GRACE_DAYS = 7;
    public static final LocalTime DEFAULT_RELEASE_TIME = LocalTime.of(8, 0);

    /** One day: title, text (Telegram HTML subset), optional links and an optional question the learner answers. */
    public record Day(String title, String text, List<Link> links, Optional<String> question) {

        public Day {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(text, "text");
            links = List.copyOf(links);
            Objects.requireNonNull(question, "question");
        }
    }

    /** A link under a day's text. */
    public record Link(String title, URI url) {

        public Link {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(url, "url");
        }
    }

    public Challenge {
        if (!Assignment.isValidId(id)) {
            throw new IllegalArgumentException("a challenge id is 1-32 characters of A-Za-z0-9_-, was " + id);
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(cohortStart, "cohortStart");
        Objects.requireNonNull(releaseTime, "releaseTime");
        days = List.copyOf(days);
        if (days.isEmpty() || days.size() > MAX_DAYS) {
            throw new IllegalArgumentException("a challenge has 1-" + MAX_DAYS + " days, had " + days.size());
        }
        if (graceDays < 0 || graceDays > MAX_GRACE_DAYS) {
            throw new IllegalArgumentException("grace days are 0-" + MAX_GRACE_DAYS + ", were " + graceDays);
        }
    }

    /** Day {@code number}, counted from 1. */
    public Day day(int number) {
        return days.get(number - 1);
    }

    /** Whether day 1 is each learner's join day rather than one date for everyone. */
    public boolean startsOnJoin() {
        return cohortStart.isEmpty();
    }
}
