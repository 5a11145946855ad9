package app.paceline.bot.render;

import app.paceline.bot.outbound.Button;
import app.paceline.course.CourseCode;

/**
 * Callback data of RSVP buttons: {@code ses:<l|r|c>:<digest>}. Course codes and occurrence ids together may be
 * longer than callback data allows, so an occurrence is named by a short digest, resolved again among the
 * presser's own coming occurrences on every press.
 */
public final class SessionButtons {

    public static final String AREA = "ses";

    private SessionButtons() {
    }

    /** Eight URL-safe characters naming one occurrence of one course (48 bits of SHA-256). */
    public static String digest(CourseCode course, String occurrenceId) {
        return Button.digest(course.value() + "|" + occurrenceId);
    }

    public static String rsvp(char answer, CourseCode course, String occurrenceId) {
        return AREA + ":" + answer + ":" + digest(course, occurrenceId);
    }
}
