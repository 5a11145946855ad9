package app.paceline;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.challenge.ChallengeOutcome;
import app.paceline.challenge.FollowingChallenges;
import app.paceline.challenge.JoinOutcome;
import app.paceline.challenge.PostingChallengeBoards;
import app.paceline.challenge.TakingPart;
import app.paceline.course.Challenge;
import app.paceline.course.Course;
import app.paceline.course.CourseCode;
import app.paceline.course.Courses;
import app.paceline.delivery.DeliveringDueNotifications;
import app.paceline.delivery.Recipients;
import app.paceline.fakebotapi.BotMessage;
import app.paceline.fakebotapi.FakeGroup;
import app.paceline.fakebotapi.FakePrivateChat;
import app.paceline.fakebotapi.FakeUser;
import app.paceline.learner.LearnerId;
import app.paceline.schedule.DueWork;
import app.paceline.testing.Eventually;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pinned group board of a 3-day cohort challenge (one grace day) in a course's group, on simulated time against
 * the fake Bot API: one message a day at 08:00 in New York, pinned in place of yesterday's, edited in place as
 * learners do the day, naming only those who chose to be named. Ana and Cy chose to be named, Ben did not.
 *
 * <p>The course is stored as an object and learners are put into its challenge directly, so that the board's rules
 * (a 3-day challenge with one grace day, days done between ticks) are shown on their own; ChallengesEndToEndTests
 * shows the board of the example course file, joined by link.
 */
