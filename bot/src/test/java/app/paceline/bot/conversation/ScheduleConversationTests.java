package app.paceline.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.bot.command.CancelCommand;
import app.paceline.bot.command.CourseFileUpload;
import app.paceline.bot.command.ScheduleCommand;
import app.paceline.bot.command.UpdateRouter;
import app.paceline.bot.inbound.Attachments;
import app.paceline.bot.inbound.ChatKind;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Sender;
import app.paceline.bot.outbound.Button;
import app.paceline.bot.outbound.Keyboard;
import app.paceline.bot.outbound.Outbound;
import app.paceline.calendar.input.TimeInput;
import app.paceline.course.CourseCode;
import app.paceline.course.CourseEvents;
import app.paceline.course.CourseFileExamples;
import app.paceline.course.EnrollingLearner;
import app.paceline.course.ImportingCourse;
import app.paceline.course.InMemoryCourses;
import app.paceline.course.InMemoryEnrollments;
import app.paceline.course.yaml.YamlCourseFileReader;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.InMemoryPlannedDeliveries;
import app.paceline.delivery.InMemoryRecipients;
import app.paceline.delivery.PlannedDelivery;
import app.paceline.delivery.TrackingReachability;
import app.paceline.learner.InMemoryLearners;
import app.paceline.learner.Learner;
import app.paceline.learner.LearnerId;
import app.paceline.learner.RegisteringLearners;
import app.paceline.prompts.Prompts;
import app.paceline.session.AnsweringRsvp;
import app.paceline.session.ChangingOccurrences;
import app.paceline.session.CourseOccurrences;
import app.paceline.session.FollowingSessions;
import app.paceline.session.InMemoryOccurrenceChanges;
import app.paceline.session.InMemoryRsvps;
import app.paceline.session.ListingCreatorSessions;
import app.paceline.session.Rsvp;
import app.paceline.session.SessionNudges;
import app.paceline.time.SimulatedClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /schedule} with in-memory stores. It is Tuesday 1 December 2026, 07:00 in New York. The example course has
 * a weekly "Live Q&A" on Thursdays 18:00 New York (23:00 UTC) until February, and a one-off "Knife workshop" on
 * Saturday 5 December 10:00; Ana (New York) joined and answered live for Thursday 10 December.
 */
class ScheduleConversationTests {

    private static final long CHEF = 7;
    private static final long ANA = 1001;
    private static final long BO = 1002;
    private static final CourseCode BAKER = new CourseCode("baker-2026");
    private static final Prompts PROMPTS = Prompts.load();
    private static final String SESSIONS = """
            sessions:
              - id: qa
                title: Live Q&A
                starts: 2026-12-03T18:00
                duration: 60m
                repeat: weekly
                until: 2027-02-25
              - id: workshop
                title: Knife workshop
                starts: 2026-12-05T10:00
                duration: 90m
            """;

    private final SimulatedClock clock = SimulatedClock.stoppedAt(Instant.parse("2026-12-01T12:00:00Z"));
    private final InMemoryLearners learners = new InMemoryLearners();
    private final InMemoryConversationStates states = new InMemoryConversationStates();
    private final InMemoryCourses courses = new InMemoryCourses();
    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final InMemoryPlannedDeliveries deliveries = new InMemoryPlannedDeliveries();
    private final InMemoryRsvps rsvps = new InMemoryRsvps();
    private final InMemoryOccurrenceChanges changes = new InMemoryOccurrenceChanges();
    private final CourseOccurrences occurrences = new CourseOccurrences(changes);
    private final SessionNudges nudges = new SessionNudges(occurrences, courses, enrollments, learners, rsvps, deliveries, clock);
    private final CourseEvents following = new FollowingSessions(occurrences, nudges, clock);
    private final ImportingCourse importing = new ImportingCourse(courses, enrollments, new YamlCourseFileReader(), clock, following);
    private final AnsweringRsvp answering = new AnsweringRsvp(occurrences, courses, enrollments, learners, rsvps, nudges, clock);
    private final ScheduleConversation schedule = new ScheduleConversation(
            new ListingCreatorSessions(courses, occurrences, rsvps, clock),
            new ChangingOccurrences(courses, occurrences, changes, rsvps, nudges, deliveries, clock),
            states, TimeInput.standard(), PROMPTS, clock);
    private final UpdateRouter router = new UpdateRouter(
            List.of(new ScheduleCommand(schedule), new CancelCommand(states, PROMPTS)), List.of(schedule), List.of(), states,
            new RegisteringLearners(learners, clock),
            new TrackingReachability(new InMemoryRecipients(), new InMemoryPlannedDeliveries(), clock),
            new CourseFileUpload(importing, (fileId, max) -> new Attachments.Failed("no files in this test"), PROMPTS, () -> "paceline_test_bot"),
            PROMPTS, clock, () -> "paceline_test_bot");
    private final AtomicInteger presses = new AtomicInteger();

