package app.paceline.config;

import app.paceline.bot.render.CourseImportTexts;
import app.paceline.calendar.BookingTime;
import app.paceline.calendar.FollowingCourses;
import app.paceline.calendar.LearnerAssignments;
import app.paceline.calendar.PlanningNudges;
import app.paceline.calendar.mongo.MongoAssignmentProgresses;
import app.paceline.challenge.FollowingChallenges;
import app.paceline.challenge.mongo.MongoChallengeEnrollments;
import app.paceline.course.CourseEvents;
import app.paceline.course.ImportOutcome;
import app.paceline.course.ImportingCourse;
import app.paceline.course.ListingCourses;
import app.paceline.course.mongo.MongoCourseGroups;
import app.paceline.course.mongo.MongoCourses;
import app.paceline.course.mongo.MongoEnrollments;
import app.paceline.course.yaml.YamlCourseFileReader;
import app.paceline.delivery.mongo.MongoPlannedDeliveries;
import app.paceline.learner.mongo.MongoLearners;
import app.paceline.prompts.Prompts;
import app.paceline.session.CourseOccurrences;
import app.paceline.session.GroupSessionPosts;
import app.paceline.session.FollowingReplays;
import app.paceline.session.FollowingSessionSummaries;
import app.paceline.session.FollowingSessions;
import app.paceline.session.ReplayDeliveries;
import app.paceline.session.SessionNudges;
import app.paceline.session.SessionSummaries;
import app.paceline.session.mongo.MongoOccurrenceChanges;
import app.paceline.session.mongo.MongoSessionHorizons;
import app.paceline.session.mongo.MongoReplays;
import app.paceline.session.mongo.MongoRsvps;
import app.paceline.session.mongo.MongoWatchedReplays;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * {@code java -jar paceline.jar import-course <file> --creator <telegram user id> [--bot <username>]}: imports a
 * course file into the store the bot uses ({@code MONGODB_URI}, or the embedded store in {@code PACELINE_DATA_DIR}
 * while the bot is stopped), with the same rules as sending it in a chat: the creator owns a new course, only
 * they may update it, nothing is half-applied, and enrolled learners' reminders and nudges follow the update.
 * Prints what the bot would have answered; exit code 0 when imported, 1 when the file was refused, 2 for bad usage.
 */
public final class CourseImportCommandLine {

    public static final String COMMAND = "import-course";
    static final int OK = 0;
    static final int REFUSED = 1;
    static final int USAGE = 2;

    private static final String HELP = "usage: java -jar paceline.jar import-course <course.yaml> --creator <telegram user id> [--bot <bot username>]\n"
            + "Imports into MONGODB_URI, or into the embedded store in PACELINE_DATA_DIR (default ./data) while the bot is stopped.";

    private CourseImportCommandLine() {
    }

    /** Runs the command from {@code main}, on real time, with the process's environment and console. */
    public static int run(List<String> args) {
        quietLogs();
        return run(args, System.getenv(), Clock.systemUTC(), System.out, System.err);
    }

