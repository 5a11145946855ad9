package app.paceline.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.bot.conversation.ConversationState;
import app.paceline.bot.conversation.InMemoryConversationStates;
import app.paceline.bot.conversation.TimeZoneConversation;
import app.paceline.bot.inbound.Attachments;
import app.paceline.bot.inbound.ChatKind;
import app.paceline.calendar.InMemoryAssignmentProgresses;
import app.paceline.calendar.LearnerAssignments;
import app.paceline.calendar.PlanningNudges;
import app.paceline.course.ListingCourses;
import app.paceline.course.EnrollingLearner;
import app.paceline.course.ImportingCourse;
import app.paceline.course.InMemoryCourses;
import app.paceline.course.InMemoryEnrollments;
import app.paceline.course.yaml.YamlCourseFileReader;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Sender;
import app.paceline.bot.outbound.Outbound;
import app.paceline.delivery.InMemoryPlannedDeliveries;
import app.paceline.delivery.InMemoryRecipients;
import app.paceline.delivery.TrackingReachability;
import app.paceline.learner.ChoosingTimeZone;
import app.paceline.learner.InMemoryLearners;
import app.paceline.learner.LearnerId;
import app.paceline.learner.RegisteringLearners;
import app.paceline.learner.TimeZoneInput;
import app.paceline.prompts.Prompts;
import app.paceline.time.SimulatedClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Routing decisions with in-memory stores: which flow text goes to, and when a flow is forgotten. */
class UpdateRouterTests {

    private static final long ANA = 1001;
    private static final Sender ANA_SENDER = Sender.user(ANA, "Ana", "en");
    private static final Prompts PROMPTS = Prompts.load();

    private final SimulatedClock clock = SimulatedClock.stoppedAt(Instant.parse("2026-12-01T12:00:00Z"));
    private final InMemoryLearners learners = new InMemoryLearners();
    private final InMemoryConversationStates states = new InMemoryConversationStates();
    private final InMemoryCourses courses = new InMemoryCourses();
    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final TimeZoneConversation timeZone = new TimeZoneConversation(
            new ChoosingTimeZone(learners, TimeZoneInput.standard(), clock), states, PROMPTS, clock);
    private final UpdateRouter router = new UpdateRouter(
            List.of(new StartCommand(timeZone, new EnrollingLearner(courses, enrollments, clock),
                            new PlanningNudges(new LearnerAssignments(new ListingCourses(courses, enrollments), courses, enrollments,
                                    new InMemoryAssignmentProgresses()), new InMemoryPlannedDeliveries(), clock),
                            PROMPTS, clock, () -> "paceline_test_bot"),
                    new TimezoneCommand(timeZone, PROMPTS, clock),
                    new HelpCommand(List.of(StartCommand.SPEC, TimezoneCommand.SPEC, HelpCommand.SPEC, CancelCommand.SPEC), PROMPTS),
                    new CancelCommand(states, PROMPTS)),
            List.of(timeZone), List.of(), states, new RegisteringLearners(learners, clock),
            new TrackingReachability(new InMemoryRecipients(), new InMemoryPlannedDeliveries(), clock),
            new CourseFileUpload(new ImportingCourse(courses, enrollments, new YamlCourseFileReader(), clock),
                    (fileId, max) -> new Attachments.Failed("no files in this test"), PROMPTS, () -> "paceline_test_bot"),
            PROMPTS, clock, () -> "paceline_test_bot");

    @Test
    void anAnswerWithinADayGoesToTheOpenQuestion() {
        router.route(command("start", ""));
        clock.advance(Duration.ofHours(23));

        List<Outbound> replies = router.route(text("Lisbon"));

        assertThat(learners.find(new LearnerId(ANA)).orElseThrow().timeZone()).contains(ZoneId.of("Europe/Lisbon"));
        assertThat(textOf(replies.get(0))).startsWith("Time zone set: Europe/Lisbon.");
    }

