package app.paceline.session;

import java.time.ZoneId;

/**
 * How the active learners of a course answered for one occurrence, for its creator after it ended.
 *
 * @param zone     the zone to show times in: the creator's, or the course's when the creator has not told theirs
 * @param noAnswer active learners who did not answer
 */
public record SessionSummary(int live, int replay, int cant, int noAnswer, ZoneId zone) {

    /** Those who get the recording once it is posted: everyone but those who answered live. */
    public int replayAudience() {
        return replay + cant + noAnswer;
    }
}
