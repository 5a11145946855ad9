package app.paceline.config;

import app.paceline.bot.command.BotFeature;
import app.paceline.bot.command.StatsCommand;
import app.paceline.bot.conversation.CohortReports;
import app.paceline.bot.render.StatsTexts;
import app.paceline.calendar.AssignmentProgresses;
import app.paceline.challenge.ChallengeEnrollments;
import app.paceline.course.Courses;
import app.paceline.course.Enrollments;
import app.paceline.delivery.PlannedDeliveries;
import app.paceline.learner.Learners;
import app.paceline.prompts.Prompts;
import app.paceline.session.CourseOccurrences;
import app.paceline.session.Replays;
import app.paceline.session.Rsvps;
import app.paceline.session.WatchedReplays;
import app.paceline.stats.CohortReading;
import app.paceline.stats.ExportingCohort;
import app.paceline.stats.NudgingLearner;
import app.paceline.stats.ReadingCohortStats;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Wires course statistics for creators: {@code /stats} (text, chart, nudge buttons) and {@code /export} (CSV), read
 * from the stores the other features keep. The learner's side of a nudge ({@code CREATOR_NUDGE}) is rendered by
 * {@code CreatorNudgeTexts}, registered with the other delivery texts.
 */
@Configuration(proxyBeanMethods = false)
class StatsConfiguration {

    @Bean
    CohortReading cohortReading(Courses courses, Enrollments enrollments, Learners learners, AssignmentProgresses progresses,
                                ChallengeEnrollments challengeEnrollments, CourseOccurrences occurrences, Rsvps rsvps,
                                Replays replays, WatchedReplays watched) {
        return new CohortReading(courses, enrollments, learners, progresses, challengeEnrollments, occurrences, rsvps,
                replays, watched);
    }

    @Bean
    ReadingCohortStats readingCohortStats(CohortReading reading, Clock clock) {
        return new ReadingCohortStats(reading, clock);
    }

    @Bean
    ExportingCohort exportingCohort(CohortReading reading, Clock clock) {
        return new ExportingCohort(reading, clock);
    }

    @Bean
    NudgingLearner nudgingLearner(CohortReading reading, Enrollments enrollments, Learners learners,
                                  PlannedDeliveries deliveries, Clock clock) {
        return new NudgingLearner(reading, enrollments, learners, deliveries, clock);
    }

    @Bean
    @Order(20) // the place of its commands in /help and the menu
    BotFeature statsFeature(ReadingCohortStats stats, ExportingCohort exporting, NudgingLearner nudging, Learners learners,
                            Prompts prompts, Clock clock) {
        var reports = new CohortReports(stats, exporting, nudging, learners, new StatsTexts(prompts), prompts, clock);
        return new BotFeature(List.of(new StatsCommand(StatsCommand.STATS, reports), new StatsCommand(StatsCommand.EXPORT, reports)),
                List.of(), List.of(reports));
    }
}
