package app.paceline.config;

import app.paceline.bot.conversation.ConversationStates;
import app.paceline.bot.conversation.ScheduleConversation;
import app.paceline.calendar.input.TimeInput;
import app.paceline.course.Courses;
import app.paceline.course.Enrollments;
import app.paceline.delivery.PlannedDeliveries;
import app.paceline.learner.Learners;
import app.paceline.prompts.Prompts;
import app.paceline.session.AnsweringRsvp;
import app.paceline.session.ChangingOccurrences;
import app.paceline.session.CourseOccurrences;
import app.paceline.session.ListingCreatorSessions;
import app.paceline.session.OccurrenceChanges;
import app.paceline.session.Rsvps;
import app.paceline.session.SessionNudges;
import app.paceline.session.mongo.MongoOccurrenceChanges;
import app.paceline.session.mongo.MongoRsvps;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/** Wires live sessions: their stores, occurrences, nudges, RSVPs, and the creators' changes with {@code /schedule}. */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    Rsvps rsvps(MongoOperations mongo) {
        var rsvps = new MongoRsvps(mongo);
        rsvps.createIndexes();
        return rsvps;
    }

    @Bean
    OccurrenceChanges occurrenceChanges(MongoOperations mongo) {
        var changes = new MongoOccurrenceChanges(mongo);
        changes.createIndexes();
        return changes;
    }

    @Bean
    CourseOccurrences courseOccurrences(OccurrenceChanges changes) {
        return new CourseOccurrences(changes);
    }

    @Bean
    SessionNudges sessionNudges(CourseOccurrences occurrences, Courses courses, Enrollments enrollments, Learners learners,
                                Rsvps rsvps, PlannedDeliveries deliveries, Clock clock) {
        return new SessionNudges(occurrences, courses, enrollments, learners, rsvps, deliveries, clock);
    }

    @Bean
    AnsweringRsvp answeringRsvp(CourseOccurrences occurrences, Courses courses, Enrollments enrollments, Learners learners,
                                Rsvps rsvps, SessionNudges nudges, Clock clock) {
        return new AnsweringRsvp(occurrences, courses, enrollments, learners, rsvps, nudges, clock);
    }

    @Bean
    ChangingOccurrences changingOccurrences(Courses courses, CourseOccurrences occurrences, OccurrenceChanges changes,
                                            Rsvps rsvps, SessionNudges nudges, PlannedDeliveries deliveries, Clock clock) {
        return new ChangingOccurrences(courses, occurrences, changes, rsvps, nudges, deliveries, clock);
    }

    @Bean
    ListingCreatorSessions listingCreatorSessions(Courses courses, CourseOccurrences occurrences, Rsvps rsvps, Clock clock) {
        return new ListingCreatorSessions(courses, occurrences, rsvps, clock);
    }

    @Bean
    ScheduleConversation scheduleConversation(ListingCreatorSessions listing, ChangingOccurrences changing,
                                              ConversationStates states, Prompts prompts, Clock clock) {
        return new ScheduleConversation(listing, changing, states, TimeInput.standard(), prompts, clock);
    }
}