    @BeforeEach
    void chefCreatesTheCourseAndAnaAnswersLiveForThursdayTheTenth() {
        importing.importFile(CHEF, CourseFileExamples.text(CourseFileExamples.MASTER_BAKER) + SESSIONS);
        learners.save(Learner.firstSeen(new LearnerId(ANA), "Ana", "en", clock.instant()).withTimeZone(ZoneId.of("America/New_York")));
        new EnrollingLearner(courses, enrollments, clock, following).enroll(new LearnerId(ANA), BAKER.value());
        answering.answer(new LearnerId(ANA), BAKER, "qa@2026-12-10", Rsvp.LIVE);
    }

    @Test
    void aCreatorSeesTheNext30DaysInTheCourseZoneWithHowLearnersAnsweredAndButtonsForEach() {
        Outbound.Reply list = reply(router.route(command(CHEF, "schedule")), 0);

        assertThat(text(list)).isEqualTo("""
                🗓 Your live sessions in the next 30 days (America/New_York time):
                1. Thu 3 Dec 18:00 Live Q&A (Master Baker): 0 live, 0 replay, 0 can't
                2. Sat 5 Dec 10:00 Knife workshop (Master Baker): 0 live, 0 replay, 0 can't
                3. Thu 10 Dec 18:00 Live Q&A (Master Baker): 1 live, 0 replay, 0 can't
                4. Thu 17 Dec 18:00 Live Q&A (Master Baker): 0 live, 0 replay, 0 can't
                5. Thu 24 Dec 18:00 Live Q&A (Master Baker): 0 live, 0 replay, 0 can't
                More come later: press Later.

                Move or cancel one with its buttons below; Add one adds an extra occurrence of a session.""");
        assertThat(buttons(list)).extracting(Button::label).containsExactly("Move 1", "Cancel 1", "Move 2", "Cancel 2",
                "Move 3", "Cancel 3", "Move 4", "Cancel 4", "Move 5", "Cancel 5", "Later ›", "➕ Add one");
        assertThat(buttons(list)).allSatisfy(button -> assertThat(button.data()).startsWith("sch:")
                .hasSizeLessThanOrEqualTo(Button.MAX_DATA_BYTES).doesNotContain("qa@").doesNotContain("baker"));
    }

    @Test
    void laterPagesGoOnFromTheFirstOccurrenceNotShownAndTheCreatorsZoneWins() {
        learners.save(Learner.firstSeen(new LearnerId(CHEF), "Chef", "en", clock.instant()).withTimeZone(ZoneId.of("Europe/Berlin")));
        importing.importFile(CHEF, """
                course:
                  title: Morning standup
                  code: standup-2026
                  timezone: Europe/Berlin
                sessions:
                  - id: standup
                    title: Standup
                    starts: 2026-12-01T09:00
                    duration: 15m
                    repeat: weekly
                    on: [mon, tue, wed, thu, fri]
                    until: 2026-12-31
                """);

        Outbound.Reply first = reply(router.route(command(CHEF, "schedule")), 0);

        assertThat(text(first)).startsWith("🗓 Your live sessions in the next 30 days (Europe/Berlin time):\n1. Wed 2 Dec 09:00 Standup (Morning standup)")
                .contains("\n10. Fri 11 Dec 00:00 Live Q&A (Master Baker): 1 live")
                .contains("…and 17 more in these 30 days: press Later.");
        Button later = buttons(first).stream().filter(button -> button.label().equals("Later ›")).findFirst().orElseThrow();

        Outbound.Reply second = reply(router.route(press(CHEF, later.data())), 1);

        assertThat(text(second)).startsWith("🗓 Your live sessions from Fri 11 Dec (Europe/Berlin time):\n1. Fri 11 Dec 09:00 Standup (Morning standup)");
    }

    @Test
    void someoneWithoutCoursesWithSessionsIsToldHowToAddSome() {
        assertThat(text(reply(router.route(command(ANA, "schedule")), 0)))
                .startsWith("You have no courses with live sessions. To add some, put a sessions: section in your course file")
                .contains("title: Live Q&A");
    }

