package app.paceline.announce.mongo;

import app.paceline.announce.Announcement;
import app.paceline.announce.AnnouncementSchedule;
import app.paceline.announce.AnnouncementState;
import app.paceline.announce.Announcements;
import app.paceline.course.CourseCode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * {@link Announcements} in the {@code announcements} collection, one document per announcement keyed by its id.
 * Moving one on is a single-document replace filtered by its state and next post (compare-and-set).
 */
public final class MongoAnnouncements implements Announcements {

    static final String COLLECTION = "announcements";

    private final MongoCollection<Document> collection;

    public MongoAnnouncements(MongoOperations mongo) {
        this.collection = mongo.getCollection(COLLECTION);
    }

    /** Indexes for the metronome's and a group's reads on a real MongoDB; idempotent, created at startup. */
    public void createIndexes() {
        collection.createIndex(Indexes.ascending("state", "nextAt"), new IndexOptions().name("by_state_next"));
        collection.createIndex(Indexes.ascending("group", "state"), new IndexOptions().name("by_group_state"));
    }

    @Override
    public void add(Announcement announcement) {
        collection.insertOne(document(announcement));
    }

    @Override
    public Optional<Announcement> find(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first()).map(MongoAnnouncements::announcement);
    }

    @Override
    public List<Announcement> scheduledIn(long groupChatId) {
        return collection.find(Filters.and(Filters.eq("group", groupChatId), scheduled()))
                .sort(Sorts.ascending("nextAt")).map(MongoAnnouncements::announcement).into(new ArrayList<>());
    }

    @Override
    public long countScheduledIn(long groupChatId) {
        return collection.countDocuments(Filters.and(Filters.eq("group", groupChatId), scheduled()));
    }

    @Override
    public List<Announcement> dueBy(Instant instant, int limit) {
        return collection.find(Filters.and(scheduled(), Filters.lte("nextAt", Date.from(instant))))
                .sort(Sorts.ascending("nextAt")).limit(limit).map(MongoAnnouncements::announcement).into(new ArrayList<>());
    }

    @Override
    public Optional<Instant> earliestNext() {
        return Optional.ofNullable(collection.find(scheduled()).sort(Sorts.ascending("nextAt")).limit(1)
                .projection(Projections.include("nextAt")).first()).map(d -> d.getDate("nextAt").toInstant());
    }

    @Override
    public boolean replaceIfUnchanged(Announcement expected, Announcement changed) {
        if (!expected.id().equals(changed.id())) {
            throw new IllegalArgumentException("not the same announcement: " + expected.id() + ", " + changed.id());
        }
        Bson same = Filters.and(Filters.eq("_id", expected.id()), Filters.eq("state", expected.state().name()),
                Filters.eq("nextAt", expected.nextAt().map(Date::from).orElse(null)));
        return collection.replaceOne(same, document(changed)).getMatchedCount() > 0;
    }

    private static Bson scheduled() {
        return Filters.eq("state", AnnouncementState.SCHEDULED.name());
    }

    static Document document(Announcement a) {
        Document d = new Document("_id", a.id())
                .append("course", a.course().value())
                .append("group", a.groupChatId())
                .append("text", a.text())
                .append("pinned", a.pinned())
                .append("author", a.author())
                .append("createdAt", Date.from(a.createdAt()))
                .append("state", a.state().name())
                .append("nextAt", a.nextAt().map(Date::from).orElse(null));
        if (a.schedule() instanceof AnnouncementSchedule.Once once) {
            d.append("repeat", "once").append("at", Date.from(once.at()));
        } else {
            AnnouncementSchedule.Weekly weekly = (AnnouncementSchedule.Weekly) a.schedule();
            d.append("repeat", "weekly").append("weekday", weekly.day().getValue())
                    .append("time", weekly.time().toString()).append("zone", weekly.zone().getId());
        }
        return d;
    }

    static Announcement announcement(Document d) {
        AnnouncementSchedule schedule = "weekly".equals(d.getString("repeat"))
                ? new AnnouncementSchedule.Weekly(DayOfWeek.of(d.getInteger("weekday")), LocalTime.parse(d.getString("time")),
                        ZoneId.of(d.getString("zone")))
                : new AnnouncementSchedule.Once(d.getDate("at").toInstant());
        return new Announcement(d.getString("_id"), new CourseCode(d.getString("course")), ((Number) d.get("group")).longValue(),
                d.getString("text"), d.getBoolean("pinned", false), schedule, ((Number) d.get("author")).longValue(),
                d.getDate("createdAt").toInstant(), AnnouncementState.valueOf(d.getString("state")),
                Optional.ofNullable(d.getDate("nextAt")).map(Date::toInstant));
    }
}
