package app.paceline.learner.mongo;

import app.paceline.learner.Learner;
import app.paceline.learner.LearnerId;
import app.paceline.learner.Learners;
import app.paceline.time.QuietHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;

/** {@link Learners} in the {@code learners} collection, one document per learner keyed by Telegram user id. */
public final class MongoLearners implements Learners {

    static final String COLLECTION = "learners";

    private final MongoOperations mongo;

    public MongoLearners(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Learner> find(LearnerId id) {
        return Optional.ofNullable(mongo.findById(id.value(), LearnerDocument.class, COLLECTION))
                .map(LearnerDocument::toLearner);
    }

    @Override
    public void save(Learner learner) {
        mongo.save(LearnerDocument.of(learner), COLLECTION);
    }

    /** The stored shape; kept apart from {@link Learner} so that the domain type stays free of mapping concerns. */
    @Document(COLLECTION)
    record LearnerDocument(@Id long id, String firstName, String languageCode, String timeZone,
                           String quietFrom, String quietUntil, Long reminderLeadSeconds,
                           List<Long> sessionLeadSeconds, Instant firstSeen, Instant lastSeen) {

        static LearnerDocument of(Learner learner) {
            return new LearnerDocument(learner.id().value(), learner.firstName(), learner.languageCode(),
                    learner.timeZone().map(ZoneId::getId).orElse(null), learner.quietHours().start().toString(),
                    learner.quietHours().end().toString(), learner.reminderLead().toSeconds(),
                    learner.sessionLeads().stream().map(Duration::toSeconds).toList(), learner.firstSeen(), learner.lastSeen());
        }

        Learner toLearner() {
            QuietHours quiet = quietFrom == null || quietUntil == null ? QuietHours.NIGHT
                    : new QuietHours(LocalTime.parse(quietFrom), LocalTime.parse(quietUntil));
            Duration lead = reminderLeadSeconds == null ? Learner.DEFAULT_REMINDER_LEAD : Duration.ofSeconds(reminderLeadSeconds);
            List<Duration> sessionLeads = sessionLeadSeconds == null ? Learner.DEFAULT_SESSION_LEADS
                    : sessionLeadSeconds.stream().map(Duration::ofSeconds).toList();
            return new Learner(new LearnerId(id), firstName, languageCode,
                    Optional.ofNullable(timeZone).map(ZoneId::of), quiet, lead, sessionLeads, firstSeen, lastSeen);
        }
    }
}
