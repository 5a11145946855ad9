package app.paceline.bot.render;

import app.paceline.course.Assignment;
import app.paceline.course.AssignmentWindow;
import app.paceline.course.Challenge;
import app.paceline.course.Course;
import app.paceline.course.CourseCode;
import app.paceline.course.Occurrence;
import app.paceline.course.Session;
import app.paceline.learner.LearnerId;
import app.paceline.session.ScheduledOccurrence;
import app.paceline.stats.CohortStats;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** Course statistics made by hand, for the tests of how they read and draw. */
final class StatsFixtures {

    static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
    static final CourseCode CODE = new CourseCode("baker-2026");

    private StatsFixtures() {
    }

    static Challenge challenge(String id, String title, int days) {
        return new Challenge(id, title, Optional.of(LocalDate.of(2026, 12, 1)), LocalTime.of(8, 0), 7, false,
                IntStream.rangeClosed(1, days).mapToObj(day -> new Challenge.Day("Day " + day, "Bake", List.of(), Optional.empty())).toList());
    }

    static Assignment assignment(String id, String title) {
        return new Assignment(id, title, Optional.empty(), Duration.ofMinutes(30),
                new AssignmentWindow.Fixed(LocalDateTime.parse("2026-12-01T00:00"), LocalDateTime.parse("2026-12-20T00:00")));
    }

    static final Session QA = new Session("qa", "Live Q&A", LocalDateTime.parse("2026-12-03T18:00"), Duration.ofHours(1),
            Optional.empty(), Optional.empty(), Optional.empty());

    static Course course(List<Assignment> assignments, List<Challenge> challenges) {
        return new Course(CODE, "Master Baker", ZoneOffset.UTC, new LearnerId(1), List.of(), assignments, List.of(QA), challenges,
                NOW, NOW);
    }

    static ScheduledOccurrence occurrence(Course course, String day, String start) {
        return new ScheduledOccurrence(course, QA, new Occurrence("qa@" + day, "qa", Instant.parse(start), Duration.ofHours(1)), false);
    }

    /** Counts for every day of {@code challenge}: the first {@code released} days as given by {@code day}, the rest empty. */
    static List<CohortStats.DayCounts> days(Challenge challenge, int released, java.util.function.IntFunction<CohortStats.DayCounts> day) {
        return IntStream.rangeClosed(1, challenge.days().size())
                .mapToObj(n -> n <= released ? day.apply(n) : new CohortStats.DayCounts(n, 0, 0, 0, 0, 0, 0)).toList();
    }
}
