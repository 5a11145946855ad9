package app.paceline.stats;

import app.paceline.calendar.AssignmentProgress;
import app.paceline.calendar.AssignmentRef;
import app.paceline.calendar.BookedSlot;
import app.paceline.calendar.InMemoryAssignmentProgresses;
import app.paceline.challenge.ChallengeEnrollment;
import app.paceline.challenge.InMemoryChallengeEnrollments;
import app.paceline.course.Assignment;
import app.paceline.course.AssignmentWindow;
import app.paceline.course.Challenge;
import app.paceline.course.Course;
import app.paceline.course.CourseCode;
import app.paceline.course.Enrollment;
import app.paceline.course.InMemoryCourses;
import app.paceline.course.InMemoryEnrollments;
import app.paceline.course.Session;
import app.paceline.delivery.InMemoryPlannedDeliveries;
import app.paceline.learner.InMemoryLearners;
import app.paceline.learner.Learner;
import app.paceline.learner.LearnerId;
import app.paceline.session.CourseOccurrences;
import app.paceline.session.InMemoryOccurrenceChanges;
import app.paceline.session.InMemoryReplays;
import app.paceline.session.InMemoryRsvps;
import app.paceline.session.InMemoryWatchedReplays;
import app.paceline.session.Replay;
import app.paceline.session.Rsvp;
import app.paceline.session.RsvpRecord;
import app.paceline.session.WatchedReplay;
import app.paceline.time.SimulatedClock;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A course in UTC with three assignments, a 10-day challenge from Tuesday 1 December 2026 (08:00) and a weekly Q&A on
 * Thursdays at 18:00, on in-memory stores, at Saturday 5 December 2026, 12:00 UTC (day 5 is out for everyone).
 * Learners: Ana (1001), Ben (1002, never did anything), Cem (1003, on time), Dee (1004, left the course) and Eli
 * (1005, in Tokyo). Tests add what they need on top.
 */
abstract class StatsTestWorld {

    static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
    static final CourseCode CODE = new CourseCode("baker-2026");
    static final LearnerId CREATOR = new LearnerId(1);
    static final LearnerId CO_CREATOR = new LearnerId(2);
    static final LearnerId ANA = new LearnerId(1001);
    static final LearnerId BEN = new LearnerId(1002);
    static final LearnerId CEM = new LearnerId(1003);
    static final LearnerId DEE = new LearnerId(1004);
    static final LearnerId ELI = new LearnerId(1005);
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    final SimulatedClock clock = SimulatedClock.stoppedAt(NOW);
    final InMemoryCourses courses = new InMemoryCourses();
    final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    final InMemoryLearners learners = new InMemoryLearners();
    final InMemoryAssignmentProgresses progresses = new InMemoryAssignmentProgresses();
    final InMemoryChallengeEnrollments challengeEnrollments = new InMemoryChallengeEnrollments();
    final InMemoryRsvps rsvps = new InMemoryRsvps();
    final InMemoryReplays replays = new InMemoryReplays();
    final InMemoryWatchedReplays watched = new InMemoryWatchedReplays();
    final InMemoryPlannedDeliveries deliveries = new InMemoryPlannedDeliveries();
    final CohortReading reading = new CohortReading(courses, enrollments, learners, progresses, challengeEnrollments,
            new CourseOccurrences(new InMemoryOccurrenceChanges()), rsvps, replays, watched);
    final ReadingCohortStats stats = new ReadingCohortStats(reading, clock);
    final ExportingCohort exporting = new ExportingCohort(reading, clock);
    final NudgingLearner nudging = new NudgingLearner(reading, enrollments, learners, deliveries, clock);

    static final Challenge CHALLENGE = new Challenge("ten-day", "10-day baking", Optional.of(LocalDate.of(2026, 12, 1)),
            LocalTime.of(8, 0), 7, false, IntStream.rangeClosed(1, 10)
            .mapToObj(day -> new Challenge.Day("Day " + day, "Bake", List.of(), Optional.empty())).toList());

    static Assignment assignment(String id, String opens, String due, Duration effort) {
        return new Assignment(id, id + " title", Optional.empty(), effort,
                new AssignmentWindow.Fixed(LocalDateTime.parse(opens), LocalDateTime.parse(due)));
    }

    static final Session QA = new Session("qa", "Live Q&A", LocalDateTime.parse("2026-12-03T18:00"), Duration.ofHours(1),
            Optional.empty(), Optional.of(new Session.Weekly(Set.of(DayOfWeek.THURSDAY), LocalDate.of(2026, 12, 31))),
            Optional.empty());

