package app.paceline.course.mongo;

import app.paceline.course.CourseCode;
import app.paceline.course.TeamInvite;
import app.paceline.course.TeamInvites;
import app.paceline.learner.LearnerId;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;

/** {@link TeamInvites} in {@code team_invites}, one document per invite keyed by its token. */
public final class MongoTeamInvites implements TeamInvites {

    static final String COLLECTION = "team_invites";

    private final MongoCollection<Document> invites;

    public MongoTeamInvites(MongoOperations mongo) {
        this.invites = mongo.getCollection(COLLECTION);
    }

    @Override
    public void add(TeamInvite invite) {
        invites.insertOne(new Document("_id", invite.token())
                .append("course", invite.course().value())
                .append("invitedBy", invite.invitedBy().value())
                .append("createdAt", Date.from(invite.createdAt()))
                .append("expiresAt", Date.from(invite.expiresAt()))
                .append("usedBy", invite.usedBy().map(LearnerId::value).orElse(null)));
    }

    @Override
    public Optional<TeamInvite> find(String token) {
        return Optional.ofNullable(invites.find(Filters.eq("_id", token)).first()).map(doc -> new TeamInvite(
                doc.getString("_id"), new CourseCode(doc.getString("course")), new LearnerId(doc.getLong("invitedBy")),
                doc.getDate("createdAt").toInstant(), doc.getDate("expiresAt").toInstant(),
                Optional.ofNullable(doc.getLong("usedBy")).map(LearnerId::new)));
    }

    @Override
    public boolean use(String token, LearnerId user) {
        return invites.updateOne(Filters.and(Filters.eq("_id", token), Filters.eq("usedBy", null)),
                Updates.set("usedBy", user.value())).getModifiedCount() > 0;
    }
}
