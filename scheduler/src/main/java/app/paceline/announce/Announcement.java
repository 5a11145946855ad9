package app.paceline.announce;

import app.paceline.course.CourseCode;
import app.paceline.delivery.DeliveryKey;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A post in a course's group, as its author typed it.
 *
 * @param id          ten characters of {@code a-z0-9}, random: short enough for callback data, and not guessable
 * @param groupChatId the group it was made in and is posted to
 * @param text        plain text as typed (escaped for Telegram HTML when posted, see {@link #html()}), at most
 *                    {@link #MAX_TEXT} characters
 * @param pinned      pin each post (without notifying the group a second time)
 * @param author      the Telegram user id of who made it; 0 for an anonymous admin (writing as the group)
 * @param nextAt      the next post while {@link AnnouncementState#SCHEDULED}; empty otherwise
 */
public record Announcement(String id, CourseCode course, long groupChatId, String text, boolean pinned,
                           AnnouncementSchedule schedule, long author, Instant createdAt, AnnouncementState state,
                           Optional<Instant> nextAt) {

    /** Telegram allows 4096 characters per message, counted after the HTML is read; the text is all there is. */
    public static final int MAX_TEXT = 4000;

    private static final Pattern ID = Pattern.compile("[a-z0-9]{10}");

    public Announcement {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("an announcement id is 10 of a-z0-9: " + id);
        }
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nextAt, "nextAt");
        if ((state == AnnouncementState.SCHEDULED) != nextAt.isPresent()) {
            throw new IllegalArgumentException("a scheduled announcement, and only one, has a next post: " + state + " " + nextAt);
        }
    }

    public static boolean isId(String text) {
        return text != null && ID.matcher(text).matches();
    }

    /** Whether it posts every week (else once). */
    public boolean recurring() {
        return schedule instanceof AnnouncementSchedule.Weekly;
    }

    /** The delivery of its post at {@code at}: one key per post, so each goes out once. */
    public DeliveryKey deliveryKey(Instant at) {
        return DeliveryKey.of("ann", id, Long.toString(at.getEpochSecond()));
    }

    /** The text as Telegram HTML: {@code <}, {@code >} and {@code &} escaped, so it shows exactly as typed. */
    public String html() {
        return escape(text);
    }

    public Announcement withState(AnnouncementState newState, Optional<Instant> newNextAt) {
        return new Announcement(id, course, groupChatId, text, pinned, schedule, author, createdAt, newState, newNextAt);
    }

    /** Plain text as Telegram HTML that shows it as it is. */
    public static String escape(String text) {
        StringBuilder html = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                default -> html.append(c);
            }
        }
        return html.toString();
    }
}
