package app.paceline.bot.render;

import app.paceline.course.CourseCode;

/**
 * Callback data of the buttons about recordings: {@code replay:post:<digest>} (the creator's Post the recording) and
 * {@code replay:seen:<digest>} (a learner's Watched). A course code and an occurrence id together may exceed the 64
 * bytes callback data allows, so the occurrence is named by a short digest, resolved again on every press among
 * what the presser may act on.
 */
public final class ReplayButtons {

    public static final String AREA = "replay";
    public static final String POST = "post";
    public static final String SEEN = "seen";

    private ReplayButtons() {
    }

    public static String post(CourseCode course, String occurrenceId) {
        return AREA + ":" + POST + ":" + digest(course, occurrenceId);
    }

    public static String seen(CourseCode course, String occurrenceId) {
        return AREA + ":" + SEEN + ":" + digest(course, occurrenceId);
    }

    /** Eight URL-safe characters naming one occurrence of one course (48 bits of SHA-256). */
    public static String digest(CourseCode course, String occurrenceId) {
        return SessionButtons.digest(course, occurrenceId);
    }
}
