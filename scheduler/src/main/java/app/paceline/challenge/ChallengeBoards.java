package app.paceline.challenge;

import app.paceline.course.CourseCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The boards posted in course groups, one per challenge and course-local date. The planner and the Telegram side
 * write different fields of the same record (what was planned; the message and what it shows), so each write sets only
 * its own fields and neither can undo the other's.
 */
public interface ChallengeBoards {

    Optional<ChallengeBoard> find(CourseCode course, String challenge, LocalDate date);

    /** The board of the latest date before {@code date}, if any. */
    Optional<ChallengeBoard> latestBefore(CourseCode course, String challenge, LocalDate date);

    /** Adds a new board; false when one for its date exists (planned by another instance meanwhile). */
    boolean add(ChallengeBoard board);

    /** An edit was planned: the new digest, the number of edits planned so far and when. */
    void edited(String id, String digest, int edits, Instant at);

    /** A new post was planned, in {@code groupChatId}: the message id is forgotten until that post is out. */
    void reposted(String id, long groupChatId, String digest, int posts, Instant at);

    /**
     * The board is in {@code groupChatId} as {@code messageId}, showing edit {@code edit} (0: the post) or a later one;
     * ignored when the board has moved to another group.
     */
    void shown(String id, long groupChatId, long messageId, int edit);
}