    @Test
    void aQuestionLeftOpenForMoreThanADayIsForgotten() {
        router.route(command("start", ""));
        clock.advance(Duration.ofDays(1).plusMinutes(1));

        List<Outbound> replies = router.route(text("Lisbon"));

        assertThat(learners.find(new LearnerId(ANA)).orElseThrow().timeZone()).isEmpty();
        assertThat(textOf(replies.get(0))).startsWith("I'm not sure what to do with that.");
        assertThat(states.find(ANA, ANA)).isEmpty();
    }

    @Test
    void aFlowThisVersionDoesNotKnowIsDroppedInsteadOfCrashing() {
        states.save(new ConversationState(ANA, ANA, "flow-from-the-future", "STEP", clock.instant()));

        List<Outbound> replies = router.route(text("hello"));

        assertThat(textOf(replies.get(0))).startsWith("I'm not sure what to do with that.");
        assertThat(states.find(ANA, ANA)).isEmpty();
    }

    @Test
    void aStepThisVersionDoesNotKnowRestartsTheQuestion() {
        states.save(new ConversationState(ANA, ANA, TimeZoneConversation.FLOW, "RENAMED_STEP", clock.instant()));

        List<Outbound> replies = router.route(text("Lisbon"));

        assertThat(textOf(replies.get(0))).startsWith("Which time zone are you in?");
    }

    @Test
    void cancelAlwaysWinsOverTheOpenQuestion() {
        router.route(command("start", ""));

        List<Outbound> replies = router.route(command("cancel", ""));

        assertThat(textOf(replies.get(0))).isEqualTo("Okay, stopped. Nothing was changed.");
        assertThat(states.find(ANA, ANA)).isEmpty();
        assertThat(textOf(router.route(command("cancel", "")).get(0))).isEqualTo("There's nothing to stop right now.");
    }

    @Test
    void privateOnlyCommandsAreIgnoredInGroupsAndRegisterNobody() {
        var groupTimezone = new Inbound.Command(-100, ChatKind.GROUP, ANA_SENDER, 1, "timezone", "Berlin", false);

        assertThat(router.route(groupTimezone)).isEmpty();
        assertThat(learners.find(new LearnerId(ANA))).isEmpty();
    }

    @Test
    void aTapOnASuggestedZoneAfterTheQuestionWasCancelledStillSetsIt() {
        router.route(command("start", ""));
        router.route(command("cancel", ""));

        List<Outbound> replies = router.route(text("Asia/Tokyo"));

        assertThat(textOf(replies.get(0))).startsWith("Time zone set: Asia/Tokyo.");
    }

    @Test
    void looksRightOnAnOutdatedConfirmationDoesNotConfirmTheNewerZone() {
        router.route(command("timezone", "Berlin"));
        router.route(command("timezone", "Tokyo"));

        var stale = router.route(new Inbound.ButtonPress(ANA, ChatKind.PRIVATE, ANA_SENDER, "cb1", 5, "tz:ok:Europe/Berlin"));
        var current = router.route(new Inbound.ButtonPress(ANA, ChatKind.PRIVATE, ANA_SENDER, "cb2", 6, "tz:ok:Asia/Tokyo"));

        assertThat(stale).containsExactly(new Outbound.AnswerPress("cb1", "This button is no longer active."));
        assertThat(current.get(0)).isEqualTo(new Outbound.AnswerPress("cb2", "Great, you're all set."));
    }

    @Test
    void aPrivateCommandAddressedToTheBotInAGroupGetsAHintToUseThePrivateChat() {
        var addressed = new Inbound.Command(-100, ChatKind.GROUP, ANA_SENDER, 1, "timezone", "", true);

        assertThat(textOf(router.route(addressed).get(0))).isEqualTo("/timezone works in our private chat: open @paceline_test_bot and send it there.");
    }

    private static Inbound.Command command(String name, String argument) {
        return new Inbound.Command(ANA, ChatKind.PRIVATE, ANA_SENDER, 1, name, argument, false);
    }

    private static Inbound.Text text(String text) {
        return new Inbound.Text(ANA, ChatKind.PRIVATE, ANA_SENDER, 2, text);
    }

    private static String textOf(Outbound outbound) {
        return ((Outbound.Reply) outbound).html().replaceAll("<[^>]+>", "");
    }
}
