package app.paceline.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.bot.command.ReplayCommand;
import app.paceline.bot.inbound.ChatKind;
import app.paceline.bot.inbound.Inbound;
import app.paceline.bot.inbound.Sender;
import app.paceline.bot.inbound.Turn;
import app.paceline.bot.outbound.Button;
import app.paceline.bot.outbound.Keyboard;
import app.paceline.bot.outbound.Outbound;
import app.paceline.bot.render.DeliveryTexts;
import app.paceline.bot.render.ReplayButtons;
import app.paceline.bot.render.ReplayTexts;
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
import app.paceline.delivery.Outgoing;
import app.paceline.delivery.PlannedDelivery;
import app.paceline.learner.InMemoryLearners;
import app.paceline.learner.Learner;
import app.paceline.learner.LearnerId;
import app.paceline.prompts.Prompts;
import app.paceline.session.AnsweringRsvp;
import app.paceline.session.CourseOccurrences;
import app.paceline.session.FollowingReplays;
import app.paceline.session.FollowingSessionSummaries;
import app.paceline.session.InMemoryOccurrenceChanges;
import app.paceline.session.InMemoryReplays;
import app.paceline.session.InMemoryRsvps;
import app.paceline.session.InMemoryWatchedReplays;
import app.paceline.session.PostingReplay;
import app.paceline.session.Replay;
import app.paceline.session.ReplayDeliveries;
import app.paceline.session.Rsvp;
import app.paceline.session.SessionNudges;
import app.paceline.session.SessionSummaries;
import app.paceline.session.WatchingReplay;
import app.paceline.time.SimulatedClock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Posting a recording by its button or {@code /replay}, and Watched, as handlers see them. A weekly session on
 * Thursdays 18:00 New York; the first ended at 00:00 UTC on 4 December. Ana answered replay, Bo live.
 */
class ReplayConversationTests {

    private static final CourseCode BAKER = new CourseCode("baker-2026");
    private static final long CREATOR = 1;
    private static final long ANA = 1001;
    private static final long BO = 1002;
    private static final String FIRST = "qa@2026-12-03";
    private static final String LINK = "https://example.org/recordings/qa-1";

    private final SimulatedClock clock = SimulatedClock.stoppedAt(Instant.parse("2026-12-01T12:00:00Z"));
    private final InMemoryCourses courses = new InMemoryCourses();
    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final InMemoryLearners learners = new InMemoryLearners();
    private final InMemoryRsvps rsvps = new InMemoryRsvps();
    private final InMemoryPlannedDeliveries deliveries = new InMemoryPlannedDeliveries();
    private final InMemoryReplays replays = new InMemoryReplays();
    private final InMemoryWatchedReplays watched = new InMemoryWatchedReplays();
    private final InMemoryConversationStates states = new InMemoryConversationStates();
    private final CourseOccurrences occurrences = new CourseOccurrences(new InMemoryOccurrenceChanges());
    private final SessionSummaries summaries = new SessionSummaries(occurrences, courses, enrollments, learners, rsvps, deliveries, clock);
    private final ReplayDeliveries messages = new ReplayDeliveries(deliveries, watched);
    private final CourseEvents following = CourseEvents.all(List.of(new FollowingSessionSummaries(occurrences, summaries, clock),
            new FollowingReplays(replays, rsvps, messages, clock)));
    private final PostingReplay posting = new PostingReplay(courses, occurrences, enrollments, rsvps, replays, messages,
            Replay.DEFAULT_WINDOW, clock);
    private final Prompts prompts = Prompts.load();
    private final ReplayConversation conversation = new ReplayConversation(posting,
            new WatchingReplay(enrollments, rsvps, replays, watched, messages, clock), states, prompts, clock);
    private final ReplayCommand command = new ReplayCommand(conversation, prompts);
    private final DeliveryTexts texts = new ReplayTexts(prompts, summaries).registerWith(new DeliveryTexts(prompts));

