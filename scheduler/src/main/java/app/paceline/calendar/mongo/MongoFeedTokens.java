package app.paceline.calendar.mongo;

import app.paceline.calendar.FeedToken;
import app.paceline.calendar.FeedTokens;
import app.paceline.learner.LearnerId;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * {@link FeedTokens} in {@code calendar_feeds}, as two kinds of documents addressed by {@code _id} only (the embedded
 * store scans a collection for anything else): {@code learner:<id>} holds the learner's current token and is the
 * truth; {@code token:<token>} names the learner and serves lookups by token. A lookup is believed only if the
 * learner's document still holds that token, so a replaced or revoked token stops working the moment the learner's
 * document changes, even if a crash left its {@code token:} document behind (a harmless orphan).
 */
public final class MongoFeedTokens implements FeedTokens {

    static final String COLLECTION = "calendar_feeds";

    private final MongoCollection<Document> feeds;

    public MongoFeedTokens(MongoOperations mongo) {
        this.feeds = mongo.getCollection(COLLECTION);
    }

    @Override
    public Optional<FeedToken> of(LearnerId learner) {
        return Optional.ofNullable(feeds.find(Filters.eq("_id", learnerKey(learner))).first())
                .map(doc -> doc.getString("token"))
                .flatMap(FeedToken::parse);
    }

    @Override
    public Optional<LearnerId> learnerWith(FeedToken token) {
        Document byToken = feeds.find(Filters.eq("_id", tokenKey(token))).first();
        if (byToken == null || !(byToken.get("learner") instanceof Number id)) {
            return Optional.empty();
        }
        LearnerId learner = new LearnerId(id.longValue());
        return of(learner).filter(token::equals).map(current -> learner);
    }

    @Override
    public void replace(LearnerId learner, FeedToken token) {
        Optional<FeedToken> old = of(learner);
        // The lookup document first: the token works once the learner's document names it, and not before.
        feeds.replaceOne(Filters.eq("_id", tokenKey(token)), new Document("_id", tokenKey(token)).append("learner", learner.value()),
                new ReplaceOptions().upsert(true));
        feeds.replaceOne(Filters.eq("_id", learnerKey(learner)),
                new Document("_id", learnerKey(learner)).append("learner", learner.value()).append("token", token.value()),
                new ReplaceOptions().upsert(true));
        old.filter(previous -> !previous.equals(token)).ifPresent(previous -> feeds.deleteOne(Filters.eq("_id", tokenKey(previous))));
    }

    @Override
    public void revoke(LearnerId learner) {
        Optional<FeedToken> old = of(learner);
        feeds.deleteOne(Filters.eq("_id", learnerKey(learner)));
        old.ifPresent(previous -> feeds.deleteOne(Filters.eq("_id", tokenKey(previous))));
    }

    private static String learnerKey(LearnerId learner) {
        return "learner:" + learner.value();
    }

    private static String tokenKey(FeedToken token) {
        return "token:" + token.value();
    }
}
