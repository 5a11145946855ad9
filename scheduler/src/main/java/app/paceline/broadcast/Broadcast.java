package app.paceline.broadcast;

import app.paceline.course.CourseCode;
import app.paceline.delivery.DeliveryKey;
import app.paceline.learner.LearnerId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A creator's message to every learner enrolled in a course when it was sent, and the progress message that tells the
 * creator how it goes. The planner and the Telegram side write different fields (what was planned; which message shows
 * the progress and which edit it shows), so neither write undoes the other.
 *
 * @param id          short and URL-safe; in delivery keys ({@code bc:<id>:<learner>}) and callback data
 * @param sender      the creator or co-creator who sent it; the progress message is in their private chat
 * @param text        as the sender wrote it, plain text (escaped when rendered)
 * @param recipients  the learners enrolled when it was sent, in the order they are sent to (longest enrolled first)
 * @param stoppedAt   when the sender stopped it (the deliveries still waiting then were withdrawn)
 * @param withdrawn   how many deliveries stopping withdrew; -1 while they are being withdrawn
 * @param doneAt      when every delivery had ended and the summary was planned; empty while it runs
 * @param messageId   the progress message, once its post went out
 * @param edits       how many edits of the progress message were planned; edit {@code n} has its own delivery key
 * @param shown       the last edit known to be on screen (0: the post)
 * @param digest      what the progress message last planned shows, to edit only when that changes
 * @param plannedAt   when the progress message was last posted or edited
 */
public record Broadcast(String id, CourseCode course, String courseTitle, LearnerId sender, String text, Instant createdAt,
                        List<LearnerId> recipients, Optional<Instant> stoppedAt, int withdrawn, Optional<Instant> doneAt,
                        Optional<Long> messageId, int edits, int shown, String digest, Instant plannedAt) {

    public Broadcast {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(courseTitle, "courseTitle");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(stoppedAt, "stoppedAt");
        Objects.requireNonNull(doneAt, "doneAt");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(plannedAt, "plannedAt");
    }

    /** A broadcast just sent, its progress message just planned. */
    public static Broadcast started(String id, CourseCode course, String courseTitle, LearnerId sender, String text,
                                    List<LearnerId> recipients, String digest, Instant now) {
        return new Broadcast(id, course, courseTitle, sender, text, now, recipients, Optional.empty(), 0, Optional.empty(),
                Optional.empty(), 0, 0, digest, now);
    }

    public boolean isRunning() {
        return doneAt.isEmpty();
    }

    public boolean isStopped() {
        return stoppedAt.isPresent();
    }

    /** Stopped, and its waiting deliveries not all withdrawn yet (or the instance stopping it died meanwhile). */
    public boolean isStopping() {
        return stoppedAt.isPresent() && withdrawn < 0;
    }

    /** {@code bc:<id>:<learner>}: the message to one learner. */
    public DeliveryKey keyFor(LearnerId learner) {
        return DeliveryKey.of("bc", id, Long.toString(learner.value()));
    }

    /** The keys of the messages to every recipient. */
    public List<DeliveryKey> recipientKeys() {
        return recipients.stream().map(this::keyFor).toList();
    }

    /** {@code bc:<id>:progress}: the post of the progress message. */
    public DeliveryKey progressKey() {
        return DeliveryKey.of("bc", id, "progress");
    }

    /** {@code bc:<id>:progress:<n>}: edit {@code n} of the progress message. */
    public DeliveryKey editKey(int edit) {
        return DeliveryKey.of("bc", id, "progress", Integer.toString(edit));
    }

    /** {@code bc:<id>:summary}: the summary when it is over. */
    public DeliveryKey summaryKey() {
        return DeliveryKey.of("bc", id, "summary");
    }
}
