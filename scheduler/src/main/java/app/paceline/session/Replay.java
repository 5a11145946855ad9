package app.paceline.session;

import app.paceline.course.CourseCode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The recording of one occurrence of a live session, posted by the course's creator: where it is, and until when
 * learners who did not join live are asked to watch it. The window is counted from the first posting; posting
 * again replaces the link and keeps the window.
 *
 * @param title    the session's title when it was posted (a later re-import may rename or remove the session)
 * @param start    when the occurrence started (UTC)
 * @param postedAt when the recording was first posted (UTC)
 * @param watchBy  the end of the watch window (UTC): nothing about this recording is sent from then on
 * @param linkAt   when the current link was posted (UTC)
 */
public record Replay(CourseCode course, String occurrenceId, String title, Instant start, URI link, Instant postedAt,
                     Instant watchBy, Instant linkAt) {

    /** How long learners have to watch a recording unless a course says otherwise. */
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(7);

    /**
     * The longest link accepted: prompt arguments are cut at 256 characters, and a link shown cut would mislead.
     */
    public static final int MAX_LINK_LENGTH = 256;

    public Replay {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(occurrenceId, "occurrenceId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(postedAt, "postedAt");
        Objects.requireNonNull(watchBy, "watchBy");
        Objects.requireNonNull(linkAt, "linkAt");
        if (!watchBy.isAfter(postedAt)) {
            throw new IllegalArgumentException("a watch window ends after the posting: " + postedAt + " - " + watchBy);
        }
    }

    /** A recording posted for the first time at {@code now}, to be watched within {@code window}. */
    public static Replay posted(ScheduledOccurrence occurrence, URI link, Instant now, Duration window) {
        return new Replay(occurrence.course().code(), occurrence.occurrence().id(), occurrence.session().title(),
                occurrence.occurrence().start(), link, now, now.plus(window), now);
    }

    /** The same recording at another address; the window stays. */
    public Replay withLink(URI newLink, Instant now) {
        return new Replay(course, occurrenceId, title, start, newLink, postedAt, watchBy, now);
    }

    /**
     * Whether a learner with this answer for the occurrence gets the recording: yes for replay, can't and no answer
     * (they may have missed it), no for live.
     */
    public static boolean isFor(Optional<Rsvp> answer) {
        return answer.isEmpty() || answer.get() != Rsvp.LIVE;
    }

    /** Whether learners may still be sent it and mark it watched. */
    public boolean isOpenAt(Instant now) {
        return now.isBefore(watchBy);
    }

    /**
     * The link the text is: an absolute http or https address with a host, without spaces, at most
     * {@link #MAX_LINK_LENGTH} characters; empty for anything else. Never throws.
     */
    public static Optional<URI> parseLink(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String link = text.strip();
        if (link.isEmpty() || link.length() > MAX_LINK_LENGTH || link.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