    @BeforeEach
    void theFirstSessionIsOver() {
        new ImportingCourse(courses, enrollments, new YamlCourseFileReader(), clock, following).importFile(CREATOR,
                CourseFileExamples.text(CourseFileExamples.MASTER_BAKER) + """
                        sessions:
                          - id: qa
                            title: Live Q&A
                            starts: 2026-12-03T18:00
                            duration: 60m
                            repeat: weekly
                            until: 2026-12-10
                        """);
        var answering = new AnsweringRsvp(occurrences, courses, enrollments, learners, rsvps,
                new SessionNudges(occurrences, courses, enrollments, learners, rsvps, deliveries, clock), clock);
        for (long id : List.of(ANA, BO)) {
            learners.save(learner(id).withTimeZone(ZoneId.of("Europe/Berlin")));
            new EnrollingLearner(courses, enrollments, clock, following).enroll(new LearnerId(id), BAKER.value());
        }
        answering.answer(new LearnerId(ANA), BAKER, FIRST, Rsvp.REPLAY);
        answering.answer(new LearnerId(BO), BAKER, FIRST, Rsvp.LIVE);
        clock.set(Instant.parse("2026-12-04T00:00:00Z"));
    }

    @Test
    void theSummarysButtonAsksForTheLinkSomethingElseIsAskedAgainAndALinkIsPosted() {
        DeliveryTexts.Message summary = render(DeliveryKind.SESSION_SUMMARY, CREATOR, Locale.ENGLISH);
        assertThat(summary.html()).contains("🟢 Live: 1", "📼 Replay: 1", "❔ No answer: 0", "<code>/replay qa@2026-12-03 link</code>");

        List<Outbound> asked = conversation.onButton(turn(CREATOR), press(CREATOR, buttons(summary.keyboard()).get(0).data()));
        assertThat(text(asked)).isEqualTo("Send me the link to the recording of <b>Live Q&amp;A</b> (Thu 3 Dec 18:00). /cancel stops.");
        ConversationState state = states.find(CREATOR, CREATOR).orElseThrow();

        assertThat(text(conversation.onText(turn(CREATOR), state, "the zoom one"))).startsWith("“the zoom one” isn't a link I can send.");
        assertThat(states.find(CREATOR, CREATOR)).as("still asking").contains(state);
        assertThat(replays.ofCourse(BAKER)).isEmpty();

        assertThat(text(conversation.onText(turn(CREATOR), state, LINK))).isEqualTo("📼 Saved the recording of <b>Live Q&amp;A</b> "
                + "(Thu 3 Dec 18:00). I'm sending it to 1 learner who didn't answer live; they have until Thu 10 Dec 19:00 to "
                + "watch it, and I'll remind them a day before.");
        assertThat(states.find(CREATOR, CREATOR)).isEmpty();
    }

    @Test
    void onlyTheCreatorMayPostAndEverythingElseChangesNothing() {
        String post = ReplayButtons.post(BAKER, FIRST);
        assertThat(toast(conversation.onButton(turn(ANA), press(ANA, post)))).isEqualTo("This button is no longer active.");
        assertThat(text(command.handle(turn(ANA), replay(ANA, FIRST + " " + LINK)))).isEqualTo("Only a course's creator can post its recordings.");
        assertThat(text(command.handle(turn(CREATOR), replay(CREATOR, "")))).startsWith("Post a session's recording with");
        assertThat(text(command.handle(turn(CREATOR), replay(CREATOR, "qa@2026-12-10 " + LINK)))).isEqualTo(
                "<b>Live Q&amp;A</b> starts Thu 10 Dec 18:00: there's no recording before it starts.");
        assertThat(text(command.handle(turn(CREATOR), replay(CREATOR, "qa@2026-12-04 " + LINK)))).startsWith(
                "I can't find the session “qa@2026-12-04” in your courses.");
        assertThat(toast(conversation.onButton(turn(CREATOR), press(CREATOR, ReplayButtons.post(BAKER, "qa@2026-12-10")))))
                .as("not started yet").isEqualTo("This button is no longer active.");
        assertThat(replays.ofCourse(BAKER)).isEmpty();
        assertThat(states.find(CREATOR, CREATOR)).isEmpty();
    }

    @Test
    void postingAgainWithTheCourseNamedReplacesTheLink() {
        command.handle(turn(CREATOR), replay(CREATOR, FIRST + " " + LINK));

        String again = text(command.handle(turn(CREATOR), replay(CREATOR, "baker-2026 " + FIRST + " https://example.org/fixed")));

        assertThat(again).isEqualTo("🔁 New link saved for <b>Live Q&amp;A</b> (Thu 3 Dec 18:00); the window to watch it still "
                + "ends Thu 10 Dec 19:00. Nobody had been sent the old one. 1 learner who hasn't got it yet will get the new one.");
    }

