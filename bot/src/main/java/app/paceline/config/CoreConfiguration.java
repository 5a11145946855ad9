package app.paceline.config;

import app.paceline.bot.command.AgendaCommand;
import app.paceline.bot.command.BotFeature;
import app.paceline.bot.command.BotRights;
import app.paceline.bot.command.DeepLink;
import app.paceline.bot.command.GroupAdmins;
import app.paceline.bot.telegram.BotToken;
import app.paceline.bot.telegram.CachedGroupAdmins;
import app.paceline.bot.conversation.ButtonHandler;
import app.paceline.bot.conversation.Conversation;
import org.springframework.beans.factory.ObjectProvider;
import app.paceline.bot.command.CancelCommand;
import app.paceline.bot.command.CourseFileUpload;
import app.paceline.bot.command.CoursesCommand;
import app.paceline.bot.command.FeedCommand;
import app.paceline.bot.command.LeaveCommand;
import app.paceline.bot.command.LinkCommand;
import app.paceline.bot.telegram.TelegramGroupAdmins;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import app.paceline.bot.command.PlanCommand;
import app.paceline.bot.command.ReplayCommand;
import app.paceline.bot.command.ScheduleCommand;
import app.paceline.bot.command.SessionsCommand;
import app.paceline.bot.command.SettingsCommand;
import app.paceline.bot.conversation.RsvpButtons;
import app.paceline.bot.render.SessionTexts;
import app.paceline.bot.conversation.SettingsConversation;
import app.paceline.bot.conversation.PlanConversation;
import app.paceline.bot.conversation.ChallengeConversation;
import app.paceline.bot.conversation.ReplayConversation;
import app.paceline.bot.conversation.ScheduleConversation;
import app.paceline.bot.command.Command;
import app.paceline.bot.command.CommandSpec;
import app.paceline.bot.command.HelpCommand;
import app.paceline.bot.command.StartCommand;
import app.paceline.bot.command.TimezoneCommand;
import app.paceline.bot.command.UpdateRouter;
import app.paceline.bot.conversation.ConversationStates;
import app.paceline.bot.conversation.TimeZoneConversation;
import app.paceline.bot.conversation.mongo.MongoConversationStates;
import app.paceline.bot.feed.FeedLinks;
import app.paceline.bot.feed.FeedTexts;
import app.paceline.bot.feed.IcsFeed;
import app.paceline.bot.inbound.Attachments;
import app.paceline.bot.telegram.TelegramConnection;
import app.paceline.calendar.AssignmentProgresses;
import app.paceline.calendar.BookingTime;
import app.paceline.calendar.ChangingBookings;
import app.paceline.bot.command.CatchupCommand;
import app.paceline.bot.command.ChallengeCommand;
import app.paceline.bot.render.ChallengeTexts;
import app.paceline.calendar.ChangingSettings;
import app.paceline.challenge.FollowingChallenges;
import app.paceline.challenge.JoiningChallenge;
import app.paceline.challenge.ListingChallenges;
import app.paceline.calendar.FeedTokens;
import app.paceline.calendar.FollowingCourses;
import app.paceline.calendar.RetimingBookings;
import app.paceline.calendar.LearnerAssignments;
import app.paceline.calendar.ListingAgenda;
import app.paceline.calendar.PlanningNudges;
import app.paceline.calendar.ReadingFeed;
import app.paceline.calendar.SubscribingToFeed;
import app.paceline.calendar.input.TimeInput;
import app.paceline.calendar.mongo.MongoAssignmentProgresses;
import app.paceline.calendar.mongo.MongoFeedTokens;
import app.paceline.course.CourseEvents;
import app.paceline.course.ReleasedChallengeDays;
import app.paceline.course.CourseGroups;
import app.paceline.course.LinkingGroup;
import app.paceline.course.mongo.MongoCourseGroups;
import app.paceline.course.CourseCreators;
import app.paceline.course.Courses;
import app.paceline.course.EnrollingLearner;
import app.paceline.course.Enrollments;
import app.paceline.course.ImportingCourse;
import app.paceline.course.LeavingCourse;
import app.paceline.course.ListingCourses;
import app.paceline.course.mongo.MongoCourses;
import app.paceline.course.mongo.MongoEnrollments;
import app.paceline.course.yaml.YamlCourseFileReader;
import app.paceline.delivery.PlannedDeliveries;
import app.paceline.delivery.Recipients;
import app.paceline.delivery.TrackingReachability;
import app.paceline.learner.ChoosingTimeZone;
import app.paceline.learner.Learners;
import app.paceline.learner.RegisteringLearners;
import app.paceline.learner.TimeZoneInput;
import app.paceline.learner.mongo.MongoLearners;
import app.paceline.prompts.Prompts;
import app.paceline.session.AnsweringRsvp;
import app.paceline.session.ChangingSessionLeads;
import app.paceline.session.CourseOccurrences;
import app.paceline.session.GroupSessionPosts;
import app.paceline.session.FollowingReplays;
import app.paceline.session.FollowingSessionSummaries;
import app.paceline.session.FollowingSessions;
import app.paceline.session.PostingReplay;
import app.paceline.session.SessionNudges;
import app.paceline.session.WatchingReplay;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Wires the course engine's use cases, their stores, and the commands and conversations that use them. Explicit
 * wiring keeps the domain and the handlers free of Spring annotations.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({TelegramProperties.class, StoreProperties.class, ClockProperties.class, PublicUrlProperties.class})
