package app.paceline.config;

import app.paceline.challenge.ChallengeEnrollments;
import app.paceline.challenge.FollowingChallenges;
import app.paceline.challenge.ListingChallenges;
import app.paceline.challenge.ReleasingChallengeDays;
import app.paceline.challenge.TakingPart;
import app.paceline.challenge.mongo.MongoChallengeEnrollments;
import app.paceline.course.Courses;
import app.paceline.course.Enrollments;
import app.paceline.delivery.PlannedDeliveries;
import app.paceline.learner.Learners;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * TEMPORARY, DELETE AT MERGE: the challenge beans the board needs, until the challenge wiring
 * ({@code ChallengeConfiguration}, written on another branch) is merged; that one defines them for real (and joins
 * learners to challenges through the course events). Only here so that the board's branch builds and its end-to-end
 * test runs on its own.
 */
@Configuration(proxyBeanMethods = false)
class ChallengeStoreForBoard {

    @Bean
    ChallengeEnrollments challengeEnrollments(MongoOperations mongo) {
        var enrollments = new MongoChallengeEnrollments(mongo);
        enrollments.createIndexes();
        return enrollments;
    }

    @Bean
    ListingChallenges listingChallenges(ChallengeEnrollments enrollments, Courses courses, Learners learners) {
        return new ListingChallenges(enrollments, courses, learners);
    }

    @Bean
    TakingPart takingPart(ChallengeEnrollments enrollments, ListingChallenges listing, PlannedDeliveries deliveries, Clock clock) {
        return new TakingPart(enrollments, listing, deliveries, clock);
    }

    @Bean
    FollowingChallenges followingChallenges(ChallengeEnrollments enrollments, Enrollments courseEnrollments, Courses courses,
                                            Learners learners, PlannedDeliveries deliveries, Clock clock) {
        return new FollowingChallenges(enrollments, courseEnrollments, courses, learners, deliveries, clock);
    }

    @Bean
    ReleasingChallengeDays releasingChallengeDays(ChallengeEnrollments enrollments, Courses courses, Learners learners,
                                                  PlannedDeliveries deliveries) {
        return new ReleasingChallengeDays(enrollments, courses, learners, deliveries);
    }
}
