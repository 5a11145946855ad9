package app.paceline.bot.command;

import app.paceline.bot.conversation.TimeZoneConversation;
import app.paceline.bot.inbound.ChatKind;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Outbound;
import app.paceline.bot.outbound.Outbound.Reply;
import app.paceline.bot.render.LocalTimes;
import app.paceline.challenge.ChallengeStanding;
import app.paceline.challenge.JoinOutcome;
import app.paceline.challenge.JoiningChallenge;
import app.paceline.course.EnrollOutcome;
import app.paceline.course.EnrollingLearner;
import app.paceline.learner.Learner;
import app.paceline.prompts.Prompts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code /start}: greets a new learner and asks their time zone, or welcomes a returning one back with their local
 * time. {@code /start <code>}, what a join link sends, enrols the learner in that course. In a group it points to
 * the private chat, where learners' things happen.
 */
public final class StartCommand implements Command {

    public static final CommandSpec SPEC = new CommandSpec("start", Set.of(ChatKind.PRIVATE, ChatKind.GROUP));

    private final TimeZoneConversation timeZone;
    private final EnrollingLearner enrolling;
    private final Prompts prompts;
    private final Clock clock;
    private final Supplier<String> botUsername;
    private final java.util.function.Function<app.paceline.learner.LearnerId, List<ChallengeStanding>> challenges;
    private final Optional<JoiningChallenge> joiningChallenge;
    private final List<DeepLink> deepLinks;

    public StartCommand(TimeZoneConversation timeZone, EnrollingLearner enrolling, Prompts prompts,
                        Clock clock, Supplier<String> botUsername) {
        this(timeZone, enrolling, prompts, clock, botUsername, learner -> List.of(), Optional.empty());
    }

    /**
     * @param challenges       the learner's challenges, to say which ones they joined with a course
     * @param joiningChallenge for a challenge's own link, {@code <course code>--<challenge id>}
     */
    public StartCommand(TimeZoneConversation timeZone, EnrollingLearner enrolling, Prompts prompts, Clock clock,
                        Supplier<String> botUsername,
                        java.util.function.Function<app.paceline.learner.LearnerId, List<ChallengeStanding>> challenges,
                        Optional<JoiningChallenge> joiningChallenge) {
        this(timeZone, enrolling, prompts, clock, botUsername, challenges, joiningChallenge, List.of());
    }

    /** @param deepLinks other links than join links, such as co-creator invites, asked first */
    public StartCommand(TimeZoneConversation timeZone, EnrollingLearner enrolling, Prompts prompts, Clock clock,
                        Supplier<String> botUsername,
                        java.util.function.Function<app.paceline.learner.LearnerId, List<ChallengeStanding>> challenges,
                        Optional<JoiningChallenge> joiningChallenge, List<DeepLink> deepLinks) {
        this.deepLinks = List.copyOf(deepLinks);
        this.timeZone = timeZone;
        this.enrolling = enrolling;
        this.prompts = prompts;
        this.clock = clock;
        this.botUsername = botUsername;
        this.challenges = challenges;
        this.joiningChallenge = joiningChallenge;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Outbound> handle(Turn turn, Inbound.Command command) {
        if (command.chatKind() == ChatKind.GROUP) {
            return List.of(Reply.of(turn.chatId(), prompts.render(turn.locale(), "start.in_group",
                    Map.of("bot", botUsername.get()))));
        }
        Learner learner = turn.requireLearner();
        for (DeepLink link : deepLinks) {
            if (link.opens(command.argument())) {
                return link.open(turn, command.argument());
            }
        }
        if (!command.argument().isEmpty()) {
            return joining(turn, learner, command.argument());
        }
        if (learner.timeZone().isPresent()) {
            var zone = learner.timeZone().get();
            return List.of(Reply.of(turn.chatId(), prompts.render(turn.locale(), "start.welcome_back", Map.of(
                    "name", learner.firstName(),
                    "zone", LocalTimes.zone(zone),
                    "time", LocalTimes.clock(clock.instant().atZone(zone))))));
        }
        var replies = new ArrayList<Outbound>();
        replies.add(Reply.of(turn.chatId(), prompts.render(turn.locale(), "start.welcome", Map.of("name", learner.firstName()))));
        replies.addAll(timeZone.begin(turn));
        return replies;
    }

    /** A line for each challenge the learner joined with the course: when its days come, in their time. */
    private String challengesJoined(Turn turn, Learner learner, app.paceline.course.CourseCode course) {
        var lines = new StringBuilder();
        for (ChallengeStanding standing : challenges.apply(learner.id())) {
            if (standing.course().code().equals(course)) {
                lines.append("\n\n").append(prompts.render(turn.locale(), "challenge.joined", Map.of(
                        "challenge", standing.challenge().title(), "days", standing.challenge().days().size(),
                        "time", LocalTimes.value(standing.enrollment().releaseTimeIn(standing.challenge()), standing.zone(), turn.locale()))));
            }
        }
        return lines.toString();
    }

    /** A challenge's own link, for a learner in its course already: back in it, in it already, or it is over. */
    private String challengeRejoined(Turn turn, JoiningChallenge.Joined joined) {
        String title = joined.challenge().title();
        if (joined.outcome() instanceof JoinOutcome.Joined back) {
            return prompts.render(turn.locale(), "challenge.rejoined", Map.of("challenge", title,
                    "done", back.standing().progress().done(), "days", back.standing().progress().days()));
        }
        if (joined.outcome() instanceof JoinOutcome.AlreadyIn) {
            return prompts.render(turn.locale(), "challenge.already_in", Map.of("challenge", title));
        }
        return prompts.render(turn.locale(), "challenge.over", Map.of("challenge", title));
    }

    /** {@code /start <code>} from a join link: enrol, then ask the time zone if we do not know it yet. */
    private List<Outbound> joining(Turn turn, Learner learner, String payload) {
        var replies = new ArrayList<Outbound>();
        if (learner.timeZone().isEmpty()) {
            replies.add(Reply.of(turn.chatId(), prompts.render(turn.locale(), "start.welcome", Map.of("name", learner.firstName()))));
        }
        Optional<JoiningChallenge.Joined> challenge = joiningChallenge.flatMap(joining -> joining.join(learner.id(), payload));
        EnrollOutcome outcome = challenge.map(JoiningChallenge.Joined::enrollment).orElseGet(() -> enrolling.enroll(learner.id(), payload));
        String text;
        if (outcome instanceof EnrollOutcome.Enrolled enrolled) {
            text = prompts.render(turn.locale(), "course.enrolled", Map.of("title", enrolled.course().title()))
                    + challengesJoined(turn, learner, enrolled.course().code());
        } else if (challenge.isPresent()) {
            text = challengeRejoined(turn, challenge.get());
        } else if (outcome instanceof EnrollOutcome.AlreadyEnrolled already) {
            text = prompts.render(turn.locale(), "course.already_enrolled", Map.of("title", already.course().title()));
        } else if (outcome instanceof EnrollOutcome.UnknownCourse unknown) {
            text = prompts.render(turn.locale(), "course.unknown_code", Map.of("code", unknown.code().value()));
        } else {
            text = prompts.render(turn.locale(), "course.bad_code");
        }
        replies.add(Reply.of(turn.chatId(), text));
        if (learner.timeZone().isEmpty()) {
            replies.addAll(timeZone.begin(turn));
        }
        return replies;
    }
}