    /** A command prints its answer, not the store's and the driver's start-up chatter: warnings only. */
    private static void quietLogs() {
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logback) {
            logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
            // mongo-java-server warns about every secondary index it does not build; nothing the user can act on.
            logback.getLogger("de.bwaldvogel").setLevel(ch.qos.logback.classic.Level.ERROR);
        }
    }

    /** Runs the command with {@code args} after {@code import-course}; returns the exit code. */
    public static int run(List<String> args, Map<String, String> env, Clock clock, PrintStream out, PrintStream err) {
        Optional<Arguments> parsed = Arguments.parse(args);
        if (parsed.isEmpty()) {
            err.println(HELP);
            return USAGE;
        }
        Arguments arguments = parsed.get();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(arguments.file()))).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("REPLACE never throws", e);
        } catch (IOException e) {
            err.println("cannot read " + arguments.file() + ": " + e.getMessage());
            return USAGE;
        }
        String uri = env.getOrDefault("MONGODB_URI", "").strip();
        EmbeddedStore embedded = null;
        try {
            if (uri.isEmpty()) {
                Path dir = Path.of(env.getOrDefault("PACELINE_DATA_DIR", "./data")).toAbsolutePath().normalize();
                Files.createDirectories(dir);
                try {
                    embedded = new EmbeddedStore(dir.resolve("paceline.mv.db"), clock);
                } catch (RuntimeException locked) {
                    err.println("the embedded store in " + dir + " cannot be opened: stop the bot first (it holds the store), "
                            + "or set MONGODB_URI. (" + locked.getMessage() + ")");
                    return USAGE;
                }
                uri = "mongodb://" + embedded.address().getHostString() + ":" + embedded.address().getPort() + "/" + StoreConfiguration.DATABASE;
            }
            ConnectionString connection = new ConnectionString(uri);
            try (MongoClient client = MongoClients.create(connection)) {
                var mongo = new MongoTemplate(client, connection.getDatabase() == null ? StoreConfiguration.DATABASE : connection.getDatabase());
                ImportOutcome outcome = importer(mongo, clock).importFile(arguments.creator(), text);
                String html = new CourseImportTexts(Prompts.load()).render(outcome, Locale.ENGLISH, arguments.bot());
                (outcome instanceof ImportOutcome.Invalid || outcome instanceof ImportOutcome.NotTheCreator
                        || outcome instanceof ImportOutcome.NotAllowedToCreate ? err : out)
                        .println(Prompts.plain(html));
                return outcome instanceof ImportOutcome.Invalid || outcome instanceof ImportOutcome.NotTheCreator
                        || outcome instanceof ImportOutcome.NotAllowedToCreate ? REFUSED : OK;
            }
        } catch (IOException | IllegalArgumentException e) {
            err.println("cannot import: " + e.getMessage());
            return USAGE;
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    /** The same wiring as the running bot's, minus Telegram. */
    private static ImportingCourse importer(MongoTemplate mongo, Clock clock) {
        var courses = new MongoCourses(mongo);
        courses.createIndexes();
        var enrollments = new MongoEnrollments(mongo);
        enrollments.createIndexes();
        var progresses = new MongoAssignmentProgresses(mongo);
        progresses.createIndexes();
        var deliveries = new MongoPlannedDeliveries(mongo);
        deliveries.createIndexes();
        var nudges = new PlanningNudges(new LearnerAssignments(new ListingCourses(courses, enrollments), courses, enrollments, progresses),
                deliveries, clock);
        var learners = new MongoLearners(mongo);
        var booking = new BookingTime(courses, enrollments, progresses, deliveries, nudges, learners, clock);
        var rsvps = new MongoRsvps(mongo);
        rsvps.createIndexes();
        var changes = new MongoOccurrenceChanges(mongo);
        changes.createIndexes();
        var occurrences = new CourseOccurrences(changes);
        var horizons = new MongoSessionHorizons(mongo);
        horizons.createIndexes();
        var sessionNudges = new SessionNudges(occurrences, courses, enrollments, learners, rsvps, deliveries, horizons, clock);
        var replays = new MongoReplays(mongo);
        replays.createIndexes();
        var summaries = new SessionSummaries(occurrences, courses, enrollments, learners, rsvps, deliveries, clock);
        var challengeEnrollments = new MongoChallengeEnrollments(mongo);
        challengeEnrollments.createIndexes();
        var following = CourseEvents.all(List.of(
                new FollowingCourses(enrollments, progresses, deliveries, nudges, booking, clock),
                new FollowingSessions(occurrences, sessionNudges, clock),
                new FollowingSessionSummaries(occurrences, summaries, clock),
                new FollowingReplays(replays, rsvps, new ReplayDeliveries(deliveries, new MongoWatchedReplays(mongo)), clock),
                new GroupSessionPosts(new MongoCourseGroups(mongo), occurrences, deliveries, clock),
                new FollowingChallenges(challengeEnrollments, enrollments, courses, learners, deliveries, clock)));
        return new ImportingCourse(courses, enrollments, new YamlCourseFileReader(), clock, following,
                challengeEnrollments::mostReleased);
    }

    record Arguments(Path file, long creator, String bot) {

        static Optional<Arguments> parse(List<String> args) {
            List<String> positional = new ArrayList<>();
            Long creator = null;
            String bot = "<your bot>";
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if ((arg.equals("--creator") || arg.equals("--bot")) && i + 1 < args.size()) {
                    String value = args.get(++i);
                    if (arg.equals("--bot")) {
                        bot = value.startsWith("@") ? value.substring(1) : value;
                        continue;
                    }
                    try {
                        creator = Long.parseLong(value);
                    } catch (NumberFormatException e) {
                        return Optional.empty();
                    }
                } else if (arg.startsWith("--")) {
                    return Optional.empty();
                } else {
                    positional.add(arg);
                }
            }
            if (positional.size() != 1 || creator == null || creator <= 0) {
                return Optional.empty();
            }
            return Optional.of(new Arguments(Path.of(positional.get(0)), creator, bot));
        }
    }
}