    StatsTestWorld() {
        Instant created = Instant.parse("2026-11-20T00:00:00Z");
        courses.add(new Course(CODE, "Master Baker", ZoneOffset.UTC, CREATOR, List.of(CO_CREATOR), List.of(
                assignment("essay", "2026-12-01T00:00", "2026-12-06T12:00", Duration.ofHours(2)),
                assignment("video", "2026-12-10T00:00", "2026-12-20T00:00", Duration.ofMinutes(30)),
                assignment("intro", "2026-11-25T00:00", "2026-12-04T12:00", Duration.ofHours(1))),
                List.of(QA), List.of(CHALLENGE), created, created));
        Instant joined = Instant.parse("2026-11-25T10:00:00Z");
        for (LearnerId id : List.of(ANA, BEN, CEM, DEE, ELI)) {
            learners.save(Learner.firstSeen(id, "L" + id.value(), "en", joined)
                    .withTimeZone(id.equals(ELI) ? TOKYO : ZoneOffset.UTC));
            enrollments.save(Enrollment.joined(id, CODE, joined));
            challengeEnrollments.add(ChallengeEnrollment.joined(id, CODE, CHALLENGE.id(), LocalDate.of(2026, 12, 1), joined)
                    .withReleased(5));
        }
        learners.save(Learner.firstSeen(ANA, "Ana", "en", joined).withTimeZone(ZoneOffset.UTC));
        // Ana: day 1 on its day, day 2 two days late, day 5 on its day; days 3 and 4 open.
        done(ANA, 1, "2026-12-01T09:00:00Z");
        done(ANA, 2, "2026-12-03T10:00:00Z");
        done(ANA, 5, "2026-12-05T09:00:00Z");
        // Cem: days 1-4 each on its day; today's day 5 not yet.
        for (int day = 1; day <= 4; day++) {
            done(CEM, day, "2026-12-0" + day + "T20:00:00Z");
        }
        // Eli in Tokyo: day 1 (out on 1 Dec there) done at 05:00 on 2 Dec Tokyo time: late, though still 1 Dec in UTC;
        // day 4 done late today; days 2 and 3 open, day 5 is today's.
        done(ELI, 1, "2026-12-01T20:00:00Z");
        done(ELI, 4, "2026-12-05T10:00:00Z");
        // Dee left the course (and so the challenge) after doing day 1.
        done(DEE, 1, "2026-12-01T09:00:00Z");
        Instant left = Instant.parse("2026-12-02T09:00:00Z");
        enrollments.save(enrollments.find(DEE, CODE).orElseThrow().left(left));
        ChallengeEnrollment dee = challengeEnrollments.find(DEE, CODE, CHALLENGE.id()).orElseThrow();
        challengeEnrollments.replace(dee, dee.left(left));

        // Assignments: Ana did the essay and the intro; Cem booked the essay for tonight; Eli booked it yesterday and
        // did not do it.
        markDone(ANA, "essay");
        markDone(ANA, "intro");
        book(CEM, "essay", "2026-12-05T18:00:00Z");
        book(ELI, "essay", "2026-12-04T18:00:00Z");

        // The Q&A of 3 December: Ana live, Ben replay, Cem can't, Eli no answer, Dee (gone) live. Its recording is
        // posted; Ben and Dee watched it. For 10 December, Ana answered live.
        rsvp(ANA, "qa@2026-12-03", Rsvp.LIVE);
        rsvp(BEN, "qa@2026-12-03", Rsvp.REPLAY);
        rsvp(CEM, "qa@2026-12-03", Rsvp.CANT);
        rsvp(DEE, "qa@2026-12-03", Rsvp.LIVE);
        rsvp(ANA, "qa@2026-12-10", Rsvp.LIVE);
        Instant posted = Instant.parse("2026-12-03T20:00:00Z");
        replays.save(new Replay(CODE, "qa@2026-12-03", "Live Q&A", Instant.parse("2026-12-03T18:00:00Z"),
                URI.create("https://example.org/rec"), posted, posted.plus(Duration.ofDays(7)), posted));
        watched.add(new WatchedReplay(CODE, "qa@2026-12-03", BEN, Instant.parse("2026-12-04T09:00:00Z")));
        watched.add(new WatchedReplay(CODE, "qa@2026-12-03", DEE, Instant.parse("2026-12-04T09:00:00Z")));
    }

    void done(LearnerId learner, int day, String at) {
        ChallengeEnrollment before = challengeEnrollments.find(learner, CODE, CHALLENGE.id()).orElseThrow();
        challengeEnrollments.replace(before, before.withDone(day, Instant.parse(at), Optional.empty()));
    }

    void markDone(LearnerId learner, String assignment) {
        AssignmentRef ref = new AssignmentRef(learner, CODE, assignment);
        progresses.save(progresses.find(ref).orElse(AssignmentProgress.untouched(ref)).done(Instant.parse("2026-12-02T10:00:00Z")));
    }

    void book(LearnerId learner, String assignment, String start) {
        AssignmentRef ref = new AssignmentRef(learner, CODE, assignment);
        progresses.save(progresses.find(ref).orElse(AssignmentProgress.untouched(ref))
                .with(new BookedSlot(Instant.parse(start), Duration.ofHours(2))));
    }

    void rsvp(LearnerId learner, String occurrence, Rsvp answer) {
        rsvps.save(new RsvpRecord(CODE, occurrence, learner, answer, Instant.parse("2026-12-02T10:00:00Z")));
    }
}
