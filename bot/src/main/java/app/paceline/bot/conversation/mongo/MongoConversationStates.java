package app.paceline.bot.conversation.mongo;

import app.paceline.bot.conversation.ConversationState;
import app.paceline.bot.conversation.ConversationStates;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** {@link ConversationStates} in the {@code conversations} collection, one document per user per chat. */
public final class MongoConversationStates implements ConversationStates {

    static final String COLLECTION = "conversations";

    private final MongoOperations mongo;

    public MongoConversationStates(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<ConversationState> find(long chatId, long userId) {
        return Optional.ofNullable(mongo.findById(id(chatId, userId), StateDocument.class, COLLECTION))
                .map(StateDocument::toState);
    }

    @Override
    public void save(ConversationState state) {
        mongo.save(StateDocument.of(state), COLLECTION);
    }

    @Override
    public boolean clear(long chatId, long userId) {
        return mongo.remove(Query.query(Criteria.where("_id").is(id(chatId, userId))), COLLECTION).getDeletedCount() > 0;
    }

    /** One key per user per chat, so that saving a flow replaces the previous one in a single-document write. */
    static String id(long chatId, long userId) {
        return chatId + ":" + userId;
    }

    @Document(COLLECTION)
    record StateDocument(@Id String id, long chatId, long userId, String flow, String step, Instant since, String context) {

        static StateDocument of(ConversationState state) {
            return new StateDocument(MongoConversationStates.id(state.chatId(), state.userId()), state.chatId(), state.userId(), state.flow(),
                    state.step(), state.since(), state.context());
        }

        ConversationState toState() {
            return new ConversationState(chatId, userId, flow, step, since, context);
        }
    }
}