class CoreConfiguration {

    /** Every command, in the order /help and the command menu list them. */
    /** The core commands in the order /help lists them; features' commands ({@link BotFeature}) come before /help. */
    static final List<CommandSpec> CATALOG = List.of(StartCommand.SPEC, PlanCommand.SPEC, AgendaCommand.TODAY,
            AgendaCommand.CALENDAR, SessionsCommand.SPEC, ChallengeCommand.SPEC, CatchupCommand.SPEC, FeedCommand.SPEC,
            CoursesCommand.SPEC, ScheduleCommand.SPEC, ReplayCommand.SPEC, LinkCommand.SPEC, SettingsCommand.SPEC,
            TimezoneCommand.SPEC, LeaveCommand.SPEC, HelpCommand.SPEC, CancelCommand.SPEC);

    /** Every command, core and features', in /help order: the features' just before /help and /cancel. */
    static List<CommandSpec> catalog(List<BotFeature> features) {
        List<CommandSpec> all = new java.util.ArrayList<>(CATALOG.subList(0, CATALOG.size() - 2));
        features.forEach(feature -> all.addAll(feature.specs()));
        all.addAll(CATALOG.subList(CATALOG.size() - 2, CATALOG.size()));
        return List.copyOf(all);
    }

    /** Telegram's word on who administers a group, remembered for at most a minute. */
    @Bean
    GroupAdmins groupAdmins(TelegramGroupAdmins telegram, Clock clock) {
        return new CachedGroupAdmins(telegram, clock, CachedGroupAdmins.MAX_AGE);
    }

    /**
     * Telegram's word on group members ({@code getChatMember}): who administers a group (through {@link #groupAdmins})
     * and what the bot itself may do there ({@link BotRights}, asked when a group is linked, never remembered).
     */
    @Bean
    TelegramGroupAdmins telegramGroupAdmins(TelegramClient telegram, BotToken token) {
        return new TelegramGroupAdmins(telegram, Long.parseLong(token.botId()));
    }

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
    Courses courses(MongoOperations mongo) {
        var courses = new MongoCourses(mongo);
        courses.createIndexes();
        return courses;
    }

    @Bean
    Enrollments enrollments(MongoOperations mongo) {
        var enrollments = new MongoEnrollments(mongo);
        enrollments.createIndexes();
        return enrollments;
    }

    @Bean
    ImportingCourse importingCourse(Courses courses, Enrollments enrollments, CourseEvents courseEvents,
                                    ReleasedChallengeDays released, CourseCreators creators, Clock clock) {
        return new ImportingCourse(courses, enrollments, new YamlCourseFileReader(), clock, courseEvents, released, creators);
    }

    /**
     * Who follows courses: the personal calendar (reminders, nudges) and live sessions (nudges before them, the
     * creator's summaries after them, recordings, the posts in the course's group) and challenges.
     */
    @Bean
    CourseEvents courseEvents(Enrollments enrollments, AssignmentProgresses progresses, PlannedDeliveries deliveries,
                              PlanningNudges nudges, BookingTime booking, CourseOccurrences occurrences,
                              SessionNudges sessionNudges, FollowingSessionSummaries sessionSummaries,
                              FollowingReplays replays, GroupSessionPosts groupPosts, FollowingChallenges challenges,
                              Clock clock) {
        return CourseEvents.all(List.of(
                new FollowingCourses(enrollments, progresses, deliveries, nudges, booking, clock),
                new FollowingSessions(occurrences, sessionNudges, clock),
                sessionSummaries,
                replays,
                groupPosts,
                challenges));
    }

