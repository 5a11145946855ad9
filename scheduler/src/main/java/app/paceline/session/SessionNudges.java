package app.paceline.session;

import app.paceline.course.Course;
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
import app.paceline.delivery.Replannable;
import app.paceline.learner.Learner;
import app.paceline.learner.LearnerId;
import app.paceline.learner.Learners;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The nudges before each occurrence of a live session, per learner: at each of their {@link Learner#sessionLeads()}
 * before the start, never once it started, none for learners who answered replay or can't. A nudge's key holds the
 * occurrence's start, so an occurrence that moves gets new nudges and the old ones are withdrawn: nothing ever
 * comes for the old time. A nudge withdrawn and wanted again (an RSVP changed back to live) is {@link Replannable}:
 * planned again under a numbered key; one that was sent is never sent again.
 */
public final class SessionNudges {

    /**
     * Nudges are planned for occurrences starting this soon; {@link ExtendingSessionNudges} plans later ones as they
     * come within it. A week and a day: the longest lead (24 h) before every occurrence of a weekly series, with a
     * day to spare.
     */
    public static final Duration HORIZON = Duration.ofDays(8);

    private final CourseOccurrences occurrences;
    private final Courses courses;
    private final Enrollments enrollments;
    private final Learners learners;
    private final Rsvps rsvps;
    private final PlannedDeliveries deliveries;
    private final SessionHorizons horizons;
    private final Clock clock;

    /** Without a horizon store: every learner's nudges are planned for the whole series (tests, small tools). */
    public SessionNudges(CourseOccurrences occurrences, Courses courses, Enrollments enrollments, Learners learners,
                         Rsvps rsvps, PlannedDeliveries deliveries, Clock clock) {
        this(occurrences, courses, enrollments, learners, rsvps, deliveries, null, clock);
    }

    public SessionNudges(CourseOccurrences occurrences, Courses courses, Enrollments enrollments, Learners learners,
                         Rsvps rsvps, PlannedDeliveries deliveries, SessionHorizons horizons, Clock clock) {
        this.occurrences = occurrences;
        this.courses = courses;
        this.enrollments = enrollments;
        this.learners = learners;
        this.rsvps = rsvps;
        this.deliveries = deliveries;
        this.horizons = horizons;
        this.clock = clock;
    }

    /** Until when nudges are planned now: the horizon ahead, or the whole series without a horizon store. */
    private Instant planUntil(Instant now) {
        return horizons == null ? Instant.MAX : now.plus(HORIZON);
    }

    /** The nudges of every coming occurrence of the course for one learner. */
    public void refresh(LearnerId learner, Course course) {
        Instant now = clock.instant();
        if (horizons != null && !course.sessions().isEmpty()) {
            horizons.track(course.code(), planUntil(now));
        }
        Optional<Learner> who = learners.find(learner);
        for (ScheduledOccurrence occurrence : occurrences.upcoming(course, now)) {
            if (occurrence.occurrence().start().isBefore(planUntil(now))) {
                plan(learner, who, occurrence, now);
            }
        }
    }

    /** One occurrence for one learner (after an RSVP). */
    public void refresh(LearnerId learner, ScheduledOccurrence occurrence) {
        plan(learner, learners.find(learner), occurrence, clock.instant());
    }

    /** The nudges of every learner of the course (after a re-import or a creator's change). */
    public void refreshEveryone(Course course) {
        Instant now = clock.instant();
        for (Enrollment enrollment : enrollments.ofCourse(course.code())) {
            if (enrollment.isActive()) {
                refresh(enrollment.learner(), course);
            }
        }
        if (horizons != null) {
            if (course.sessions().isEmpty()) {
                horizons.forget(course.code());
            } else {
                horizons.set(course.code(), planUntil(now));
            }
        }
    }

    /** One occurrence for every learner of the course (after the creator added it). */
    public void refreshEveryone(Course course, ScheduledOccurrence occurrence) {
        Instant now = clock.instant();
        for (Enrollment enrollment : enrollments.ofCourse(course.code())) {
            if (enrollment.isActive()) {
                plan(enrollment.learner(), learners.find(enrollment.learner()), occurrence, now);
            }
        }
    }

    /** Whether the learner is (still) in the course: only they are nudged or told about its sessions. */
    public boolean isEnrolled(LearnerId learner, app.paceline.course.CourseCode course) {
        return enrollments.find(learner, course).filter(Enrollment::isActive).isPresent();
    }

    /** Every course of one learner (after they changed their leads). */
    public void refreshLearner(LearnerId learner) {
        for (Enrollment enrollment : enrollments.ofLearner(learner)) {
            if (enrollment.isActive()) {
                courses.find(enrollment.course()).ifPresent(course -> refresh(learner, course));
            }
        }
    }

    /** Withdraws one learner's nudges for an occurrence as it was (moved, cancelled, gone, or the learner left). */
    public void withdraw(LearnerId learner, ScheduledOccurrence occurrence, String why) {
        if (!occurrence.occurrence().start().isBefore(planUntil(clock.instant()))) {
            return; // beyond the horizon nothing was planned yet
        }
        var decision = new DeliveryDecision(clock.instant(), Verdict.CANCELLED, why);
        for (Duration lead : Learner.SESSION_LEADS) {
            Replannable.cancel(deliveries, key(learner, occurrence, lead), decision);
        }
    }

    /** Withdraws everyone's nudges for an occurrence as it was. */
    public void withdrawEveryone(Course course, ScheduledOccurrence occurrence, String why) {
        for (Enrollment enrollment : enrollments.ofCourse(course.code())) {
            withdraw(enrollment.learner(), occurrence, why);
        }
    }

    private void plan(LearnerId learner, Optional<Learner> who, ScheduledOccurrence occurrence, Instant now) {
        if (!occurrence.occurrence().start().isBefore(planUntil(now))) {
            return; // planned when it comes within the horizon, with whatever the learner answered by then
        }
        Optional<Rsvp> answer = rsvps.find(occurrence.course().code(), occurrence.occurrence().id(), learner).map(RsvpRecord::answer);
        boolean live = answer.isEmpty() || answer.get() == Rsvp.LIVE;
        List<Duration> chosen = who.map(Learner::sessionLeads).orElse(Learner.DEFAULT_SESSION_LEADS);
        Instant start = occurrence.occurrence().start();
        for (Duration lead : Learner.SESSION_LEADS) {
            Instant at = start.minus(lead);
            if (!live || !chosen.contains(lead)) {
                String why = !live ? "the learner answered " + answer.get() : "the learner turned this nudge off";
                Replannable.cancel(deliveries, key(learner, occurrence, lead), new DeliveryDecision(now, Verdict.CANCELLED, why));
            } else if (at.isAfter(now)) {
                Replannable.plan(deliveries, DeliveryPlan.of(key(learner, occurrence, lead), Recipient.learner(learner.value()),
                        DeliveryKind.SESSION_NUDGE, at, payload(occurrence, lead)).sendBy(occurrence.occurrence().start()));
            }
        }
    }

    static DeliveryKey key(LearnerId learner, ScheduledOccurrence occurrence, Duration lead) {
        return DeliveryKey.of("live", Long.toString(learner.value()), occurrence.course().code().value(),
                occurrence.occurrence().id(), Long.toString(occurrence.occurrence().start().getEpochSecond()), lead.toString());
    }

    private static Map<String, String> payload(ScheduledOccurrence occurrence, Duration lead) {
        Map<String, String> payload = new HashMap<>();
        payload.put("course", occurrence.course().code().value());
        payload.put("session", occurrence.session().id());
        payload.put("occurrence", occurrence.occurrence().id());
        payload.put("title", occurrence.session().title());
        payload.put("start", occurrence.occurrence().start().toString());
        payload.put("durationMinutes", Long.toString(occurrence.occurrence().duration().toMinutes()));
        payload.put("lead", lead.toString());
        occurrence.session().joinUrl().ifPresent(url -> payload.put("joinUrl", url.toString()));
        return payload;
    }
}
