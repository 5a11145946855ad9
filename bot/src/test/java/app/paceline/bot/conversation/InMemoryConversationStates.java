package app.paceline.bot.conversation;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link ConversationStates} in a map, for handler tests. */
public final class InMemoryConversationStates implements ConversationStates {

    private final Map<String, ConversationState> states = new ConcurrentHashMap<>();

    @Override
    public Optional<ConversationState> find(long chatId, long userId) {
        return Optional.ofNullable(states.get(chatId + ":" + userId));
    }

    @Override
    public void save(ConversationState state) {
        states.put(state.chatId() + ":" + state.userId(), state);
    }

    @Override
    public boolean clear(long chatId, long userId) {
        return states.remove(chatId + ":" + userId) != null;
    }
}