    @Bean
    CourseGroups courseGroups(MongoOperations mongo) {
        var groups = new MongoCourseGroups(mongo);
        groups.createIndexes();
        return groups;
    }

    @Bean
    LinkingGroup linkingGroup(Courses courses, CourseGroups groups, CourseEvents courseEvents) {
        return new LinkingGroup(courses, groups, courseEvents);
    }

    @Bean
    EnrollingLearner enrollingLearner(Courses courses, Enrollments enrollments, CourseEvents courseEvents, Clock clock) {
        return new EnrollingLearner(courses, enrollments, clock, courseEvents);
    }

    @Bean
    LeavingCourse leavingCourse(Courses courses, Enrollments enrollments, CourseEvents courseEvents, Clock clock) {
        return new LeavingCourse(courses, enrollments, clock, courseEvents);
    }

    @Bean
    ListingCourses listingCourses(Courses courses, Enrollments enrollments) {
        return new ListingCourses(courses, enrollments);
    }

    @Bean
    AssignmentProgresses assignmentProgresses(MongoOperations mongo) {
        var progresses = new MongoAssignmentProgresses(mongo);
        progresses.createIndexes();
        return progresses;
    }

    @Bean
    LearnerAssignments learnerAssignments(ListingCourses listing, Courses courses, Enrollments enrollments,
                                          AssignmentProgresses progresses) {
        return new LearnerAssignments(listing, courses, enrollments, progresses);
    }

    @Bean
    PlanningNudges planningNudges(LearnerAssignments assignments, PlannedDeliveries deliveries, CourseOccurrences occurrences,
                                  Clock clock) {
        return new PlanningNudges(assignments, deliveries, occurrences, clock);
    }

    @Bean
    BookingTime bookingTime(Courses courses, Enrollments enrollments, AssignmentProgresses progresses,
                            PlannedDeliveries deliveries, PlanningNudges nudges, Learners learners, Clock clock) {
        return new BookingTime(courses, enrollments, progresses, deliveries, nudges, learners, clock);
    }

    @Bean
    PlanConversation planConversation(LearnerAssignments assignments, AssignmentProgresses progresses, BookingTime booking,
                                      ChangingBookings changing, ConversationStates states, Prompts prompts, Clock clock) {
        return new PlanConversation(assignments, progresses, booking, changing, states, TimeInput.standard(), prompts, clock);
    }

    @Bean
    ReplayConversation replayConversation(PostingReplay posting, WatchingReplay watching, ConversationStates states,
                                          Prompts prompts, Clock clock) {
        return new ReplayConversation(posting, watching, states, prompts, clock);
    }

    @Bean
    FeedTokens feedTokens(MongoOperations mongo) {
        return new MongoFeedTokens(mongo);
    }

    @Bean
    SubscribingToFeed subscribingToFeed(FeedTokens tokens) {
        return new SubscribingToFeed(tokens, new SecureRandom());
    }

    @Bean
    ReadingFeed readingFeed(FeedTokens tokens, Learners learners, LearnerAssignments assignments, AnsweringRsvp answering,
                            Clock clock) {
        return new ReadingFeed(tokens, learners, assignments, answering, clock);
    }

    @Bean
    IcsFeed icsFeed(Prompts prompts, Clock clock) {
        return new IcsFeed(new FeedTexts(prompts), clock);
    }

    @Bean
    FeedCommand feedCommand(SubscribingToFeed subscribing, PublicUrlProperties publicUrl, Prompts prompts) {
        return new FeedCommand(subscribing, new FeedLinks(publicUrl.url()), prompts);
    }

    @Bean
    RegisteringLearners registeringLearners(Learners learners, Clock clock) {
        return new RegisteringLearners(learners, clock);
    }

    @Bean
    ChoosingTimeZone choosingTimeZone(Learners learners, FollowingChallenges challenges, Clock clock) {
        return new ChoosingTimeZone(learners, TimeZoneInput.standard(), clock, challenges::learnerMoved);
    }

