package app.paceline.config;

import app.paceline.bot.conversation.ChallengeConversation;
import app.paceline.bot.conversation.ConversationStates;
import app.paceline.bot.render.ChallengeTexts;
import app.paceline.challenge.ChallengeEnrollments;
import app.paceline.challenge.FollowingChallenges;
import app.paceline.challenge.JoiningChallenge;
import app.paceline.challenge.ListingChallenges;
import app.paceline.challenge.ReleasingChallengeDays;
import app.paceline.challenge.TakingPart;
import app.paceline.challenge.mongo.MongoChallengeEnrollments;
import app.paceline.course.Courses;
import app.paceline.course.EnrollingLearner;
import app.paceline.course.Enrollments;
import app.paceline.course.ReleasedChallengeDays;
import app.paceline.delivery.PlannedDeliveries;
import app.paceline.learner.Learners;
import app.paceline.prompts.Prompts;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Wires daily challenges: the enrollments store, the metronome job that releases days, what learners do in them, and
 * how they read.
 */
@Configuration(proxyBeanMethods = false)
class ChallengeConfiguration {

    @Bean
    ChallengeEnrollments challengeEnrollments(MongoOperations mongo) {
        var enrollments = new MongoChallengeEnrollments(mongo);
        enrollments.createIndexes();
        return enrollments;
    }

    /** For re-imports: a day released to anyone cannot be taken back. */
    @Bean
    ReleasedChallengeDays releasedChallengeDays(ChallengeEnrollments enrollments) {
        return enrollments::mostReleased;
    }

    @Bean
    FollowingChallenges followingChallenges(ChallengeEnrollments enrollments, Enrollments courseEnrollments, Courses courses,
                                            Learners learners, PlannedDeliveries deliveries, Clock clock) {
        return new FollowingChallenges(enrollments, courseEnrollments, courses, learners, deliveries, clock);
    }

    @Bean
    ListingChallenges listingChallenges(ChallengeEnrollments enrollments, Courses courses, Learners learners) {
        return new ListingChallenges(enrollments, courses, learners);
    }

    @Bean
    TakingPart takingPart(ChallengeEnrollments enrollments, ListingChallenges listing, PlannedDeliveries deliveries, Clock clock) {
        return new TakingPart(enrollments, listing, deliveries, clock);
    }

    /** Before the delivery engine in each tick, so that a day released at a tick is sent at that tick. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ReleasingChallengeDays releasingChallengeDays(ChallengeEnrollments enrollments, Courses courses, Learners learners,
                                                  PlannedDeliveries deliveries) {
        return new ReleasingChallengeDays(enrollments, courses, learners, deliveries);
    }

    @Bean
    JoiningChallenge joiningChallenge(Courses courses, EnrollingLearner enrolling, FollowingChallenges following) {
        return new JoiningChallenge(courses, enrolling, following);
    }

    @Bean
    ChallengeTexts challengeTexts(Prompts prompts, ListingChallenges listing) {
        return new ChallengeTexts(prompts, listing);
    }

    @Bean
    ChallengeConversation challengeConversation(ListingChallenges listing, TakingPart taking, ChallengeTexts texts,
                                                ConversationStates states, Prompts prompts, Clock clock) {
        return new ChallengeConversation(listing, taking, texts, states, prompts, clock);
    }
}
