package app.paceline.bot.render;

import app.paceline.bot.outbound.Button;
import app.paceline.course.CourseCode;

/**
 * Callback data of challenge buttons: {@code chl:<verb>:<digest>[:<day>]}. Course codes and challenge ids together
 * may be longer than callback data allows, so a challenge is named by a short digest, resolved again among the
 * presser's own challenges on every press.
 */
public final class ChallengeButtons {

    public static final String AREA = "chl";
    /** Mark a day done. */
    public static final String DONE = "d";
    /** Answer a day's question (asks for the answer as the next message). */
    public static final String ANSWER = "a";
    /** Show a released day again. */
    public static final String OPEN = "o";
    public static final String PAUSE = "p";
    public static final String RESUME = "r";
    /** Choose one's own release time (asks for it as the next message). */
    public static final String TIME = "t";
    /** Show one's name on the group board, or stop. */
    public static final String NAME = "n";
    public static final String LEAVE = "l";

    private ChallengeButtons() {
    }

    /** Eight URL-safe characters naming one challenge of one course. */
    public static String digest(CourseCode course, String challenge) {
        return Button.digest(course.value() + "|" + challenge);
    }

    public static String data(String verb, CourseCode course, String challenge) {
        return AREA + ":" + verb + ":" + digest(course, challenge);
    }

    public static String data(String verb, CourseCode course, String challenge, int day) {
        return data(verb, course, challenge) + ":" + day;
    }
}
