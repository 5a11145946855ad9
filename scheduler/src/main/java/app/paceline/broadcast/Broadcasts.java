package app.paceline.broadcast;

import app.paceline.course.CourseCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every broadcast, by id. Each write is a single-document update of the fields it names. */
public interface Broadcasts {

    /** Stores a new broadcast. */
    void add(Broadcast broadcast);

    Optional<Broadcast> find(String id);

    /** The broadcasts whose summary has not been planned yet, oldest first. */
    List<Broadcast> running();

    /** The running broadcast of a course, if any. */
    default Optional<Broadcast> runningIn(CourseCode course) {
        return running().stream().filter(b -> b.course().equals(course)).findFirst();
    }

    /** An edit of the progress message was planned: what it shows, the number of edits planned so far, and when. */
    void edited(String id, String digest, int edits, Instant at);

    /**
     * The sender stops it: marks it stopping ({@link Broadcast#withdrawn()} unknown, -1) unless it was stopped or is over
     * already; returns whether it was marked.
     */
    boolean stop(String id, Instant at);

    /** Stopping withdrew {@code withdrawn} waiting deliveries. */
    void withdrew(String id, int withdrawn);

    /** Every delivery ended and the summary was planned. */
    void done(String id, Instant at);

    /** The progress message is {@code messageId} in the sender's chat and shows edit {@code edit} (0: the post) or later. */
    void shown(String id, long messageId, int edit);
}
