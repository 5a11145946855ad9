package app.paceline.session;

import app.paceline.course.Course;
import app.paceline.course.CourseEvents;
import app.paceline.course.CourseGroups;
import app.paceline.delivery.DeliveryDecision;
import app.paceline.delivery.DeliveryDecision.Verdict;
import app.paceline.delivery.DeliveryKey;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.DeliveryPlan;
import app.paceline.delivery.PlannedDeliveries;
import app.paceline.delivery.Recipient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Starting in 15 minutes" in a course's linked group before each occurrence of its live sessions, within the
 * group's message limit (the delivery engine's 20 a minute). Keyed by the occurrence's start, so a moved occurrence
 * is announced for its new time only; planned when a group is linked, a course imported, an occurrence changed.
 */
public final class GroupSessionPosts implements CourseEvents, OccurrenceEvents {

    /** How long before the start the group hears of it. */
    public static final Duration LEAD = Duration.ofMinutes(15);

    private final CourseGroups groups;
    private final CourseOccurrences occurrences;
    private final PlannedDeliveries deliveries;
    private final Clock clock;

    public GroupSessionPosts(CourseGroups groups, CourseOccurrences occurrences, PlannedDeliveries deliveries, Clock clock) {
        this.groups = groups;
        this.occurrences = occurrences;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Plans the post before every coming occurrence of the course, when it has a group. */
    public void plan(Course course) {
        Optional<Long> group = groups.groupOf(course.code());
        if (group.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        for (ScheduledOccurrence occurrence : occurrences.upcoming(course, now)) {
            Instant at = occurrence.occurrence().start().minus(LEAD);
            deliveries.plan(DeliveryPlan.of(key(occurrence), Recipient.group(group.get()), DeliveryKind.SESSION_STARTING,
                    at.isAfter(now) ? at : now, payload(occurrence)).sendBy(occurrence.occurrence().start()));
        }
    }

    @Override
    public void courseCreated(Course course) {
        plan(course);
    }

    @Override
    public void groupLinked(Course course, long groupChatId) {
        // A group that replaces another: the posts planned for the old one go to the new one (same keys, updated).
        plan(course);
    }

    @Override
    public void courseUpdated(Course before, Course after) {
        Set<String> still = new HashSet<>();
        occurrences.of(after).forEach(o -> still.add(key(o).value()));
        for (ScheduledOccurrence old : occurrences.of(before, before.sessions())) {
            if (!still.contains(key(old).value())) {
                withdraw(old, "the session changed in the course file");
            }
        }
        plan(after);
    }

    @Override
    public void occurrenceChanged(Course course, ScheduledOccurrence before) {
        withdraw(before, "the creator moved or cancelled it");
        plan(course);
    }

    @Override
    public void occurrenceAdded(Course course, ScheduledOccurrence added) {
        plan(course);
    }

    private void withdraw(ScheduledOccurrence occurrence, String why) {
        deliveries.cancel(key(occurrence), new DeliveryDecision(clock.instant(), Verdict.CANCELLED, why));
    }

    static DeliveryKey key(ScheduledOccurrence occurrence) {
        return DeliveryKey.of("live-group", occurrence.course().code().value(), occurrence.occurrence().id(),
                Long.toString(occurrence.occurrence().start().getEpochSecond()));
    }

    private static Map<String, String> payload(ScheduledOccurrence occurrence) {
        Map<String, String> payload = new HashMap<>();
        payload.put("course", occurrence.course().code().value());
        payload.put("occurrence", occurrence.occurrence().id());
        payload.put("title", occurrence.session().title());
        payload.put("start", occurrence.occurrence().start().toString());
        payload.put("durationMinutes", Long.toString(occurrence.occurrence().duration().toMinutes()));
        occurrence.session().joinUrl().ifPresent(url -> payload.put("joinUrl", url.toString()));
        return payload;
    }
}
