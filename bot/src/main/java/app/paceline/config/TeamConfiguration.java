package app.paceline.config;

import app.paceline.bot.command.BotFeature;
import app.paceline.bot.command.NewCommand;
import app.paceline.bot.command.TeamCommand;
import app.paceline.bot.conversation.ConversationStates;
import app.paceline.bot.conversation.SetupConversation;
import app.paceline.calendar.input.TimeInput;
import app.paceline.course.ImportingCourse;
import app.paceline.learner.TimeZoneInput;
import app.paceline.bot.telegram.TelegramConnection;
import app.paceline.course.CourseCreators;
import app.paceline.course.Courses;
import app.paceline.course.ManagingTeam;
import app.paceline.course.TeamInvites;
import app.paceline.course.mongo.MongoTeamInvites;
import app.paceline.learner.Learners;
import app.paceline.prompts.Prompts;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Creators' own tools: who may create courses ({@code PACELINE_CREATORS}), each course's team of co-creators
 * ({@code /team}), and the guided setup of a course or a live session without a file ({@code /new}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CreatorsProperties.class)
class TeamConfiguration {

    @Bean
    CourseCreators courseCreators(CreatorsProperties properties) {
        return properties.policy();
    }

    @Bean
    TeamInvites teamInvites(MongoOperations mongo) {
        return new MongoTeamInvites(mongo);
    }

    @Bean
    ManagingTeam managingTeam(Courses courses, TeamInvites invites, Clock clock) {
        return new ManagingTeam(courses, invites, clock);
    }

    @Bean
    TeamCommand teamCommand(ManagingTeam team, Courses courses, Learners learners, Prompts prompts, TelegramConnection connection) {
        return new TeamCommand(team, courses, learners, prompts, () -> connection.botUsername().orElse(""));
    }

    @Bean
    SetupConversation setupConversation(ImportingCourse importing, Courses courses, CourseCreators creators,
                                        ConversationStates states, Prompts prompts, Clock clock, TelegramConnection connection) {
        return new SetupConversation(importing, courses, creators, states, TimeInput.standard(), TimeZoneInput.standard(),
                prompts, clock, () -> connection.botUsername().orElse(""));
    }

    @Bean
    @Order(10) // the place of its commands in /help and the menu
    BotFeature teamFeature(TeamCommand team, SetupConversation setup) {
        return new BotFeature(List.of(new NewCommand(setup), team), List.of(setup), List.of(team));
    }
}
