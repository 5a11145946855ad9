package app.paceline.delivery.mongo;

import app.paceline.delivery.Recipients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;

/** {@link Recipients} as one document per unreachable chat in {@code unreachable_chats}; reachable chats have none. */
public final class MongoRecipients implements Recipients {

    static final String COLLECTION = "unreachable_chats";

    private final MongoCollection<Document> unreachable;

    public MongoRecipients(MongoOperations mongo) {
        this.unreachable = mongo.getCollection(COLLECTION);
    }

    @Override
    public void markUnreachable(long chatId, String reason, Instant since) {
        unreachable.replaceOne(Filters.eq("_id", chatId),
                new Document("_id", chatId).append("reason", reason).append("since", Date.from(since)),
                new ReplaceOptions().upsert(true));
    }

    @Override
    public void markReachable(long chatId) {
        unreachable.deleteOne(Filters.eq("_id", chatId));
    }

    @Override
    public boolean isUnreachable(long chatId) {
        return unreachable.find(Filters.eq("_id", chatId)).first() != null;
    }
}