    @Test
    void watchedIsRecordedOnceLeavesTheLinkAndOldOrForgedPressesChangeNothing() {
        command.handle(turn(CREATOR), replay(CREATOR, FIRST + " " + LINK));
        DeliveryTexts.Message recording = render(DeliveryKind.REPLAY, ANA, Locale.ENGLISH);
        assertThat(recording.html()).isEqualTo("📼 The recording of <b>Live Q&amp;A</b> (Fri 4 Dec 00:00) is here:\n" + LINK
                + "\n\nWatch it by <b>Fri 11 Dec 01:00</b>. Press <b>Watched ✓</b> once you have, and I won't remind you.");
        String seen = buttons(recording.keyboard()).get(1).data();
        assertThat(seen).startsWith("replay:seen:").hasSizeLessThanOrEqualTo(Button.MAX_DATA_BYTES);

        assertThat(toast(conversation.onButton(turn(BO), press(BO, seen)))).as("Bo answered live").isEqualTo("This button is no longer active.");
        assertThat(toast(conversation.onButton(turn(ANA), press(ANA, "replay:seen:AAAAAAAA")))).isEqualTo("This button is no longer active.");
        List<Outbound> marked = conversation.onButton(turn(ANA), press(ANA, seen));

        assertThat(toast(marked)).isEqualTo("Marked as watched ✓ No more reminders about it.");
        assertThat(marked.get(1)).isInstanceOfSatisfying(Outbound.EditButtons.class, edit -> assertThat(edit.keyboard().rows())
                .isEqualTo(List.of(List.of(Button.link("▶ Watch", java.net.URI.create(LINK))))));
        assertThat(deliveries.allWaiting()).noneMatch(d -> d.plan().kind() == DeliveryKind.REPLAY_REMINDER && d.recipient().chatId() == ANA);
        assertThat(toast(conversation.onButton(turn(ANA), press(ANA, seen)))).as("again").isEqualTo("This button is no longer active.");
    }

    @Test
    void theSummaryReadsInRussianWithItsPluralsAndTheCourseZone() {
        learners.save(Learner.firstSeen(new LearnerId(CREATOR), "Шеф", "ru", clock.instant()));

        DeliveryTexts.Message summary = render(DeliveryKind.SESSION_SUMMARY, CREATOR, Locale.forLanguageTag("ru"));

        assertThat(summary.html()).startsWith("📊 Занятие <b>Live Q&amp;A</b> (чт 3 дек. 18:00, America/New_York) закончилось.")
                .contains("Выложи запись, и я отправлю её 1 ученику, который не ответил «вживую».");
        assertThat(buttons(summary.keyboard())).extracting(Button::label).containsExactly("🎬 Выложить запись");
    }

    private DeliveryTexts.Message render(DeliveryKind kind, long recipient, Locale locale) {
        PlannedDelivery delivery = deliveries.allWaiting().stream()
                .filter(d -> d.plan().kind() == kind && d.recipient().chatId() == recipient)
                .min(java.util.Comparator.comparing(d -> d.plan().due())).orElseThrow();
        // As the notifier does: the reader's zone, UTC when they have not told it.
        ZoneId zone = learners.find(new LearnerId(recipient)).flatMap(Learner::timeZone).orElse(java.time.ZoneOffset.UTC);
        return texts.render(new Outgoing.Single(delivery), locale, zone).orElseThrow();
    }

    private Turn turn(long user) {
        Learner learner = learners.find(new LearnerId(user)).orElseGet(() -> learner(user));
        return new Turn(new Inbound.Text(user, ChatKind.PRIVATE, Sender.user(user, "U", "en"), 1, ""), Locale.ENGLISH, Optional.of(learner));
    }

    private Learner learner(long id) {
        return Learner.firstSeen(new LearnerId(id), "U" + id, "en", clock.instant());
    }

    private static Inbound.ButtonPress press(long user, String data) {
        return new Inbound.ButtonPress(user, ChatKind.PRIVATE, Sender.user(user, "U", "en"), "cb", 7, data);
    }

    private static Inbound.Command replay(long user, String argument) {
        return new Inbound.Command(user, ChatKind.PRIVATE, Sender.user(user, "U", "en"), 1, "replay", argument, false);
    }

    private static List<Button> buttons(Keyboard keyboard) {
        return ((Keyboard.Inline) keyboard).rows().stream().flatMap(List::stream).toList();
    }

    private static String text(List<Outbound> outbound) {
        return outbound.stream().filter(o -> o instanceof Outbound.Reply).map(o -> ((Outbound.Reply) o).html()).findFirst().orElseThrow();
    }

    private static String toast(List<Outbound> outbound) {
        return ((Outbound.AnswerPress) outbound.get(0)).toast();
    }
}
