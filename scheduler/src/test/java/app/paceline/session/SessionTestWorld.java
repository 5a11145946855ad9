package app.paceline.session;

import app.paceline.course.CourseEvents;
import app.paceline.course.ImportingCourse;
import app.paceline.course.InMemoryCourseGroups;
import app.paceline.course.InMemoryCourses;
import app.paceline.course.InMemoryEnrollments;
import app.paceline.course.yaml.YamlCourseFileReader;
import app.paceline.delivery.InMemoryPlannedDeliveries;
import app.paceline.learner.InMemoryLearners;
import app.paceline.time.SimulatedClock;
import java.time.Instant;
import java.util.List;

/**
 * Live sessions wired as the application wires them, on in-memory stores and a clock stopped at Tuesday
 * 1 December 2026, 12:00 UTC: the base of the session use-case tests, so that each says only what it checks.
 */
abstract class SessionTestWorld {

    final SimulatedClock clock = SimulatedClock.stoppedAt(Instant.parse("2026-12-01T12:00:00Z"));
    final InMemoryCourses courses = new InMemoryCourses();
    final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    final InMemoryLearners learners = new InMemoryLearners();
    final InMemoryRsvps rsvps = new InMemoryRsvps();
    final InMemoryOccurrenceChanges changes = new InMemoryOccurrenceChanges();
    final InMemoryPlannedDeliveries deliveries = new InMemoryPlannedDeliveries();
    final InMemoryReplays replays = new InMemoryReplays();
    final InMemoryWatchedReplays watched = new InMemoryWatchedReplays();
    final InMemoryCourseGroups groups = new InMemoryCourseGroups();
    final CourseOccurrences occurrences = new CourseOccurrences(changes);
    final SessionNudges nudges = new SessionNudges(occurrences, courses, enrollments, learners, rsvps, deliveries, clock);
    final SessionSummaries summaries = new SessionSummaries(occurrences, courses, enrollments, learners, rsvps, deliveries, clock);
    final FollowingSessionSummaries followingSummaries = new FollowingSessionSummaries(occurrences, summaries, clock);
    final ReplayDeliveries messages = new ReplayDeliveries(deliveries, watched);
    final GroupSessionPosts groupPosts = new GroupSessionPosts(groups, occurrences, deliveries, clock);
    final CourseEvents following = CourseEvents.all(List.of(new FollowingSessions(occurrences, nudges, clock),
            followingSummaries, new FollowingReplays(replays, rsvps, messages, clock), groupPosts));
    final ImportingCourse importing = new ImportingCourse(courses, enrollments, new YamlCourseFileReader(), clock, following);
    final AnsweringRsvp answering = new AnsweringRsvp(occurrences, courses, enrollments, learners, rsvps, nudges, clock);
    final ChangingOccurrences changing = new ChangingOccurrences(courses, occurrences, changes, rsvps, nudges, deliveries,
            clock, OccurrenceEvents.all(List.of(followingSummaries, groupPosts)));
    final PostingReplay posting = new PostingReplay(courses, occurrences, enrollments, rsvps, replays, messages,
            Replay.DEFAULT_WINDOW, clock);
    final WatchingReplay watching = new WatchingReplay(enrollments, rsvps, replays, watched, messages, clock);
    final ListingCreatorSessions listing = new ListingCreatorSessions(courses, occurrences, rsvps, clock);
}
