package app.paceline.session;

import app.paceline.course.Course;
import app.paceline.course.CourseCode;
import app.paceline.course.Courses;
import app.paceline.course.Enrollment;
import app.paceline.course.Enrollments;
import app.paceline.delivery.DeliveryDecision;
import app.paceline.delivery.DeliveryDecision.Verdict;
import app.paceline.delivery.DeliveryKey;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.DeliveryPlan;
import app.paceline.delivery.PlannedDeliveries;
import app.paceline.delivery.Recipient;
import app.paceline.learner.Learner;
import app.paceline.learner.LearnerId;
import app.paceline.learner.Learners;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The message to a course's creator after each occurrence of its sessions: how many active learners answered live,
 * replay or can't, and how many did not answer. It is planned for the end of every occurrence, keyed by the
 * occurrence's start ({@code live-summary:<course>:<occurrence>:<start epoch second>}), so an occurrence that moves
 * gets a new one and the old one is withdrawn. The counts are read when the message is rendered, i.e. when it is
 * sent: answers close at the start, so they are final by then, and a learner who left in the meantime is not
 * counted.
 */
public final class SessionSummaries {

    private final CourseOccurrences occurrences;
    private final Courses courses;
    private final Enrollments enrollments;
    private final Learners learners;
    private final Rsvps rsvps;
    private final PlannedDeliveries deliveries;
    private final Clock clock;

    public SessionSummaries(CourseOccurrences occurrences, Courses courses, Enrollments enrollments, Learners learners,
                            Rsvps rsvps, PlannedDeliveries deliveries, Clock clock) {
        this.occurrences = occurrences;
        this.courses = courses;
        this.enrollments = enrollments;
        this.learners = learners;
        this.rsvps = rsvps;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Plans (or updates) the summary of every occurrence of the course that has not ended. */
    public void plan(Course course) {
        Instant now = clock.instant();
        for (ScheduledOccurrence occurrence : occurrences.of(course)) {
            if (occurrence.occurrence().end().isAfter(now)) {
                deliveries.plan(DeliveryPlan.of(key(occurrence), Recipient.learner(course.creator().value()),
                        DeliveryKind.SESSION_SUMMARY, occurrence.occurrence().end(), payload(occurrence)));
            }
        }
    }

    /** Withdraws the summary of an occurrence as it was (moved, cancelled, or gone from the file). */
    public void withdraw(ScheduledOccurrence occurrence, String why) {
        deliveries.cancel(key(occurrence), new DeliveryDecision(clock.instant(), Verdict.CANCELLED, why));
    }

    /** The answers for one occurrence as they stand, for its creator. */
    public SessionSummary of(CourseCode code, String occurrenceId, LearnerId creator) {
        int live = 0;
        int replay = 0;
        int cant = 0;
        int none = 0;
        for (Enrollment enrollment : enrollments.ofCourse(code)) {
            if (!enrollment.isActive()) {
                continue;
            }
            Optional<Rsvp> answer = rsvps.find(code, occurrenceId, enrollment.learner()).map(RsvpRecord::answer);
            if (answer.isEmpty()) {
                none++;
            } else {
                switch (answer.get()) {
                    case LIVE -> live++;
                    case REPLAY -> replay++;
                    case CANT -> cant++;
                }
            }
        }
        ZoneId zone = learners.find(creator).flatMap(Learner::timeZone)
                .or(() -> courses.find(code).map(Course::zone))
                .orElse(ZoneOffset.UTC);
        return new SessionSummary(live, replay, cant, none, zone);
    }

    static DeliveryKey key(ScheduledOccurrence occurrence) {
        return DeliveryKey.of("live-summary", occurrence.course().code().value(), occurrence.occurrence().id(),
                Long.toString(occurrence.occurrence().start().getEpochSecond()));
    }

    private static Map<String, String> payload(ScheduledOccurrence occurrence) {
        Map<String, String> payload = new HashMap<>();
        payload.put("course", occurrence.course().code().value());
        payload.put("occurrence", occurrence.occurrence().id());
        payload.put("title", occurrence.session().title());
        payload.put("start", occurrence.occurrence().start().toString());
        return payload;
    }
}
