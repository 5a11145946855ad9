package app.paceline.delivery;

import java.time.Instant;

/** Which chats the bot cannot write to any more (blocked, deactivated, kicked, gone), until they come back. */
public interface Recipients {

    void markUnreachable(long chatId, String reason, Instant since);

    /** The learner pressed Start again, or the bot was added back to the group. */
    void markReachable(long chatId);

    boolean isUnreachable(long chatId);
}
