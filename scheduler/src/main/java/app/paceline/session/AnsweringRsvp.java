package app.paceline.session;

import app.paceline.course.Course;
import app.paceline.course.CourseCode;
import app.paceline.course.Courses;
import app.paceline.course.Enrollment;
import app.paceline.course.Enrollments;
import app.paceline.learner.Learner;
import app.paceline.learner.LearnerId;
import app.paceline.learner.Learners;
import app.paceline.time.QuietHours;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A learner's live sessions: the coming occurrences of their courses with their answers, and answering (live,
 * replay, can't) until an occurrence starts. Answering replay or can't withdraws the nudges before it; live plans
 * them again.
 */
public final class AnsweringRsvp {

    /** An occurrence of a learner's course as they see it. */
    public record Coming(ScheduledOccurrence occurrence, Optional<Rsvp> answer, boolean night) {
    }

    private static final LocalTime NIGHT_ENDS = LocalTime.of(6, 0);

    private final CourseOccurrences occurrences;
    private final Courses courses;
    private final Enrollments enrollments;
    private final Learners learners;
    private final Rsvps rsvps;
    private final SessionNudges nudges;
    private final Clock clock;

    public AnsweringRsvp(CourseOccurrences occurrences, Courses courses, Enrollments enrollments, Learners learners,
                         Rsvps rsvps, SessionNudges nudges, Clock clock) {
        this.occurrences = occurrences;
        this.courses = courses;
        this.enrollments = enrollments;
        this.learners = learners;
        this.rsvps = rsvps;
        this.nudges = nudges;
        this.clock = clock;
    }

    /** The learner's occurrences starting from now until {@code until}, earliest first. */
    public List<Coming> coming(LearnerId learner, Instant until) {
        return between(learner, clock.instant(), until);
    }

    /** The learner's occurrences that start after {@code from} and before {@code until}, earliest first. */
    public List<Coming> between(LearnerId learner, Instant from, Instant until) {
        Optional<Learner> who = learners.find(learner);
        List<Coming> all = new ArrayList<>();
        for (Enrollment enrollment : enrollments.ofLearner(learner)) {
            if (!enrollment.isActive()) {
                continue;
            }
            Optional<Course> course = courses.find(enrollment.course());
            if (course.isEmpty()) {
                continue;
            }
            for (ScheduledOccurrence occurrence : occurrences.of(course.get())) {
                Instant start = occurrence.occurrence().start();
                if (start.isAfter(from) && start.isBefore(until)) {
                    all.add(new Coming(occurrence,
                            rsvps.find(course.get().code(), occurrence.occurrence().id(), learner).map(RsvpRecord::answer),
                            atNight(occurrence, who)));
                }
            }
        }
        all.sort(java.util.Comparator.comparing(coming -> coming.occurrence().occurrence().start()));
        return all;
    }

    /** One occurrence of one of the learner's courses as they see it, started or not. */
    public Optional<Coming> standing(LearnerId learner, CourseCode code, String occurrenceId) {
        return find(learner, code, occurrenceId).map(occurrence -> new Coming(occurrence,
                rsvps.find(code, occurrenceId, learner).map(RsvpRecord::answer), atNight(occurrence, learners.find(learner))));
    }

    /** One occurrence of one of the learner's courses. */
    public Optional<ScheduledOccurrence> find(LearnerId learner, CourseCode code, String occurrenceId) {
        if (enrollments.find(learner, code).filter(Enrollment::isActive).isEmpty()) {
            return Optional.empty();
        }
        return courses.find(code).flatMap(course -> occurrences.find(course, occurrenceId));
    }

    public RsvpOutcome answer(LearnerId learner, CourseCode code, String occurrenceId, Rsvp answer) {
        Optional<ScheduledOccurrence> occurrence = find(learner, code, occurrenceId);
        if (occurrence.isEmpty()) {
            return new RsvpOutcome.Unknown();
        }
        Instant now = clock.instant();
        if (!occurrence.get().occurrence().start().isAfter(now)) {
            return new RsvpOutcome.AlreadyStarted(occurrence.get());
        }
        rsvps.save(new RsvpRecord(code, occurrenceId, learner, answer, now));
        nudges.refresh(learner, occurrence.get());
        return new RsvpOutcome.Saved(occurrence.get(), answer, atNight(occurrence.get(), learners.find(learner)));
    }

    /** Whether the occurrence starts in the learner's quiet hours or between midnight and 06:00 their time. */
    static boolean atNight(ScheduledOccurrence occurrence, Optional<Learner> learner) {
        Optional<ZoneId> zone = learner.flatMap(Learner::timeZone);
        if (zone.isEmpty()) {
            return false;
        }
        Instant start = occurrence.occurrence().start();
        QuietHours quiet = learner.get().quietHours();
        return quiet.contains(start, zone.get()) || start.atZone(zone.get()).toLocalTime().isBefore(NIGHT_ENDS);
    }
}
