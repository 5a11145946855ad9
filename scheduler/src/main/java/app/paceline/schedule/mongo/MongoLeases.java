package app.paceline.schedule.mongo;

import app.paceline.schedule.Leases;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * {@link Leases} in the {@code leases} collection, one document per lease ({@code _id} = its name). Taking is one
 * {@code findOneAndUpdate} whose filter matches only a lease that is free, ran out, or is ours, so of several
 * instances at once exactly one wins, with no transaction; the first lease ever is an insert, which the unique
 * {@code _id} makes exclusive too.
 */
public final class MongoLeases implements Leases {

    static final String COLLECTION = "leases";

    private final MongoCollection<Document> leases;

    public MongoLeases(MongoOperations mongo) {
        this.leases = mongo.getCollection(COLLECTION);
    }

    @Override
    public Optional<Grant> take(String name, String holder, Instant now, Instant until) {
        var ours = Filters.and(Filters.eq("_id", name),
                Filters.or(Filters.eq("holder", holder), Filters.lt("until", Date.from(now)), Filters.eq("holder", null)));
        Document before = leases.findOneAndUpdate(ours,
                Updates.combine(Updates.set("holder", holder), Updates.set("until", Date.from(until))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE));
        if (before != null) {
            String previous = before.getString("holder");
            return Optional.of(new Grant(previous == null || previous.equals(holder) ? Optional.empty() : Optional.of(previous)));
        }
        if (leases.find(Filters.eq("_id", name)).first() != null) {
            // Someone else holds it. (Asking first rather than upserting: a failed upsert is an error in the store's log.)
            return Optional.empty();
        }
        try {
            leases.insertOne(new Document("_id", name).append("holder", holder).append("until", Date.from(until)));
            return Optional.of(new Grant(Optional.empty()));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void giveUp(String name, String holder) {
        leases.updateOne(Filters.and(Filters.eq("_id", name), Filters.eq("holder", holder)),
                Updates.combine(Updates.set("holder", null), Updates.set("until", new Date(0))));
    }

    @Override
    public Optional<Holding> holding(String name) {
        Document lease = leases.find(Filters.eq("_id", name)).first();
        if (lease == null || lease.getString("holder") == null) {
            return Optional.empty();
        }
        return Optional.of(new Holding(lease.getString("holder"), lease.getDate("until").toInstant()));
    }
}
