package app.paceline.config;

import app.paceline.schedule.Leadership;
import app.paceline.schedule.mongo.MongoLeases;
import app.paceline.bot.render.BroadcastTexts;
import app.paceline.bot.render.ChallengeBoardTexts;
import app.paceline.bot.render.ChallengeTexts;
import app.paceline.bot.render.CreatorNudgeTexts;
import app.paceline.bot.render.DeliveryTexts;
import app.paceline.bot.render.CalendarTexts;
import app.paceline.bot.render.ReplayTexts;
import app.paceline.bot.render.SessionChangeTexts;
import app.paceline.bot.render.SessionTexts;
import app.paceline.calendar.LearnerAssignments;
import app.paceline.calendar.PlanningNudges;
import app.paceline.session.AnsweringRsvp;
import app.paceline.bot.telegram.BotToken;
import app.paceline.bot.telegram.TelegramNotifier;
import app.paceline.delivery.DeliveringDueNotifications;
import app.paceline.delivery.PlannedDeliveries;
import app.paceline.delivery.QuietTimes;
import app.paceline.delivery.Recipients;
import app.paceline.delivery.SendBudget;
import app.paceline.delivery.mongo.MongoPlannedDeliveries;
import app.paceline.delivery.mongo.MongoRecipients;
import app.paceline.learner.LearnerId;
import app.paceline.learner.Learners;
import app.paceline.prompts.Prompts;
import app.paceline.session.SessionSummaries;
import app.paceline.time.SimulatedClock;
import app.paceline.time.Ticker;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Wires the delivery engine: its MongoDB ledger, the Telegram notifier, limits and metrics. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliveryProperties.class)
class DeliveryConfiguration {

    @Bean
    PlannedDeliveries plannedDeliveries(MongoOperations mongo) {
        var ledger = new MongoPlannedDeliveries(mongo);
        ledger.createIndexes();
        return ledger;
    }

    /**
     * This process's name on its claims and on the metronome lease. A random part per start, even with a configured
     * name: a restarted instance must not hold (and renew) the claims of the process it replaces.
     */
    @Bean
    InstanceName instanceName(DeliveryProperties properties) {
        String name = properties.instance() == null || properties.instance().isBlank()
                ? ManagementFactory.getRuntimeMXBean().getName() : properties.instance();
        return new InstanceName(name + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** Who runs the timed work when several instances share the store; given up on shutdown. */
    @Bean(destroyMethod = "resign")
    Leadership leadership(MongoOperations mongo, InstanceName instance, DeliveryProperties properties, Clock clock) {
        double speed = clock instanceof SimulatedClock simulated ? simulated.speed() : 1;
        return new Leadership(new MongoLeases(mongo), instance.name(), properties.leaderLease(speed));
    }

    @Bean
    Recipients recipients(MongoOperations mongo) {
        return new MongoRecipients(mongo);
    }

    @Bean
    QuietTimes quietTimes(Learners learners) {
        return recipient -> recipient.group() ? Optional.empty()
                : learners.find(new LearnerId(recipient.chatId())).flatMap(learner -> learner.timeZone()
                        .map(zone -> new QuietTimes.LocalQuiet(zone, learner.quietHours())));
    }

    @Bean
    DeliveryTexts deliveryTexts(Prompts prompts, PlanningNudges nudges, SessionTexts sessionTexts, SessionSummaries summaries,
                                ChallengeTexts challengeTexts, ChallengeBoardTexts challengeBoardTexts,
                                org.springframework.beans.factory.ObjectProvider<BroadcastTexts> broadcastTexts, Clock clock) {
        var texts = new CalendarTexts(prompts, nudges, clock).registerWith(new DeliveryTexts(prompts));
        sessionTexts.registerWith(texts);
        new SessionChangeTexts(prompts).registerWith(texts);
        new ReplayTexts(prompts, summaries).registerWith(texts);
        challengeTexts.registerWith(texts);
        challengeBoardTexts.registerWith(texts);
        new CreatorNudgeTexts(prompts).registerWith(texts);
        broadcastTexts.ifAvailable(broadcasts -> broadcasts.registerWith(texts));
        return texts;
    }

    @Bean
    SessionTexts sessionTexts(Prompts prompts, AnsweringRsvp answering, LearnerAssignments assignments, Clock clock) {
        return new SessionTexts(prompts, answering, assignments, clock);
    }

    /** Last in each metronome tick, so that it sends what the other due work planned for that instant. */
    @Bean(initMethod = "start", destroyMethod = "close")
    @Order(Ordered.LOWEST_PRECEDENCE)
    DeliveringDueNotifications deliveringDueNotifications(DeliveryProperties properties, PlannedDeliveries ledger,
                                                           Recipients recipients, QuietTimes quietTimes, Clock clock,
                                                           TelegramClient telegramClient, DeliveryTexts texts,
                                                           Learners learners, Prompts prompts, BotToken token,
                                                           java.util.List<TelegramNotifier.BoardPosts> boardPosts, MeterRegistry registry,
                                                           InstanceName instance, Leadership leadership) {
        String owner = instance.name();
        double speed = clock instanceof SimulatedClock simulated ? simulated.speed() : 1;
        var engine = new DeliveringDueNotifications(ledger,
                new TelegramNotifier(telegramClient, texts, learners, prompts, token, TelegramNotifier.BoardPosts.all(boardPosts)),
                recipients, quietTimes, new MicrometerDeliveryMetrics(registry),
                new SendBudget(properties.limits(), Ticker.system()), clock, Ticker.system(),
                properties.settings(owner, speed), leadership::mayAct);
        Gauge.builder("paceline.deliveries.waiting", ledger, PlannedDeliveries::countWaiting)
                .description("deliveries in the ledger (waiting or being sent)").register(registry);
        Gauge.builder("paceline.deliveries.held", engine, DeliveringDueNotifications::held)
                .description("deliveries claimed by this instance and not yet finished").register(registry);
        return engine;
    }
}
