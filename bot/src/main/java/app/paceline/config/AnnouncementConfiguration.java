package app.paceline.config;

import app.paceline.announce.AnnouncementInput;
import app.paceline.announce.Announcements;
import app.paceline.announce.Announcing;
import app.paceline.announce.CancellingAnnouncements;
import app.paceline.announce.PostingAnnouncements;
import app.paceline.announce.mongo.MongoAnnouncements;
import app.paceline.bot.command.AnnounceCommand;
import app.paceline.bot.command.AnnouncementsCommand;
import app.paceline.bot.command.BotFeature;
import app.paceline.bot.command.CourseGroupAdmin;
import app.paceline.bot.command.GroupAdmins;
import app.paceline.bot.conversation.AnnounceConversation;
import app.paceline.bot.conversation.ConversationStates;
import app.paceline.bot.render.AnnouncementTexts;
import app.paceline.bot.telegram.TelegramConnection;
import app.paceline.calendar.input.TimeInput;
import app.paceline.course.CourseGroups;
import app.paceline.course.Courses;
import app.paceline.delivery.PlannedDeliveries;
import app.paceline.prompts.Prompts;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Wires group announcements: their store, the metronome work that moves weekly ones on, {@code /announce} and
 * {@code /announcements} in course groups (with their cancel buttons), and the guided flow in private.
 */
@Configuration(proxyBeanMethods = false)
class AnnouncementConfiguration {

    @Bean
    Announcements announcements(MongoOperations mongo) {
        var announcements = new MongoAnnouncements(mongo);
        announcements.createIndexes();
        return announcements;
    }

    @Bean
    Announcing announcing(Announcements announcements, PlannedDeliveries deliveries, Clock clock) {
        return new Announcing(announcements, deliveries, clock);
    }

    @Bean
    CancellingAnnouncements cancellingAnnouncements(Announcements announcements, PlannedDeliveries deliveries, Clock clock) {
        return new CancellingAnnouncements(announcements, deliveries, clock);
    }

    /** Before the delivery engine on each tick, so that a post it plans again at its time goes out at that tick. */
    @Bean
    @Order(ChallengeBoardConfiguration.BEFORE_THE_ENGINE)
    PostingAnnouncements postingAnnouncements(Announcements announcements, PlannedDeliveries deliveries) {
        return new PostingAnnouncements(announcements, deliveries);
    }

    @Bean
    @Order(30) // the place of its commands in /help and the menu
    BotFeature announcementFeature(Announcements announcements, Announcing announcing, CancellingAnnouncements cancelling,
                                   GroupAdmins admins, CourseGroups groups, Courses courses, ConversationStates states,
                                   TelegramConnection connection, Prompts prompts, Clock clock) {
        Supplier<String> botUsername = () -> connection.botUsername().orElse("");
        var gate = new CourseGroupAdmin(admins, groups, courses, prompts, botUsername);
        var input = new AnnouncementInput(TimeInput.standard());
        var texts = new AnnouncementTexts(prompts);
        var flow = new AnnounceConversation(courses, groups, admins::isAdmin, input, announcing, texts, states, prompts, clock, botUsername);
        var list = new AnnouncementsCommand(gate, announcements, cancelling, texts, prompts, clock);
        return new BotFeature(List.of(new AnnounceCommand(gate, input, announcing, texts, flow, prompts, clock), list),
                List.of(flow), List.of(list));
    }
}
