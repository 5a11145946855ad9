package app.paceline.course.mongo;

import app.paceline.course.CourseCode;
import app.paceline.course.CourseGroups;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;

/** {@link CourseGroups} in {@code course_groups}, one document per course keyed by its code. */
public final class MongoCourseGroups implements CourseGroups {

    static final String COLLECTION = "course_groups";

    private final MongoCollection<Document> groups;

    public MongoCourseGroups(MongoOperations mongo) {
        this.groups = mongo.getCollection(COLLECTION);
    }

    public void createIndexes() {
        groups.createIndex(Indexes.ascending("group"), new IndexOptions().name("by_group"));
    }

    @Override
    public Optional<Long> groupOf(CourseCode course) {
        return Optional.ofNullable(groups.find(Filters.eq("_id", course.value())).first())
                .map(doc -> ((Number) doc.get("group")).longValue());
    }

    @Override
    public Optional<CourseCode> courseOf(long groupChatId) {
        return Optional.ofNullable(groups.find(Filters.eq("group", groupChatId)).first())
                .map(doc -> new CourseCode(doc.getString("_id")));
    }

    @Override
    public Map<CourseCode, Long> linked() {
        Map<CourseCode, Long> linked = new LinkedHashMap<>();
        for (Document doc : groups.find()) {
            linked.put(new CourseCode(doc.getString("_id")), ((Number) doc.get("group")).longValue());
        }
        return linked;
    }

    @Override
    public void link(CourseCode course, long groupChatId) {
        // One course per group: a group linked to another course before leaves it.
        groups.deleteMany(Filters.and(Filters.eq("group", groupChatId), Filters.ne("_id", course.value())));
        groups.replaceOne(Filters.eq("_id", course.value()), new Document("_id", course.value()).append("group", groupChatId),
                new ReplaceOptions().upsert(true));
    }
}
