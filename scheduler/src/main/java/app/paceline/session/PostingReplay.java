package app.paceline.session;

import app.paceline.course.Course;
import app.paceline.course.CourseCode;
import app.paceline.course.Courses;
import app.paceline.course.Enrollment;
import app.paceline.course.Enrollments;
import app.paceline.delivery.PlannedDeliveries.PlanResult;
import app.paceline.learner.LearnerId;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A course's creator posts the recording of an occurrence that has started: it is stored, and every active learner
 * of the course who did not answer live (replay, can't, or no answer) is sent it with a watch-by date, the end of a
 * window counted from the first posting, and reminded a day before it closes. Posting again replaces the link:
 * learners still waiting get the new one, those already sent are not sent it again, and their reminder carries the
 * new link.
 */
public final class PostingReplay {

    private final Courses courses;
    private final CourseOccurrences occurrences;
    private final Enrollments enrollments;
    private final Rsvps rsvps;
    private final Replays replays;
    private final ReplayDeliveries messages;
    private final Duration window;
    private final Clock clock;

    /** @param window how long learners have to watch a recording, from its first posting */
    public PostingReplay(Courses courses, CourseOccurrences occurrences, Enrollments enrollments, Rsvps rsvps,
                         Replays replays, ReplayDeliveries messages, Duration window, Clock clock) {
        if (window.compareTo(ReplayDeliveries.REMINDER_LEAD) <= 0) {
            throw new IllegalArgumentException("a watch window is longer than its reminder's lead, was " + window);
        }
        this.courses = courses;
        this.occurrences = occurrences;
        this.enrollments = enrollments;
        this.rsvps = rsvps;
        this.replays = replays;
        this.messages = messages;
        this.window = Objects.requireNonNull(window);
        this.clock = clock;
    }

    /**
     * Posts {@code link} as the recording of {@code occurrenceId}, in {@code course} or, when none is named, in
     * whichever of the creator's own courses has that occurrence.
     */
    public ReplayOutcome post(LearnerId creator, Optional<CourseCode> course, String occurrenceId, String link) {
        Optional<ScheduledOccurrence> found;
        if (course.isPresent()) {
            Optional<Course> named = courses.find(course.get());
            if (named.isPresent() && !named.get().isEditableBy(creator)) {
                return new ReplayOutcome.NotTheCreator();
            }
            found = named.flatMap(c -> occurrences.find(c, occurrenceId));
        } else {
            List<Course> own = courses.createdBy(creator);
            if (own.isEmpty()) {
                return new ReplayOutcome.NotTheCreator();
            }
            List<ScheduledOccurrence> matching = own.stream().map(c -> occurrences.find(c, occurrenceId))
                    .flatMap(Optional::stream).toList();
            if (matching.size() > 1) {
                return new ReplayOutcome.Ambiguous(occurrenceId, matching.stream().map(o -> o.course().code())
                        .sorted(Comparator.comparing(CourseCode::value)).toList());
            }
            found = matching.stream().findFirst();
        }
        if (found.isEmpty()) {
            return new ReplayOutcome.Unknown(occurrenceId);
        }
        Instant now = clock.instant();
        ScheduledOccurrence occurrence = found.get();
        if (occurrence.occurrence().start().isAfter(now)) {
            return new ReplayOutcome.NotStarted(occurrence);
        }
        Optional<URI> parsed = Replay.parseLink(link);
        if (parsed.isEmpty()) {
            return new ReplayOutcome.BadLink(link == null ? "" : link.strip());
        }
        CourseCode code = occurrence.course().code();
        Optional<Replay> before = replays.find(code, occurrenceId);
        Replay replay = before.map(earlier -> earlier.withLink(parsed.get(), now))
                .orElseGet(() -> Replay.posted(occurrence, parsed.get(), now, window));
        replays.save(replay);
        int sending = 0;
        int alreadySent = 0;
        for (Enrollment enrollment : enrollments.ofCourse(code)) {
            if (!enrollment.isActive() || !Replay.isFor(rsvps.find(code, occurrenceId, enrollment.learner()).map(RsvpRecord::answer))) {
                continue;
            }
            var planned = messages.plan(enrollment.learner(), replay, now);
            if (planned.isPresent()) {
                if (planned.get() == PlanResult.ALREADY_FINISHED) {
                    alreadySent++;
                } else {
                    sending++;
                }
            }
        }
        return new ReplayOutcome.Posted(occurrence, replay, before.isPresent(), sending, alreadySent);
    }

    /**
     * The occurrences of the creator's own courses that have started, latest first: those whose recording they
     * may post.
     */
    public List<ScheduledOccurrence> started(LearnerId creator) {
        Instant now = clock.instant();
        List<ScheduledOccurrence> all = new ArrayList<>();
        for (Course course : courses.createdBy(creator)) {
            occurrences.of(course).stream().filter(o -> !o.occurrence().start().isAfter(now)).forEach(all::add);
        }
        all.sort(Comparator.comparing((ScheduledOccurrence o) -> o.occurrence().start()).reversed());
        return all;
    }
}
