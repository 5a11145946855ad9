package app.paceline.config;

import app.paceline.bot.command.BotFeature;
import app.paceline.bot.command.BroadcastCommand;
import app.paceline.bot.conversation.BroadcastConversation;
import app.paceline.bot.conversation.ConversationStates;
import app.paceline.bot.render.BroadcastTexts;
import app.paceline.bot.telegram.TelegramNotifier;
import app.paceline.broadcast.BroadcastSettings;
import app.paceline.broadcast.Broadcasts;
import app.paceline.broadcast.RefreshingBroadcasts;
import app.paceline.broadcast.SendingBroadcasts;
import app.paceline.broadcast.mongo.MongoBroadcasts;
import app.paceline.course.Courses;
import app.paceline.course.Enrollments;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.PlannedDeliveries;
import app.paceline.prompts.Prompts;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Wires broadcasts: their store, sending and stopping, the metronome work that keeps progress messages up to date,
 * how they read, {@code /broadcast} and its buttons, and where the Telegram side reports the progress message's id.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BroadcastProperties.class)
class BroadcastConfiguration {

    @Bean
    Broadcasts broadcasts(MongoOperations mongo) {
        var broadcasts = new MongoBroadcasts(mongo);
        broadcasts.createIndexes();
        return broadcasts;
    }

    @Bean
    BroadcastSettings broadcastSettings(BroadcastProperties properties, DeliveryProperties delivery) {
        return properties.settings(delivery.limits().globalPerSecond());
    }

    @Bean
    SendingBroadcasts sendingBroadcasts(Broadcasts broadcasts, Courses courses, Enrollments enrollments,
                                        PlannedDeliveries deliveries, Clock clock, BroadcastSettings settings) {
        return new SendingBroadcasts(broadcasts, courses, enrollments, deliveries, clock, settings);
    }

    /** Before the delivery engine in each tick, so that an edit planned at a tick goes out at that tick. */
    @Bean
    @Order(ChallengeBoardConfiguration.BEFORE_THE_ENGINE)
    RefreshingBroadcasts refreshingBroadcasts(Broadcasts broadcasts, PlannedDeliveries deliveries, BroadcastSettings settings) {
        return new RefreshingBroadcasts(broadcasts, deliveries, settings);
    }

    @Bean
    BroadcastTexts broadcastTexts(Prompts prompts, Broadcasts broadcasts) {
        return new BroadcastTexts(prompts, broadcasts);
    }

    /** The Telegram side tells the broadcast which message shows its progress, and which edit it shows. */
    @Bean
    TelegramNotifier.BoardPosts broadcastProgressPosts(RefreshingBroadcasts refreshing) {
        return (delivery, messageId) -> {
            if (delivery.plan().kind() == DeliveryKind.BROADCAST_PROGRESS && delivery.plan().payload().containsKey("edit")) {
                refreshing.shown(delivery.plan().payload().get("broadcast"), messageId,
                        Integer.parseInt(delivery.plan().payload().get("edit")));
            }
        };
    }

    @Bean
    @Order(40) // the place of its commands in /help and the menu
    BotFeature broadcastFeature(SendingBroadcasts sending, BroadcastTexts texts, ConversationStates states, Prompts prompts,
                                Clock clock) {
        var conversation = new BroadcastConversation(sending, texts, states, prompts, clock);
        return new BotFeature(List.of(new BroadcastCommand(conversation)), List.of(conversation), List.of());
    }
}
