package app.paceline.challenge;

import app.paceline.course.CourseCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One day's board of a challenge in its course's group: where it is, the Telegram message once it is out, and what
 * was last planned for it, so that it is posted once and edited only when its counts change.
 *
 * @param date        the course-local date the board is for (day {@code date - start + 1} of a cohort challenge)
 * @param groupChatId the group it is posted in
 * @param messageId   the Telegram message id, once the post went out; empty until then, and again after a move to
 *                    another group
 * @param digest      a digest of the counts and names last planned (posted or edited to)
 * @param posts       how many posts were planned for this date (more than one after a move to another group, or when
 *                    a post could not go out and the group came back)
 * @param edits       how many edits were planned; edit {@code n} has its own delivery key
 * @param shown       the last edit known to be in the group (0: the post): the Telegram side reports it before the
 *                    engine finishes the delivery, so {@code shown < edits} means the last edit is on its way or failed
 * @param plannedAt   when a post or an edit was last planned
 */
public record ChallengeBoard(CourseCode course, String challenge, LocalDate date, long groupChatId, Optional<Long> messageId,
                             String digest, int posts, int edits, int shown, Instant plannedAt) {

    public ChallengeBoard {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(plannedAt, "plannedAt");
    }

    /** A board whose first post was just planned. */
    public static ChallengeBoard planned(CourseCode course, String challenge, LocalDate date, long groupChatId, String digest,
                                         Instant now) {
        return new ChallengeBoard(course, challenge, date, groupChatId, Optional.empty(), digest, 1, 0, 0, now);
    }

    /** {@code <course>:<challenge>:<date>}. */
    public String id() {
        return idOf(course, challenge, date);
    }

    public static String idOf(CourseCode course, String challenge, LocalDate date) {
        return course.value() + ":" + challenge + ":" + date;
    }
}
