package app.paceline.bot.conversation;

import java.util.Optional;

/** The flows users are in, one per user per chat. */
public interface ConversationStates {

    Optional<ConversationState> find(long chatId, long userId);

    /** Enters or moves a flow, replacing whatever flow this user had in this chat. */
    void save(ConversationState state);

    /** Leaves any flow; returns whether there was one. */
    boolean clear(long chatId, long userId);
}
