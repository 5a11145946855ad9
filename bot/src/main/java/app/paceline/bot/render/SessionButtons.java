package app.paceline.bot.render;

import app.paceline.course.CourseCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

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
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((course.value() + "|" + occurrenceId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    public static String rsvp(char answer, CourseCode course, String occurrenceId) {
        return AREA + ":" + answer + ":" + digest(course, occurrenceId);
    }
}