    @Test
    void moveAsksForATypedTimeInTheCreatorsZoneAndTellsWhoAnswered() {
        Outbound.Reply list = reply(router.route(command(CHEF, "schedule")), 0);

        List<Outbound> asked = router.route(press(CHEF, data(list, "Move 3")));

        assertThat(text(reply(asked, 1))).isEqualTo("When should Live Q&A (Master Baker) of Thu 10 Dec 18:00 be instead? Type a day "
                + "and time, America/New_York time, e.g. Fri 18:00 or 12.12 19:30. /cancel keeps it as it is.");
        Outbound.Reply moved = reply(router.route(text(CHEF, "2026-12-11 18:00")), 0);

        assertThat(text(moved)).isEqualTo("Moved Live Q&A from Thu 10 Dec 18:00 to Fri 11 Dec 18:00; 1 learner who answered was told. "
                + "Everyone's reminders follow the new time.");
        assertThat(states.find(CHEF, CHEF)).isEmpty();
        assertThat(changeNotices()).singleElement().satisfies(notice -> {
            assertThat(notice.recipient().chatId()).isEqualTo(ANA);
            assertThat(notice.plan().payload()).containsEntry("newStart", "2026-12-11T23:00:00Z");
        });
        assertThat(text(reply(router.route(command(CHEF, "schedule")), 0)))
                .contains("3. Fri 11 Dec 18:00 Live Q&A (Master Baker) · moved: 1 live, 0 replay, 0 can't");
    }

    @Test
    void badTypedTimesAreExplainedKeepTheQuestionAndChangeNothing() {
        Outbound.Reply list = reply(router.route(command(CHEF, "schedule")), 0);
        router.route(press(CHEF, data(list, "Move 3")));

        assertThat(text(reply(router.route(text(CHEF, "next blursday")), 0))).startsWith("I can't read “next blursday” as a time.");
        assertThat(text(reply(router.route(text(CHEF, "2026-11-30 18:00")), 0))).startsWith("Mon 30 Nov 18:00 has already passed");
        assertThat(text(reply(router.route(text(CHEF, "2027-06-01 18:00")), 0)))
                .isEqualTo("That's more than 90 days ahead. Send an earlier time, or /cancel.");
        assertThat(text(reply(router.route(text(CHEF, "2026-12-17 18:30")), 0)))
                .isEqualTo("Thu 17 Dec 18:30 overlaps Live Q&A (Thu 17 Dec 18:00–19:00). Send another time, or /cancel.");
        assertThat(states.find(CHEF, CHEF)).as("still asking").isPresent();

        assertThat(text(reply(router.route(command(CHEF, "cancel")), 0))).isEqualTo("Okay, stopped. Nothing was changed.");
        assertThat(occurrences.find(courses.find(BAKER).orElseThrow(), "qa@2026-12-10"))
                .hasValueSatisfying(o -> assertThat(o.occurrence().start()).isEqualTo(Instant.parse("2026-12-10T23:00:00Z")));
        assertThat(changeNotices()).isEmpty();
    }

    @Test
    void cancelAsksFirstKeepItChangesNothingAndYesTellsWhoAnswered() {
        Outbound.Reply list = reply(router.route(command(CHEF, "schedule")), 0);

        Outbound.Reply confirm = reply(router.route(press(CHEF, data(list, "Cancel 3"))), 1);
        assertThat(text(confirm)).isEqualTo("Cancel Live Q&A (Master Baker) on Thu 10 Dec 18:00? The 1 learner who answered will be told.");
        assertThat(buttons(confirm)).extracting(Button::label).containsExactly("Yes, cancel it", "Keep it");

        List<Outbound> kept = router.route(press(CHEF, data(confirm, "Keep it")));
        assertThat(kept.get(1)).isInstanceOf(Outbound.EditButtons.class);
        assertThat(text(reply(kept, 2))).isEqualTo("Okay, Live Q&A on Thu 10 Dec 18:00 stays as it is.");
        assertThat(changeNotices()).isEmpty();

        List<Outbound> cancelled = router.route(press(CHEF, data(confirm, "Yes, cancel it")));
        assertThat(text(reply(cancelled, 2))).isEqualTo("Cancelled Live Q&A on Thu 10 Dec 18:00; 1 learner who answered was told. "
                + "Its reminders are withdrawn.");
        assertThat(changeNotices()).singleElement().satisfies(notice -> assertThat(notice.plan().payload()).doesNotContainKey("newStart"));
        assertThat(router.route(press(CHEF, data(confirm, "Yes, cancel it"))).get(0)).as("pressed again")
                .isEqualTo(new Outbound.AnswerPress("cb" + presses.get(), "This button is no longer active."));
        assertThat(text(reply(router.route(command(CHEF, "schedule")), 0))).doesNotContain("Thu 10 Dec");
    }