    @Bean
    ChangingBookings changingBookings(AssignmentProgresses progresses, PlannedDeliveries deliveries, BookingTime booking,
                                      PlanningNudges nudges, Clock clock) {
        return new ChangingBookings(progresses, deliveries, booking, nudges, clock);
    }

    @Bean
    TimeZoneConversation timeZoneConversation(ChoosingTimeZone choosing, LearnerAssignments assignments, ChangingBookings changing,
                                              ConversationStates states, Prompts prompts, Clock clock) {
        return new TimeZoneConversation(choosing, new RetimingBookings(assignments, changing, clock), states, prompts, clock);
    }

    @Bean
    SettingsConversation settingsConversation(Learners learners, BookingTime booking, SessionNudges sessionNudges,
                                              TimeZoneConversation timeZone, ConversationStates states, Prompts prompts, Clock clock) {
        return new SettingsConversation(new ChangingSettings(learners, booking), new ChangingSessionLeads(learners, sessionNudges),
                timeZone, states, prompts, clock);
    }

    @Bean
    TrackingReachability trackingReachability(Recipients recipients, PlannedDeliveries ledger, Clock clock) {
        return new TrackingReachability(recipients, ledger, clock);
    }

    @Bean
    UpdateRouter updateRouter(TimeZoneConversation timeZone, ConversationStates states, RegisteringLearners registering,
                              TrackingReachability reachability, EnrollingLearner enrolling, LeavingCourse leaving,
                              ListingCourses listing, ImportingCourse importing, Attachments attachments,
                              PlanConversation plan, SettingsConversation settings, LearnerAssignments assignments,
                              FeedCommand feed, ReplayConversation replay, ScheduleConversation schedule,
                              AnsweringRsvp answering, SessionTexts sessionTexts, LinkingGroup linking,
                              ChallengeConversation challenge, ListingChallenges challenges, ChallengeTexts challengeTexts,
                              JoiningChallenge joiningChallenge,
                              TelegramClient telegram, Prompts prompts, Clock clock, TelegramConnection connection,
                              GroupAdmins groupAdmins, BotRights botRights, ObjectProvider<BotFeature> featureBeans,
                              ObjectProvider<DeepLink> deepLinks) {
        Supplier<String> botUsername = () -> connection.botUsername().orElse("");
        List<BotFeature> features = featureBeans.orderedStream().toList();
        List<Command> core = List.of(
                new StartCommand(timeZone, enrolling, prompts, clock, botUsername, challenges::of,
                        java.util.Optional.of(joiningChallenge), deepLinks.orderedStream().toList()),
                new PlanCommand(plan),
                new AgendaCommand(AgendaCommand.TODAY, new ListingAgenda(assignments, answering), prompts, clock,
                        java.util.Optional.of(challengeTexts)),
                new AgendaCommand(AgendaCommand.CALENDAR, new ListingAgenda(assignments, answering), prompts, clock),
                new SessionsCommand(answering, sessionTexts, prompts, clock),
                feed,
                new CoursesCommand(listing, prompts, botUsername),
                new ScheduleCommand(schedule),
                new ChallengeCommand(challenges, prompts, clock),
                new CatchupCommand(challenges, challengeTexts, prompts, clock),
                new ReplayCommand(replay, prompts),
                new LinkCommand(linking, groupAdmins, botRights, prompts, botUsername),
                new SettingsCommand(settings),
                new TimezoneCommand(timeZone, prompts, clock),
                new LeaveCommand(leaving, listing, prompts),
                new HelpCommand(catalog(features), prompts),
                new CancelCommand(states, prompts));
        List<Command> commands = new java.util.ArrayList<>(core);
        List<Conversation> conversations = new java.util.ArrayList<>(List.of(timeZone, plan, settings, replay, schedule, challenge));
        List<ButtonHandler> buttons = new java.util.ArrayList<>(List.of(feed, new RsvpButtons(answering, prompts, clock)));
        for (BotFeature feature : features) {
            commands.addAll(feature.commands());
            conversations.addAll(feature.conversations());
            buttons.addAll(feature.buttons());
        }
        return new UpdateRouter(commands, conversations, buttons, states, registering, reachability,
                new CourseFileUpload(importing, attachments, prompts, botUsername), prompts, clock, botUsername);
    }
}
