package app.paceline.config;

import app.paceline.bot.command.BotFeature;
import app.paceline.bot.command.TeamCommand;
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
import org.springframework.data.mongodb.core.MongoOperations;

/** Who may create courses ({@code PACELINE_CREATORS}) and each course's team of co-creators ({@code /team}). */
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
    BotFeature teamFeature(TeamCommand team) {
        return new BotFeature(List.of(team), List.of(), List.of(team));
    }
}
