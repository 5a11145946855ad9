package app.paceline.bot.inbound;

import app.paceline.learner.Learner;
import java.util.Locale;
import java.util.Optional;

/**
 * One thing a user did, with what every handler needs to answer it.
 *
 * @param locale  the language to answer in
 * @param learner the learner writing, in private chats (always registered there); empty in groups
 */
public record Turn(Inbound inbound, Locale locale, Optional<Learner> learner) {

    public long chatId() {
        return inbound.chatId();
    }

    /** The learner, for handlers that only run in private chats. */
    public Learner requireLearner() {
        return learner.orElseThrow(() -> new IllegalStateException("no learner in chat " + inbound.chatId()));
    }
}
