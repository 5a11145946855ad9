package app.paceline.bot.telegram.mongo;

import app.paceline.bot.telegram.ProcessedUpdates;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * {@link ProcessedUpdates} in the {@code processed_updates} collection: one small document per update,
 * {@code _id = "<bot id>:<update id>"}. The unique {@code _id} makes the first claim win on every instance and on a
 * MongoDB replica set alike; a takeover is one conditional single-document update. Documents are removed by
 * {@link #forgetClaimedBefore} against our clock, never by a TTL index (the embedded store does not expire them).
 *
 * <p>The key carries the bot id because update ids are only unique per bot: a new bot (another token from
 * @BotFather) on the same database starts its own sequence, and its first updates must not look handled.
 */
public final class MongoProcessedUpdates implements ProcessedUpdates {

    static final String COLLECTION = "processed_updates";

    private final MongoOperations mongo;
    private final String botId;

    public MongoProcessedUpdates(MongoOperations mongo, String botId) {
        this.mongo = mongo;
        this.botId = botId;
    }

    @Override
    public Claim claim(long updateId, Instant now, Instant unfinishedSince) {
        String id = id(updateId);
        try {
            mongo.insert(new ClaimDocument(id, now, null), COLLECTION);
            return Claim.NEW;
        } catch (DuplicateKeyException already) {
            Criteria unfinished = Criteria.where("_id").is(id).and("finishedAt").is(null);
            if (unfinishedSince != null) {
                unfinished = unfinished.and("claimedAt").lt(unfinishedSince);
            }
            ClaimDocument taken = mongo.findAndModify(Query.query(unfinished),
                    Update.update("claimedAt", now),
                    FindAndModifyOptions.options().returnNew(true),
                    ClaimDocument.class, COLLECTION);
            if (taken != null) {
                return Claim.TAKEN_OVER;
            }
            ClaimDocument existing = mongo.findById(id, ClaimDocument.class, COLLECTION);
            // Forgotten between our insert and our look: it was old; whoever claimed it first has handled it.
            return existing == null || existing.finishedAt() != null ? Claim.DONE : Claim.IN_PROGRESS;
        }
    }

    @Override
    public void finished(long updateId, Instant now) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id(updateId))), Update.update("finishedAt", now), COLLECTION);
    }

    @Override
    public long forgetClaimedBefore(Instant cutoff) {
        return mongo.remove(Query.query(Criteria.where("claimedAt").lt(cutoff)), COLLECTION).getDeletedCount();
    }

    private String id(long updateId) {
        return botId + ":" + updateId;
    }

    record ClaimDocument(@Id String id, Instant claimedAt, Instant finishedAt) {
    }
}
