package app.paceline.config;

import app.paceline.bot.render.ChallengeBoardTexts;
import app.paceline.bot.telegram.TelegramNotifier;
import app.paceline.challenge.ChallengeBoards;
import app.paceline.challenge.ChallengeEnrollments;
import app.paceline.challenge.PostingChallengeBoards;
import app.paceline.challenge.mongo.MongoChallengeBoards;
import app.paceline.course.CourseGroups;
import app.paceline.course.Courses;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.PlannedDeliveries;
import app.paceline.delivery.Recipients;
import app.paceline.learner.Learners;
import app.paceline.prompts.Prompts;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Wires the daily challenge board in course groups: its store, the metronome work that plans posts and edits, how a
 * board reads, and where the Telegram side reports the message id of a board it posted.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChallengeBoardProperties.class)
class ChallengeBoardConfiguration {

    /**
     * Runs on each tick before the delivery engine (which, like most work, has no order: the lowest precedence), so
     * that a board planned at a tick is sent at that tick, at its release time, not at the next one.
     */
    static final int BEFORE_THE_ENGINE = Ordered.LOWEST_PRECEDENCE - 100;

    @Bean
    ChallengeBoards challengeBoards(MongoOperations mongo) {
        var boards = new MongoChallengeBoards(mongo);
        boards.createIndexes();
        return boards;
    }

    @Bean
    @Order(BEFORE_THE_ENGINE)
    PostingChallengeBoards postingChallengeBoards(ChallengeBoards boards, ChallengeEnrollments enrollments, Courses courses,
                                                  CourseGroups groups, Learners learners, PlannedDeliveries deliveries,
                                                  Recipients recipients, ChallengeBoardProperties properties) {
        return new PostingChallengeBoards(boards, enrollments, courses, groups, learners, deliveries, recipients,
                properties.refresh());
    }

    @Bean
    ChallengeBoardTexts challengeBoardTexts(Prompts prompts, Courses courses, Learners learners) {
        return new ChallengeBoardTexts(prompts, courses, learners);
    }

    /** The Telegram side tells the board which message it is (for later edits) and which edit it shows. */
    @Bean
    TelegramNotifier.BoardPosts boardPosts(PostingChallengeBoards boards) {
        return (board, messageId) -> {
            if (board.plan().kind() == DeliveryKind.CHALLENGE_BOARD) {
                boards.shown(board.plan().payload().get("board"), board.recipient().chatId(), messageId,
                        Integer.parseInt(board.plan().payload().getOrDefault("edit", "0")));
            }
        };
    }
}
