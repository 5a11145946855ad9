package app.paceline.bot.render;

import app.paceline.bot.outbound.Button;
import app.paceline.course.CourseCode;

/**
 * Callback data of broadcast buttons: {@code bc:<verb>[:<arg>]}. A course is named by a short digest, resolved again
 * among the presser's own courses; Send and Cancel carry the nonce of the draft they were shown with, which must be
 * the presser's own draft in that chat; Stop carries the broadcast's id, and the presser must be able to edit its
 * course. So a press replayed by anyone else, or on an old preview, changes nothing.
 */
public final class BroadcastButtons {

    public static final String AREA = "bc";
    /** Pick the course to broadcast to: {@code bc:c:<course digest>}. */
    public static final String COURSE = "c";
    /** Send the draft shown: {@code bc:go:<nonce>}. */
    public static final String SEND = "go";
    /** Drop the draft shown: {@code bc:no:<nonce>}. */
    public static final String CANCEL = "no";
    /** Stop a broadcast going out: {@code bc:stop:<broadcast id>}. */
    public static final String STOP = "stop";

    private BroadcastButtons() {
    }

    public static String digest(CourseCode course) {
        return Button.digest("broadcast|" + course.value());
    }

    public static String data(String verb, String arg) {
        return AREA + ":" + verb + ":" + arg;
    }
}
