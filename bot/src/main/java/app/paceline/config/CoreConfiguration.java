package app.paceline.config;

import app.paceline.bot.command.CancelCommand;
import app.paceline.bot.command.Command;
import app.paceline.bot.command.CommandSpec;
import app.paceline.bot.command.HelpCommand;
import app.paceline.bot.command.StartCommand;
import app.paceline.bot.command.TimezoneCommand;
import app.paceline.bot.command.UpdateRouter;
import app.paceline.bot.conversation.ConversationStates;
import app.paceline.bot.conversation.TimeZoneConversation;
import app.paceline.bot.conversation.mongo.MongoConversationStates;
import app.paceline.bot.telegram.TelegramConnection;
import app.paceline.delivery.PlannedDeliveries;
import app.paceline.delivery.Recipients;
import app.paceline.delivery.TrackingReachability;
import app.paceline.learner.ChoosingTimeZone;
import app.paceline.learner.Learners;
import app.paceline.learner.RegisteringLearners;
import app.paceline.learner.TimeZoneInput;
import app.paceline.learner.mongo.MongoLearners;
import app.paceline.prompts.Prompts;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Wires the course engine's use cases, their stores, and the commands and conversations that use them. Explicit
 * wiring keeps the domain and the handlers free of Spring annotations.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({TelegramProperties.class, StoreProperties.class, ClockProperties.class})
class CoreConfiguration {

    /** Every command, in the order /help and the command menu list them. */
    static final List<CommandSpec> CATALOG = List.of(StartCommand.SPEC, TimezoneCommand.SPEC, HelpCommand.SPEC, CancelCommand.SPEC);

    @Bean
    Prompts prompts() {
        return Prompts.load();
    }

    @Bean
    Learners learners(MongoOperations mongo) {
        return new MongoLearners(mongo);
    }

    @Bean
    ConversationStates conversationStates(MongoOperations mongo) {
        return new MongoConversationStates(mongo);
    }

    @Bean
    RegisteringLearners registeringLearners(Learners learners, Clock clock) {
        return new RegisteringLearners(learners, clock);
    }

    @Bean
    ChoosingTimeZone choosingTimeZone(Learners learners, Clock clock) {
        return new ChoosingTimeZone(learners, TimeZoneInput.standard(), clock);
    }

    @Bean
    TimeZoneConversation timeZoneConversation(ChoosingTimeZone choosing, ConversationStates states, Prompts prompts, Clock clock) {
        return new TimeZoneConversation(choosing, states, prompts, clock);
    }

    @Bean
    TrackingReachability trackingReachability(Recipients recipients, PlannedDeliveries ledger, Clock clock) {
        return new TrackingReachability(recipients, ledger, clock);
    }

    @Bean
    UpdateRouter updateRouter(TimeZoneConversation timeZone, ConversationStates states, RegisteringLearners registering,
                              TrackingReachability reachability, Prompts prompts, Clock clock, TelegramConnection connection) {
        List<Command> commands = List.of(
                new StartCommand(timeZone, prompts, clock, () -> connection.botUsername().orElse("")),
                new TimezoneCommand(timeZone, prompts, clock),
                new HelpCommand(CATALOG, prompts),
                new CancelCommand(states, prompts));
        return new UpdateRouter(commands, List.of(timeZone), states, registering, reachability, prompts, clock,
                () -> connection.botUsername().orElse(""));
    }
}
