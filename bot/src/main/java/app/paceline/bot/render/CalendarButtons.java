package app.paceline.bot.render;

import app.paceline.bot.outbound.Button;
import app.paceline.calendar.AssignmentRef;

/**
 * Callback data of the calendar's buttons: {@code cal:<verb>:<digest>[:<arg>...]}. Course codes alone may take 64
 * bytes, more than callback data allows, so an assignment is named by a short digest of its
 * {@link AssignmentRef#key()}, resolved again among the presser's own assignments on every press.
 */
public final class CalendarButtons {

    public static final String AREA = "cal";

    private CalendarButtons() {
    }

    /** {@code cal:<verb>:<digest>[:<args>]}. */
    public static String data(String verb, AssignmentRef ref, String... args) {
        var data = new StringBuilder(AREA).append(':').append(verb).append(':').append(digest(ref));
        for (String arg : args) {
            data.append(':').append(arg);
        }
        return data.toString();
    }

    /** A button label naming an assignment: its title, cut to 40 characters. */
    public static String label(String title) {
        return title.length() <= 40 ? title : title.substring(0, 39) + "…";
    }

    /** Eight URL-safe characters naming an assignment ref (48 bits of SHA-256). */
    public static String digest(AssignmentRef ref) {
        return Button.digest(ref.key());
    }
}
