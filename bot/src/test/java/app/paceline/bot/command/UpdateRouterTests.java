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
import app.paceline.calendar.BookingTime;
import app.paceline.calendar.ChangingBookings;
import app.paceline.calendar.RetimingBookings;
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
    private final InMemoryAssignmentProgresses progresses = new InMemoryAssignmentProgresses();
    private final InMemoryPlannedDeliveries deliveries = new InMemoryPlannedDeliveries();
    private final LearnerAssignments assignments = new LearnerAssignments(new ListingCourses(courses, enrollments), courses,
            enrollments, progresses);
    private final PlanningNudges nudges = new PlanningNudges(assignments, deliveries, clock);
    private final BookingTime booking = new BookingTime(courses, enrollments, progresses, deliveries, nudges, learners, clock);
    private final TimeZoneConversation timeZone = new TimeZoneConversation(
            new ChoosingTimeZone(learners, TimeZoneInput.standard(), clock),
            new RetimingBookings(assignments, new ChangingBookings(progresses, deliveries, booking, nudges, clock), clock),
            states, PROMPTS, clock);
    private final UpdateRouter router = new UpdateRouter(
            List.of(new StartCommand(timeZone, new EnrollingLearner(courses, enrollments, clock), PROMPTS, clock,
                            () -> "paceline_test_bot"),
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

    @Test
    void changingZoneWithTimesBookedAsksOnceWhetherTheyKeepTheirLocalTime() {
        // Ana is in Berlin and booked Friday 19:00 there for the example course's Sourcing (due Monday 23:59 New York).
        new ImportingCourse(courses, enrollments, new YamlCourseFileReader(), clock)
                .importFile(7, app.paceline.course.CourseFileExamples.text(app.paceline.course.CourseFileExamples.MASTER_BAKER));
        router.route(command("timezone", "Berlin"));
        new EnrollingLearner(courses, enrollments, clock).enroll(new LearnerId(ANA), "baker-2026");
        Instant friday7pmBerlin = Instant.parse("2026-12-04T18:00:00Z");
        booking.book(new LearnerId(ANA), new app.paceline.course.CourseCode("baker-2026"), "sourcing", friday7pmBerlin);

        List<Outbound> replies = router.route(command("timezone", "Tokyo"));

        assertThat(replies).hasSize(2);
        assertThat(textOf(replies.get(1))).isEqualTo("You have 1 booked time ahead. Should it keep its local time? For example, "
                + "Sourcing ingredients on Fri 4 Dec 19:00 (Europe/Berlin time) would be at 19:00 Asia/Tokyo time if it keeps "
                + "its local time, or at 03:00 if it keeps the moment.");
        var press = new Inbound.ButtonPress(ANA, ChatKind.PRIVATE, ANA_SENDER, "cb1", 7, "tz:wall");
        List<Outbound> done = router.route(press);

        assertThat(textOf(done.get(2))).isEqualTo("Done: 1 booked time keeps its local time, now in Asia/Tokyo.");
        var ref = new app.paceline.calendar.AssignmentRef(new LearnerId(ANA), new app.paceline.course.CourseCode("baker-2026"), "sourcing");
        assertThat(progresses.find(ref).orElseThrow().slots()).extracting(slot -> slot.start().toString())
                .containsExactly("2026-12-04T10:00:00Z");
        assertThat(router.route(new Inbound.ButtonPress(ANA, ChatKind.PRIVATE, ANA_SENDER, "cb2", 7, "tz:wall")).get(0))
                .as("asked once: a second press moves nothing")
                .isEqualTo(new Outbound.AnswerPress("cb2", "This button is no longer active."));
        assertThat(progresses.find(ref).orElseThrow().slots()).extracting(slot -> slot.start().toString())
                .containsExactly("2026-12-04T10:00:00Z");
    }

    @Test
    void keepingTheMomentsChangesNoBookingAndAZoneChangeWithoutBookingsAsksNothing() {
        new ImportingCourse(courses, enrollments, new YamlCourseFileReader(), clock)
                .importFile(7, app.paceline.course.CourseFileExamples.text(app.paceline.course.CourseFileExamples.MASTER_BAKER));
        router.route(command("timezone", "Berlin"));
        assertThat(router.route(command("timezone", "Lisbon"))).as("nothing booked: nothing to ask").hasSize(1);
        new EnrollingLearner(courses, enrollments, clock).enroll(new LearnerId(ANA), "baker-2026");
        Instant start = Instant.parse("2026-12-04T18:00:00Z");
        booking.book(new LearnerId(ANA), new app.paceline.course.CourseCode("baker-2026"), "sourcing", start);
        router.route(command("timezone", "Tokyo"));

        List<Outbound> typed = router.route(text("whatever"));
        List<Outbound> kept = router.route(new Inbound.ButtonPress(ANA, ChatKind.PRIVATE, ANA_SENDER, "cb1", 7, "tz:moment"));

        assertThat(textOf(typed.get(0))).startsWith("Please choose one of the two buttons above");
        assertThat(textOf(kept.get(2))).startsWith("Okay: your booked times stay at the same moments.");
        var ref = new app.paceline.calendar.AssignmentRef(new LearnerId(ANA), new app.paceline.course.CourseCode("baker-2026"), "sourcing");
        assertThat(progresses.find(ref).orElseThrow().slots()).extracting(slot -> slot.start()).containsExactly(start);
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