    @Test
    void addOneAsksWhichSessionAndWhenAndRefusesADayThatHasOne() {
        Outbound.Reply list = reply(router.route(command(CHEF, "schedule")), 0);

        Outbound.Reply pick = reply(router.route(press(CHEF, data(list, "➕ Add one"))), 1);
        assertThat(text(pick)).isEqualTo("Which session gets an extra occurrence?");
        assertThat(buttons(pick)).extracting(Button::label).containsExactly("Live Q&A · Master Baker", "Knife workshop · Master Baker");

        assertThat(text(reply(router.route(press(CHEF, data(pick, "Live Q&A · Master Baker"))), 1))).isEqualTo(
                "When should the extra Live Q&A (Master Baker, 60 min) be? Type a day and time, America/New_York time, "
                        + "e.g. Sat 18:00. A session has at most one occurrence a day. /cancel adds nothing.");
        assertThat(text(reply(router.route(text(CHEF, "2026-12-10 20:00")), 0))).isEqualTo("Live Q&A already has an occurrence on "
                + "Thu 10 Dec (now at Thu 10 Dec 18:00), and a session has at most one a day. Move that one instead (/schedule), "
                + "or send another day.");
        assertThat(text(reply(router.route(text(CHEF, "2026-12-12 18:00")), 0))).isEqualTo("Added Live Q&A (Master Baker) on "
                + "Sat 12 Dec 18:00. Learners get their usual reminders before it; /schedule shows it.");

        assertThat(text(reply(router.route(command(CHEF, "schedule")), 0)))
                .contains("4. Sat 12 Dec 18:00 Live Q&A (Master Baker) · extra: 0 live, 0 replay, 0 can't");
        assertThat(deliveries.allWaiting()).filteredOn(d -> d.recipient().chatId() == ANA
                        && d.plan().payload().getOrDefault("occurrence", "").equals("qa@2026-12-12"))
                .as("Ana is nudged before it").hasSize(2);
    }

    @Test
    void anotherCreatorsPressAndForgedDataFindNothing() {
        Outbound.Reply list = reply(router.route(command(CHEF, "schedule")), 0);

        assertThat(router.route(press(BO, data(list, "Move 3"))).get(0)).isInstanceOf(Outbound.AnswerPress.class)
                .isEqualTo(new Outbound.AnswerPress("cb" + presses.get(), "This button is no longer active."));
        assertThat(router.route(press(CHEF, "sch:pg:soon")).get(0))
                .isEqualTo(new Outbound.AnswerPress("cb" + presses.get(), "This button is no longer active."));
        assertThat(router.route(press(CHEF, "sch:cy:AAAAAAAA")).get(0))
                .isEqualTo(new Outbound.AnswerPress("cb" + presses.get(), "This button is no longer active."));
        assertThat(states.find(BO, BO)).isEmpty();
    }

    @Test
    void anOccurrenceThatStartedWhileTheCreatorWasTypingCannotBeMovedAnyMore() {
        clock.set(Instant.parse("2026-12-03T22:50:00Z"));
        Outbound.Reply list = reply(router.route(command(CHEF, "schedule")), 0);
        router.route(press(CHEF, data(list, "Move 1")));
        clock.advance(Duration.ofMinutes(15));

        assertThat(text(reply(router.route(text(CHEF, "Fri 18:00")), 0)))
                .isEqualTo("Live Q&A of Thu 3 Dec 18:00 has already started, so it can't be moved or cancelled any more.");
        assertThat(states.find(CHEF, CHEF)).isEmpty();
    }

    private List<PlannedDelivery> changeNotices() {
        return deliveries.allWaiting().stream().filter(d -> d.plan().kind() == DeliveryKind.SESSION_CHANGED).toList();
    }

    private static Inbound.Command command(long user, String name) {
        return new Inbound.Command(user, ChatKind.PRIVATE, Sender.user(user, "User", "en"), 1, name, "", false);
    }

    private static Inbound.Text text(long user, String text) {
        return new Inbound.Text(user, ChatKind.PRIVATE, Sender.user(user, "User", "en"), 2, text);
    }

    private Inbound.ButtonPress press(long user, String data) {
        assertThat(data.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(Button.MAX_DATA_BYTES);
        return new Inbound.ButtonPress(user, ChatKind.PRIVATE, Sender.user(user, "User", "en"), "cb" + presses.incrementAndGet(), 5, data);
    }

    private static Outbound.Reply reply(List<Outbound> outbound, int index) {
        return (Outbound.Reply) outbound.get(index);
    }

    private static String text(Outbound.Reply reply) {
        return reply.html().replaceAll("<[^>]+>", "").replace("&amp;", "&");
    }

    private static List<Button> buttons(Outbound.Reply reply) {
        return ((Keyboard.Inline) reply.keyboard()).rows().stream().flatMap(List::stream).toList();
    }

    private static String data(Outbound.Reply reply, String label) {
        return buttons(reply).stream().filter(button -> button.label().equals(label)).findFirst().orElseThrow().data();
    }
}