class ChallengeBoardEndToEndTests extends EndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final LocalDate START = LocalDate.parse("2026-12-02");
    /** 08:00 in New York on the challenge's first day. */
    private static final Instant DAY_1 = Instant.parse("2026-12-02T13:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static long nextGroup = -1_002_000_000_000L;

    @Autowired
    Courses courses;
    @Autowired
    FollowingChallenges following;
    @Autowired
    TakingPart taking;
    @Autowired
    ObjectProvider<DueWork> dueWork;
    @Autowired
    Recipients recipients;

    private String code;
    private Course course;

    @Test
    void theBoardRunsBeforeTheEngineOnEachTickSoThatItIsSentAtItsMoment() {
        List<DueWork> order = dueWork.orderedStream().toList();
        int board = indexOf(order, PostingChallengeBoards.class);
        int engine = indexOf(order, DeliveringDueNotifications.class);

        assertThat(board).isNotNegative().isLessThan(engine);
    }

    @Test
    void aPinnedBoardADayEditedInPlaceAsLearnersDoTheDayNamingOnlyThoseWhoChoseTo() throws Exception {
        stampTelegramWithSimulatedTime();
        FakeUser chef = TELEGRAM.user(USER_IDS.incrementAndGet(), "Chef", "en");
        talkTo(chef, "America/New_York");
        code = "board-" + USER_IDS.incrementAndGet();
        course = breadCourse(new LearnerId(chef.id()));
        courses.add(course);
        LearnerId ana = learner("Ana");
        LearnerId ben = learner("Ben");
        LearnerId cy = learner("Cy");

        FakeGroup group = TELEGRAM.group(nextGroup--, "Bread challenge");
        group.addBot("administrator");
        group.member(chef, "administrator");
        group.send(chef, "/link " + code);
        assertThat(group.awaitBotMessages(1, WAIT).get(0).text()).startsWith("This group now belongs to Bread Week.");

        tickAt(DAY_1.minus(MINUTE));
        assertThat(group.botMessages()).as("nothing before 08:00 in New York").hasSize(1);

        tickAt(DAY_1);
        BotMessage day1 = board(group, 1);
        assertThat(day1.text()).isEqualTo("""
                📋 Bread in 3 days, day 1 of 3: Feed the starter
                ✅ Done today: 0 of 3
                🔄 Catching up: 0""");
        assertThat(day1.sentAt()).isEqualTo(DAY_1);
        assertThat(day1.pinned()).isTrue();

        assertThat(taking.showName(ana, new CourseCode(code), "bread", true)).isInstanceOf(ChallengeOutcome.Changed.class);
        assertThat(taking.showName(cy, new CourseCode(code), "bread", true)).isInstanceOf(ChallengeOutcome.Changed.class);
        done(ana, 1);
        done(ben, 1);
        tickAt(DAY_1.plus(MINUTE));

        BotMessage edited = board(group, 1);
        assertThat(edited.messageId()).isEqualTo(day1.messageId());
        assertThat(edited.text()).isEqualTo("""
                📋 Bread in 3 days, day 1 of 3: Feed the starter
                ✅ Done today: 2 of 3
                🔄 Catching up: 0

                👏 Well done: Ana""");
        assertThat(edited.editedAt()).isEqualTo(DAY_1.plus(MINUTE));

        tickAt(DAY_1.plus(MINUTE.multipliedBy(5)));
        assertThat(board(group, 1).editedAt()).as("nothing changed: no edit").isEqualTo(DAY_1.plus(MINUTE));

        tickAt(DAY_1.plus(DAY));
        BotMessage day2 = board(group, 2);
        assertThat(day2.text()).isEqualTo("""
                📋 Bread in 3 days, day 2 of 3: Shape the loaf
                ✅ Done today: 0 of 3
                🔄 Catching up: 1""");
        assertThat(day2.pinned()).isTrue();
        assertThat(board(group, 1).pinned()).as("yesterday's board is unpinned").isFalse();

        simulatedClock.set(DAY_1.plus(DAY).plusSeconds(20));
        done(cy, 1);
        done(cy, 2);
        simulatedClock.set(DAY_1.plus(DAY).plusSeconds(40));
        done(ana, 2);
        tickAt(DAY_1.plus(DAY).plus(MINUTE));
        assertThat(board(group, 2).text()).isEqualTo("""
                📋 Bread in 3 days, day 2 of 3: Shape the loaf
                ✅ Done today: 2 of 3
                🔄 Catching up: 0

                👏 Well done: Cy, Ana""");

        // An admin deletes today's board: the next change posts it again, pinned.
        group.deleteMessage(board(group, 2));
        done(ben, 2);
        tickAt(DAY_1.plus(DAY).plus(MINUTE.multipliedBy(2)));
        BotMessage again = board(group, 3);
        assertThat(again.text()).startsWith("📋 Bread in 3 days, day 2 of 3").contains("✅ Done today: 3 of 3");
        assertThat(again.pinned()).isTrue();
        done(ana, 1); // already done: changes nothing
        tickAt(DAY_1.plus(DAY).plus(MINUTE.multipliedBy(3)));
        assertThat(board(group, 3).messageId()).isEqualTo(again.messageId());

        tickAt(DAY_1.plus(DAY.multipliedBy(2)));
        assertThat(board(group, 4).text()).startsWith("📋 Bread in 3 days, day 3 of 3: Bake");
        tickAt(DAY_1.plus(DAY.multipliedBy(3)));
        assertThat(board(group, 5).text()).isEqualTo("""
                📋 Bread in 3 days: every day is out (3 days). They stay open until Sat 5 Dec, so there is still time to catch up.
                🔄 Catching up: 3
                🏁 Finished every day: 0""");
        tickAt(DAY_1.plus(DAY.multipliedBy(4)));
        tickAt(DAY_1.plus(DAY.multipliedBy(5)));

        List<BotMessage> boards = boards(group);
        assertThat(boards).as("one board a day while the challenge runs (the deleted one was posted again)")
                .extracting(BotMessage::sentAt).containsExactly(DAY_1, DAY_1.plus(DAY).plus(MINUTE.multipliedBy(2)),
                        DAY_1.plus(DAY.multipliedBy(2)), DAY_1.plus(DAY.multipliedBy(3)));
        assertThat(boards).filteredOn(BotMessage::pinned).extracting(BotMessage::messageId)
                .containsExactly(boards.get(3).messageId());
    }

    @Test
    void aBotThatMayNotPinStillPostsTheBoardOnceAndABotRemovedAndAddedBackPostsTodaysBoardAgain() throws Exception {
        stampTelegramWithSimulatedTime();
        FakeUser chef = TELEGRAM.user(USER_IDS.incrementAndGet(), "Chef", "ru");
        talkTo(chef, "America/New_York");
        code = "board-" + USER_IDS.incrementAndGet();
        course = breadCourse(new LearnerId(chef.id()));
        courses.add(course);
        LearnerId dana = learner("Dana");
        FakeGroup group = TELEGRAM.group(nextGroup--, "Bread challenge");
        group.addBot("member");
        group.member(chef, "administrator");
        group.send(chef, "/link " + code);
        group.awaitBotMessages(1, WAIT);

        tickAt(DAY_1);
        BotMessage day1 = board(group, 1);
        assertThat(day1.text()).as("in the creator's language").startsWith("📋 Bread in 3 days, день 1 из 3: Feed the starter");
        assertThat(day1.pinned()).as("a plain member may not pin").isFalse();
        done(dana, 1);
        tickAt(DAY_1.plus(MINUTE));
        tickAt(DAY_1.plus(MINUTE.multipliedBy(2)));
        assertThat(boards(group)).as("not posted again for want of a pin").hasSize(1);
        assertThat(board(group, 1).text()).contains("✅ Сделали сегодня: 1 из 1");

        group.kickBot();
        Eventually.await(WAIT, () -> recipients.isUnreachable(group.id()), () -> "the bot to learn it was removed");
        tickAt(DAY_1.plus(DAY));
        assertThat(boards(group)).hasSize(1);

        group.addBot("administrator");
        Eventually.await(WAIT, () -> !recipients.isUnreachable(group.id()), () -> "the bot to learn it is back");
        tickAt(DAY_1.plus(DAY).plus(MINUTE));
        BotMessage day2 = board(group, 2);
        assertThat(day2.text()).startsWith("📋 Bread in 3 days, день 2 из 3");
        assertThat(day2.pinned()).isTrue();
        assertThat(boards(group)).hasSize(2);
    }

    /** The board messages in the group that are still there, oldest first; {@code n} counts from 1. */
    private static BotMessage board(FakeGroup group, int n) {
        List<BotMessage> boards = group.awaitBotMessages(n + 1, WAIT).stream().filter(m -> m.text().startsWith("📋")).toList();
        assertThat(boards).hasSizeGreaterThanOrEqualTo(n);
        return boards.get(n - 1);
    }

    private static List<BotMessage> boards(FakeGroup group) {
        return group.botMessages().stream().filter(m -> m.text().startsWith("📋") && !m.deleted()).toList();
    }

    private void done(LearnerId learner, int day) {
        ChallengeOutcome outcome = taking.markDone(learner, new CourseCode(code), "bread", day, Optional.empty());
        assertThat(outcome).isInstanceOfAny(ChallengeOutcome.Changed.class, ChallengeOutcome.Unchanged.class);
    }

    /** A learner in New York who joined the course with its link and is in its challenge. */
    private LearnerId learner(String name) {
        FakeUser user = TELEGRAM.user(USER_IDS.incrementAndGet(), name, "en");
        FakePrivateChat chat = talkTo(user, "America/New_York");
        chat.send("/start " + code);
        chat.awaitBotMessages(2, WAIT);
        LearnerId learner = new LearnerId(user.id());
        assertThat(following.join(learner, course, course.challenges().get(0)))
                .isInstanceOfAny(JoinOutcome.Joined.class, JoinOutcome.AlreadyIn.class);
        return learner;
    }

    private static FakePrivateChat talkTo(FakeUser user, String zone) {
        FakePrivateChat chat = TELEGRAM.privateChat(user);
        chat.send("/timezone " + zone);
        chat.awaitBotMessages(1, WAIT);
        return chat;
    }

    private Course breadCourse(LearnerId creator) {
        List<Challenge.Day> days = List.of(
                new Challenge.Day("Feed the starter", "Flour and water.", List.of(), Optional.empty()),
                new Challenge.Day("Shape the loaf", "Gently.", List.of(), Optional.empty()),
                new Challenge.Day("Bake", "230 °C.", List.of(new Challenge.Link("Oven guide", URI.create("https://example.org/oven"))),
                        Optional.of("How did it turn out?")));
        Challenge bread = new Challenge("bread", "Bread in 3 days", Optional.of(START), LocalTime.of(8, 0), 1, true, days);
        Instant now = simulatedClock.instant();
        return new Course(new CourseCode(code), "Bread Week", ZoneId.of("America/New_York"), creator, List.of(), List.of(),
                List.of(), List.of(bread), now, now);
    }

    private static int indexOf(List<DueWork> works, Class<?> type) {
        for (int i = 0; i < works.size(); i++) {
            if (type.isInstance(works.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
