package app.paceline.config;

import app.paceline.bot.conversation.ConversationStates;
import app.paceline.bot.conversation.ScheduleConversation;
import app.paceline.calendar.input.TimeInput;
import app.paceline.course.CourseGroups;
import app.paceline.course.Courses;
import app.paceline.course.Enrollments;
import app.paceline.delivery.PlannedDeliveries;
import app.paceline.learner.Learners;
import app.paceline.prompts.Prompts;
import app.paceline.session.AnsweringRsvp;
import app.paceline.session.ChangingOccurrences;
import app.paceline.session.CourseOccurrences;
import app.paceline.session.FollowingReplays;
import app.paceline.session.FollowingSessionSummaries;
import app.paceline.session.GroupSessionPosts;
import app.paceline.session.ExtendingSessionNudges;
import app.paceline.session.ListingCreatorSessions;
import app.paceline.session.SessionHorizons;
import app.paceline.session.mongo.MongoSessionHorizons;
import app.paceline.session.OccurrenceEvents;
import app.paceline.session.OccurrenceChanges;
import app.paceline.session.PostingReplay;
import app.paceline.session.Replay;
import app.paceline.session.ReplayDeliveries;
import app.paceline.session.Replays;
import app.paceline.session.Rsvps;
import app.paceline.session.SessionNudges;
import app.paceline.session.SessionSummaries;
import app.paceline.session.WatchedReplays;
import app.paceline.session.WatchingReplay;
import app.paceline.session.mongo.MongoOccurrenceChanges;
import app.paceline.session.mongo.MongoReplays;
import app.paceline.session.mongo.MongoRsvps;
import app.paceline.session.mongo.MongoWatchedReplays;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Wires live sessions: their stores, occurrences, nudges, RSVPs, the creators' changes with {@code /schedule}, and
 * after each session the creator's summary and the recordings.
 */
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
    SessionHorizons sessionHorizons(MongoOperations mongo) {
        var horizons = new MongoSessionHorizons(mongo);
        horizons.createIndexes();
        return horizons;
    }

    @Bean
    SessionNudges sessionNudges(CourseOccurrences occurrences, Courses courses, Enrollments enrollments, Learners learners,
                                Rsvps rsvps, PlannedDeliveries deliveries, SessionHorizons horizons, Clock clock) {
        return new SessionNudges(occurrences, courses, enrollments, learners, rsvps, deliveries, horizons, clock);
    }

    /** Plans nudges before occurrences as they come within the horizon; run by the metronome. */
    @Bean
    ExtendingSessionNudges extendingSessionNudges(SessionHorizons horizons, Courses courses, SessionNudges nudges) {
        return new ExtendingSessionNudges(horizons, courses, nudges);
    }

    @Bean
    AnsweringRsvp answeringRsvp(CourseOccurrences occurrences, Courses courses, Enrollments enrollments, Learners learners,
                                Rsvps rsvps, SessionNudges nudges, Clock clock) {
        return new AnsweringRsvp(occurrences, courses, enrollments, learners, rsvps, nudges, clock);
    }

    @Bean
    ChangingOccurrences changingOccurrences(Courses courses, CourseOccurrences occurrences, OccurrenceChanges changes,
                                            Rsvps rsvps, SessionNudges nudges, PlannedDeliveries deliveries, Clock clock,
                                            FollowingSessionSummaries summaries, GroupSessionPosts groupPosts) {
        return new ChangingOccurrences(courses, occurrences, changes, rsvps, nudges, deliveries, clock,
                OccurrenceEvents.all(List.of(summaries, groupPosts)));
    }

    @Bean
    GroupSessionPosts groupSessionPosts(CourseGroups groups, CourseOccurrences occurrences, PlannedDeliveries deliveries,
                                        Clock clock) {
        return new GroupSessionPosts(groups, occurrences, deliveries, clock);
    }

    @Bean
    SessionSummaries sessionSummaries(CourseOccurrences occurrences, Courses courses, Enrollments enrollments, Learners learners,
                                      Rsvps rsvps, PlannedDeliveries deliveries, Clock clock) {
        return new SessionSummaries(occurrences, courses, enrollments, learners, rsvps, deliveries, clock);
    }

    /** Follows courses (for {@code CoreConfiguration#courseEvents}) and the creators' changes to occurrences. */
    @Bean
    FollowingSessionSummaries followingSessionSummaries(CourseOccurrences occurrences, SessionSummaries summaries, Clock clock) {
        return new FollowingSessionSummaries(occurrences, summaries, clock);
    }

    @Bean
    Replays replays(MongoOperations mongo) {
        var replays = new MongoReplays(mongo);
        replays.createIndexes();
        return replays;
    }

    @Bean
    WatchedReplays watchedReplays(MongoOperations mongo) {
        return new MongoWatchedReplays(mongo);
    }

    @Bean
    ReplayDeliveries replayDeliveries(PlannedDeliveries deliveries, WatchedReplays watched) {
        return new ReplayDeliveries(deliveries, watched);
    }

    /** Follows courses, for {@code CoreConfiguration#courseEvents}. */
    @Bean
    FollowingReplays followingReplays(Replays replays, Rsvps rsvps, ReplayDeliveries messages, Clock clock) {
        return new FollowingReplays(replays, rsvps, messages, clock);
    }

    @Bean
    PostingReplay postingReplay(Courses courses, CourseOccurrences occurrences, Enrollments enrollments, Rsvps rsvps,
                                Replays replays, ReplayDeliveries messages, Clock clock) {
        return new PostingReplay(courses, occurrences, enrollments, rsvps, replays, messages, Replay.DEFAULT_WINDOW, clock);
    }

    @Bean
    WatchingReplay watchingReplay(Enrollments enrollments, Rsvps rsvps, Replays replays, WatchedReplays watched,
                                  ReplayDeliveries messages, Clock clock) {
        return new WatchingReplay(enrollments, rsvps, replays, watched, messages, clock);
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
