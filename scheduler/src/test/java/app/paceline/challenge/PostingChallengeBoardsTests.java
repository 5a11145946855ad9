package app.paceline.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.course.Challenge;
import app.paceline.course.CourseCode;
import app.paceline.course.InMemoryCourseGroups;
import app.paceline.delivery.DeliveryDecision;
import app.paceline.delivery.DeliveryDecision.Verdict;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.InMemoryRecipients;
import app.paceline.delivery.PlannedDelivery;
import app.paceline.learner.LearnerId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The daily board in a course's group, on in-memory stores and a simulated clock. The course is in New York, so the
 * challenge's 08:00 release is 13:00 UTC in December. "Telegram" here takes every board delivery the engine would
 * send, in order, and gives each post a message id, as the bot does.
 */
class PostingChallengeBoardsTests extends ChallengeTestWorld {

    private static final long GROUP = -1_001_234_567_890L;
    private static final long OTHER_GROUP = -1_009_999_999_999L;
    /** 08:00 in New York on the cohort's first day. */
    private static final Instant DAY_1_RELEASE = Instant.parse("2026-12-02T13:00:00Z");
    private static final Duration REFRESH = Duration.ofMinutes(1);

    private final InMemoryCourseGroups groups = new InMemoryCourseGroups();
    private final AtomicInteger groupScans = new AtomicInteger();
    private final InMemoryRecipients recipients = new InMemoryRecipients();
    private final InMemoryChallengeBoards boards = new InMemoryChallengeBoards();
    private final PostingChallengeBoards posting = new PostingChallengeBoards(boards, enrollments, courses,
            new CountingGroups(groups, groupScans), learners, deliveries, recipients, REFRESH);

    /** What reached the group, in order: posts and edits. */
    private final List<Sent> sent = new ArrayList<>();
    /** The group's messages by id: the payload each one shows now. */
    private final Map<Long, Map<String, String>> messages = new LinkedHashMap<>();
    private long nextMessageId = 500;
    /** While false, board deliveries wait in the ledger (the group's limit, an outage). */
    private boolean telegramUp = true;

    record Sent(String key, long chatId, boolean edit, long messageId, Map<String, String> payload, Instant at) {
    }

    private static Challenge withBoard(Challenge challenge) {
        return new Challenge(challenge.id(), challenge.title(), challenge.cohortStart(), challenge.releaseTime(),
                challenge.graceDays(), true, challenge.days());
    }

    /** A cohort challenge of {@code days} days (3 grace days) with a board, its course linked to {@link #GROUP}. */
    private void cohortWithBoard(int days) {
        course(withBoard(challenge("ten", Optional.of(COHORT_START), days)));
        groups.link(BAKER, GROUP);
    }

    /** Runs the release job and the board at {@code at}, then lets "Telegram" take every due board delivery. */
    private void tickAt(Instant at) {
        clock.set(at);
        releasing.runDue(at);
        posting.runDue(at);
        if (telegramUp) {
            deliverBoards();
        }
    }

    /** Ticks every {@code step} from now (exclusive) to {@code until} (inclusive). */
    private void runEvery(Duration step, Instant until) {
        while (clock.instant().isBefore(until)) {
            Instant next = clock.instant().plus(step);
            tickAt(next.isAfter(until) ? until : next);
        }
    }

    private void deliverBoards() {
        Instant now = clock.instant();
        for (PlannedDelivery delivery : deliveries.allWaiting()) {
            if (delivery.plan().kind() != DeliveryKind.CHALLENGE_BOARD || delivery.plan().due().isAfter(now)) {
                continue;
            }
            Map<String, String> payload = delivery.plan().payload();
            long chat = delivery.recipient().chatId();
            assertThat(delivery.recipient().group()).isTrue();
            if (payload.containsKey("messageId")) {
                long id = Long.parseLong(payload.get("messageId"));
                messages.put(id, payload);
                sent.add(new Sent(delivery.key().value(), chat, true, id, payload, now));
                posting.shown(payload.get("board"), chat, id, Integer.parseInt(payload.get("edit")));
            } else {
                long id = nextMessageId++;
                messages.put(id, payload);
                sent.add(new Sent(delivery.key().value(), chat, false, id, payload, now));
                posting.shown(payload.get("board"), chat, id, Integer.parseInt(payload.get("edit")));
            }
            deliveries.finish(delivery, new DeliveryDecision(now, Verdict.SENT, ""));
        }
    }

    private List<Sent> posts() {
        return sent.stream().filter(s -> !s.edit()).toList();
    }

    private List<Sent> edits() {
        return sent.stream().filter(Sent::edit).toList();
    }

    private void markDone(LearnerId learner, int day) {
        assertThat(taking.markDone(learner, BAKER, "ten", day, Optional.empty())).isInstanceOf(ChallengeOutcome.Changed.class);
    }

    @Test
    void oneBoardADayIsPostedAtTheReleaseTimeInTheCourseZone() {
        cohortWithBoard(10);
        // In the course's zone, so that their days come out with the boards (see the test after this one).
        join(learner(3001, "America/New_York"));
        join(learner(3002, "America/New_York"));

        runEvery(Duration.ofMinutes(30), DAY_1_RELEASE.minusSeconds(1));
        assertThat(sent).as("nothing before day 1's release in New York").isEmpty();

        tickAt(DAY_1_RELEASE);
        assertThat(posts()).hasSize(1);
        Sent first = posts().get(0);
        assertThat(first.chatId()).isEqualTo(GROUP);
        assertThat(first.key()).isEqualTo("board:baker-2026:ten:2026-12-02");
        assertThat(first.payload()).containsEntry("phase", "day").containsEntry("day", "1").containsEntry("days", "10")
                .containsEntry("dayTitle", "Day 1 title").containsEntry("title", "10-day baking challenge")
                .containsEntry("learners", "2").containsEntry("done", "0").containsEntry("behind", "0")
                .containsEntry("date", "2026-12-02").doesNotContainKey("names").doesNotContainKey("unpin");

        runEvery(Duration.ofMinutes(10), DAY_1_RELEASE.plus(Duration.ofDays(2)).plusSeconds(30));

        assertThat(posts()).extracting(Sent::at).containsExactly(DAY_1_RELEASE, DAY_1_RELEASE.plus(Duration.ofDays(1)),
                DAY_1_RELEASE.plus(Duration.ofDays(2)));
        assertThat(posts()).extracting(s -> s.payload().get("day")).containsExactly("1", "2", "3");
        assertThat(edits()).as("nobody did anything: nothing to edit").isEmpty();
        assertThat(posts().get(1).payload()).as("the new board unpins yesterday's")
                .containsEntry("unpin", Long.toString(first.messageId()));
        assertThat(posts().get(2).payload()).as("nobody did day 1 or 2: two learners behind").containsEntry("behind", "2");
    }

    @Test
    void learnersWhoseNextDayCameOutInTheirOwnZoneCountAsCatchingUpFromThen() {
        cohortWithBoard(10);
        join(learner(3003, "Asia/Tokyo")); // 08:00 in Tokyo is 23:00 UTC
        tickAt(DAY_1_RELEASE);
        assertThat(posts().get(0).payload()).containsEntry("behind", "0");

        runEvery(Duration.ofMinutes(10), Instant.parse("2026-12-02T23:10:00Z"));

        assertThat(edits()).hasSize(1);
        assertThat(edits().get(0).at()).isEqualTo(Instant.parse("2026-12-02T23:00:00Z"));
        assertThat(edits().get(0).payload()).as("day 2 is out in Tokyo, day 1 not done").containsEntry("behind", "1")
                .containsEntry("day", "1");
    }

    @Test
    void theBoardIsEditedInPlaceOnlyWhenItsCountsChangeAndAtMostOncePerRefresh() {
        cohortWithBoard(10);
        LearnerId ana = learner(3011, "Asia/Tokyo");
        LearnerId ben = learner(3012, "Europe/Berlin");
        LearnerId cy = learner(3013, "America/New_York");
        join(ana);
        join(ben);
        join(cy);
        tickAt(DAY_1_RELEASE);
        long board = posts().get(0).messageId();

        markDone(ana, 1);
        tickAt(DAY_1_RELEASE.plusSeconds(10));
        tickAt(DAY_1_RELEASE.plusSeconds(59));
        assertThat(edits()).as("not before a refresh has passed since the post").isEmpty();

        tickAt(DAY_1_RELEASE.plusSeconds(60));
        assertThat(edits()).hasSize(1);
        assertThat(edits().get(0).messageId()).isEqualTo(board);
        assertThat(edits().get(0).key()).isEqualTo("board:baker-2026:ten:2026-12-02:edit:1");
        assertThat(edits().get(0).payload()).containsEntry("done", "1").containsEntry("learners", "3")
                .containsEntry("messageId", Long.toString(board));

        markDone(ben, 1);
        tickAt(DAY_1_RELEASE.plusSeconds(70));
        markDone(cy, 1);
        tickAt(DAY_1_RELEASE.plusSeconds(100));
        assertThat(edits()).as("the second change waits for the refresh").hasSize(1);
        tickAt(DAY_1_RELEASE.plusSeconds(120));
        assertThat(edits()).as("both changes in one edit").hasSize(2);
        assertThat(edits().get(1).payload()).containsEntry("done", "3");

        runEvery(Duration.ofSeconds(20), DAY_1_RELEASE.plus(Duration.ofHours(2)));
        assertThat(edits()).as("no change, no edit").hasSize(2);
        assertThat(posts()).hasSize(1);
        assertThat(messages.get(board)).containsEntry("done", "3");
    }

    @Test
    void onlyLearnersWhoChoseToBeNamedAreNamedInTheOrderTheyDidTheDay() {
        cohortWithBoard(10);
        LearnerId ana = learner(3021, "Asia/Tokyo");
        LearnerId ben = learner(3022, "Europe/Berlin");
        LearnerId cy = learner(3023, "America/New_York");
        join(ana);
        join(ben);
        join(cy);
        taking.showName(ana, BAKER, "ten", true);
        taking.showName(cy, BAKER, "ten", true);
        tickAt(DAY_1_RELEASE);

        tickAt(DAY_1_RELEASE.plusSeconds(5));
        markDone(cy, 1);
        tickAt(DAY_1_RELEASE.plusSeconds(10));
        markDone(ben, 1);
        tickAt(DAY_1_RELEASE.plusSeconds(20));
        markDone(ana, 1);
        tickAt(DAY_1_RELEASE.plusSeconds(60));

        Map<String, String> board = messages.get(posts().get(0).messageId());
        assertThat(board).containsEntry("done", "3").containsEntry("names", "L3023\nL3021").containsEntry("more", "0");
    }

    @Test
    void aLongListOfNamesIsCutWithACount() {
        cohortWithBoard(10);
        List<LearnerId> all = new ArrayList<>();
        for (int i = 0; i < PostingChallengeBoards.MAX_NAMES + 5; i++) {
            LearnerId learner = learner(4000 + i, "Europe/Berlin");
            join(learner);
            taking.showName(learner, BAKER, "ten", true);
            all.add(learner);
        }
        tickAt(DAY_1_RELEASE);
        for (LearnerId learner : all) {
            clock.set(clock.instant().plusSeconds(1));
            markDone(learner, 1);
        }
        tickAt(DAY_1_RELEASE.plus(Duration.ofMinutes(2)));

        Map<String, String> board = messages.get(posts().get(0).messageId());
        assertThat(board.get("names").split("\n")).hasSize(PostingChallengeBoards.MAX_NAMES).startsWith("L4000", "L4001");
        assertThat(board).containsEntry("more", "5").containsEntry("done", Integer.toString(all.size()));
    }

    @Test
    void aNameIsOneLineAndCannotBreakTheList() {
        assertThat(PostingChallengeBoards.cleanName(" Ana\nMaria\u2028<b> ")).isEqualTo("Ana Maria <b>");
        assertThat(PostingChallengeBoards.cleanName("x".repeat(100))).hasSize(64);
    }

    @Test
    void noBoardForAChallengeWithoutOne() {
        course(challenge("ten", Optional.of(COHORT_START), 10)); // board: false
        groups.link(BAKER, GROUP);
        join(learner(3031, "Europe/Berlin"));

        runEvery(Duration.ofHours(1), DAY_1_RELEASE.plus(Duration.ofDays(2)));

        assertThat(sent).isEmpty();
        assertThat(boards.all()).isEmpty();
    }

    @Test
    void noBoardWithoutALinkedGroupAndTodaysOnceOneIsLinked() {
        course(withBoard(challenge("ten", Optional.of(COHORT_START), 10)));
        join(learner(3032, "Europe/Berlin"));
        runEvery(Duration.ofHours(1), DAY_1_RELEASE.plus(Duration.ofDays(2)).plus(Duration.ofHours(3)));
        assertThat(sent).isEmpty();

        groups.link(BAKER, GROUP);
        tickAt(clock.instant().plusSeconds(60));

        assertThat(posts()).hasSize(1);
        assertThat(posts().get(0).payload()).containsEntry("day", "3").containsEntry("behind", "1");
    }

    @Test
    void nothingAfterTheLastDayAndItsGraceDays() {
        cohortWithBoard(3); // 3 days, 3 grace days: boards on 2-7 December
        LearnerId ana = learner(3041, "Europe/Berlin");
        join(ana);

        runEvery(Duration.ofHours(1), DAY_1_RELEASE.plus(Duration.ofDays(12)));

        assertThat(posts()).extracting(s -> s.payload().get("date")).containsExactly("2026-12-02", "2026-12-03",
                "2026-12-04", "2026-12-05", "2026-12-06", "2026-12-07");
        assertThat(posts()).extracting(s -> s.payload().get("phase")).containsExactly("day", "day", "day", "grace",
                "grace", "grace");
        assertThat(posts().get(3).payload()).containsEntry("openUntil", "2026-12-07").doesNotContainKey("day")
                .as("every day is out: the last one, not done, is to catch up on too").containsEntry("behind", "1");
    }

    @Test
    void inTheGraceDaysALastDayNotDoneIsCatchingUpAndFinishingCounts() {
        cohortWithBoard(3);
        LearnerId ana = learner(3042, "America/New_York");
        LearnerId ben = learner(3043, "America/New_York");
        join(ana);
        join(ben);
        runEvery(Duration.ofHours(1), DAY_1_RELEASE.plus(Duration.ofDays(2)));
        for (int day = 1; day <= 3; day++) {
            markDone(ana, day);
        }
        markDone(ben, 1);
        markDone(ben, 2);
        tickAt(clock.instant().plusSeconds(60));
        assertThat(messages.get(posts().get(2).messageId())).as("day 3: today's day is nobody's debt yet")
                .containsEntry("behind", "0").containsEntry("done", "1").containsEntry("finished", "1");

        tickAt(DAY_1_RELEASE.plus(Duration.ofDays(3)));

        assertThat(posts().get(3).payload()).containsEntry("phase", "grace").containsEntry("behind", "1")
                .containsEntry("finished", "1").containsEntry("done", "1");
    }

    @Test
    void aChallengeThatStartsOnJoiningHasABoardWhileAnyoneIsInIt() {
        course(withBoard(new Challenge("own", "Sourdough week", Optional.empty(), java.time.LocalTime.of(8, 0), 0, true,
                challenge("x", Optional.empty(), 2).days())));
        groups.link(BAKER, GROUP);
        runEvery(Duration.ofHours(1), DAY_1_RELEASE.plus(Duration.ofDays(1)));
        assertThat(sent).as("nobody in it").isEmpty();

        clock.set(Instant.parse("2026-12-03T15:00:00Z")); // 16:00 in Berlin
        LearnerId ana = learner(3051, "Europe/Berlin");
        join(ana);
        tickAt(clock.instant().plusSeconds(60));
        assertThat(posts()).hasSize(1);
        assertThat(posts().get(0).payload()).containsEntry("phase", "own").containsEntry("date", "2026-12-03")
                .containsEntry("learners", "1").containsEntry("done", "0").doesNotContainKey("day");

        assertThat(taking.markDone(ana, BAKER, "own", 1, Optional.empty())).isInstanceOf(ChallengeOutcome.Changed.class);
        tickAt(clock.instant().plusSeconds(60));
        assertThat(edits()).hasSize(1);
        assertThat(edits().get(0).payload()).as("up to date").containsEntry("done", "1");

        runEvery(Duration.ofHours(1), Instant.parse("2026-12-10T00:00:00Z"));
        // Ana's days: 3 and 4 December; no grace: archived at the end of 4 December in Berlin.
        assertThat(posts()).extracting(s -> s.payload().get("date")).containsExactly("2026-12-03", "2026-12-04");
    }

    @Test
    void aClockSetBackDoesNotPostAgain() {
        cohortWithBoard(10);
        join(learner(3061, "Europe/Berlin"));
        runEvery(Duration.ofMinutes(20), DAY_1_RELEASE.plus(Duration.ofDays(1)).plusSeconds(30));
        assertThat(posts()).hasSize(2);

        tickAt(DAY_1_RELEASE.plus(Duration.ofDays(1)).minusSeconds(30)); // back into day 1's board
        tickAt(DAY_1_RELEASE.plus(Duration.ofDays(1))); // day 2's release again
        tickAt(DAY_1_RELEASE.plusSeconds(1));
        runEvery(Duration.ofMinutes(20), DAY_1_RELEASE.plus(Duration.ofDays(1)).plusSeconds(30));

        assertThat(posts()).hasSize(2);
        assertThat(sent).extracting(Sent::key).doesNotHaveDuplicates();
    }

    @Test
    void onTheMetronomeTheBoardsAreLookedAtOncePerRefreshAndAtEachRelease() {
        cohortWithBoard(10);
        join(learner(3071, "Europe/Berlin"));
        clock.set(DAY_1_RELEASE.minusSeconds(90));

        for (int second = 1; second <= 180; second++) {
            tickAt(clock.instant().plusSeconds(1));
        }

        // Every minute from the first tick, and once at the release time (which is not on that minute).
        assertThat(groupScans.get()).isEqualTo(4);
        assertThat(posts()).extracting(Sent::at).containsExactly(DAY_1_RELEASE);
    }

    @Test
    void aGroupTheBotCannotWriteToGetsNoBoardUntilItComesBack() {
        cohortWithBoard(10);
        join(learner(3081, "Europe/Berlin"));
        recipients.markUnreachable(GROUP, "bot was kicked from the supergroup chat", clock.instant());

        runEvery(Duration.ofMinutes(20), DAY_1_RELEASE.plus(Duration.ofHours(2)));
        assertThat(sent).isEmpty();
        assertThat(deliveries.waitingOfKind(DeliveryKind.CHALLENGE_BOARD)).isZero();

        recipients.markReachable(GROUP);
        tickAt(clock.instant().plusSeconds(60));
        assertThat(posts()).hasSize(1);
    }

    @Test
    void aPostThatCouldNotGoOutIsPostedAgainWhenTheGroupIsBack() {
        cohortWithBoard(10);
        join(learner(3091, "Europe/Berlin"));
        telegramUp = false;
        tickAt(DAY_1_RELEASE);
        // The bot was removed from the group as the post went out: the engine finished it as unreachable.
        PlannedDelivery post = deliveries.allWaiting().stream()
                .filter(d -> d.plan().kind() == DeliveryKind.CHALLENGE_BOARD).findFirst().orElseThrow();
        deliveries.finish(post, new DeliveryDecision(clock.instant(), Verdict.UNREACHABLE, "bot was kicked"));
        recipients.markUnreachable(GROUP, "bot was kicked", clock.instant());
        telegramUp = true;
        runEvery(Duration.ofMinutes(10), DAY_1_RELEASE.plus(Duration.ofHours(1)));
        assertThat(sent).isEmpty();

        recipients.markReachable(GROUP);
        tickAt(clock.instant().plusSeconds(60));
        tickAt(clock.instant().plusSeconds(60));

        assertThat(posts()).extracting(Sent::key).containsExactly("board:baker-2026:ten:2026-12-02:post:2");
        assertThat(boards.find(BAKER, "ten", LocalDate.parse("2026-12-02")).orElseThrow().messageId())
                .contains(posts().get(0).messageId());
    }

    @Test
    void aCourseMovedToAnotherGroupGetsTodaysBoardThere() {
        cohortWithBoard(10);
        join(learner(3101, "Europe/Berlin"));
        tickAt(DAY_1_RELEASE);

        groups.link(BAKER, OTHER_GROUP);
        tickAt(DAY_1_RELEASE.plusSeconds(60));

        assertThat(posts()).extracting(Sent::chatId).containsExactly(GROUP, OTHER_GROUP);
        assertThat(posts().get(1).payload()).as("the old group's board stays pinned there").doesNotContainKey("unpin");

        LearnerId ben = learner(3102, "Europe/Berlin");
        join(ben);
        tickAt(DAY_1_RELEASE.plusSeconds(120));
        assertThat(edits()).extracting(Sent::chatId, Sent::messageId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(OTHER_GROUP, posts().get(1).messageId()));
    }

    @Test
    void anEditWaitsForTheOneBeforeItAndThenSaysWhatIsTrueThen() {
        cohortWithBoard(10);
        LearnerId ana = learner(3111, "Europe/Berlin");
        LearnerId ben = learner(3112, "Europe/Berlin");
        join(ana);
        join(ben);
        tickAt(DAY_1_RELEASE);

        telegramUp = false; // the group's limit holds the edits back
        markDone(ana, 1);
        tickAt(DAY_1_RELEASE.plusSeconds(60));
        markDone(ben, 1);
        tickAt(DAY_1_RELEASE.plusSeconds(120));
        assertThat(deliveries.waitingOfKind(DeliveryKind.CHALLENGE_BOARD)).as("one edit at a time").isEqualTo(1);

        telegramUp = true;
        tickAt(DAY_1_RELEASE.plusSeconds(130));
        tickAt(DAY_1_RELEASE.plusSeconds(180));
        assertThat(edits()).extracting(s -> s.payload().get("done")).containsExactly("1", "2");
    }

    @Test
    void anEditTheGroupShowsDoesNotHoldUpTheNextOneWhileTheEngineIsStillRecordingIt() {
        cohortWithBoard(10);
        LearnerId ana = learner(3121, "Europe/Berlin");
        LearnerId ben = learner(3122, "Europe/Berlin");
        join(ana);
        join(ben);
        tickAt(DAY_1_RELEASE);
        long board = posts().get(0).messageId();
        telegramUp = false;
        markDone(ana, 1);
        tickAt(DAY_1_RELEASE.plusSeconds(60));

        // Telegram took edit 1 and the bot reported it; the engine writes "sent" to the ledger a moment later.
        posting.shown("baker-2026:ten:2026-12-02", GROUP, board, 1);
        markDone(ben, 1);
        tickAt(DAY_1_RELEASE.plusSeconds(120));

        assertThat(deliveries.allWaiting()).filteredOn(d -> d.plan().kind() == DeliveryKind.CHALLENGE_BOARD)
                .extracting(d -> d.key().value()).containsExactly(
                "board:baker-2026:ten:2026-12-02:edit:1", "board:baker-2026:ten:2026-12-02:edit:2");
    }

    /** Counts how often the board asks for every linked group: once per real scan. */
    private record CountingGroups(InMemoryCourseGroups groups, AtomicInteger scans) implements app.paceline.course.CourseGroups {

        @Override
        public Optional<Long> groupOf(CourseCode course) {
            return groups.groupOf(course);
        }

        @Override
        public Optional<CourseCode> courseOf(long groupChatId) {
            return groups.courseOf(groupChatId);
        }

        @Override
        public Map<CourseCode, Long> linked() {
            scans.incrementAndGet();
            return groups.linked();
        }

        @Override
        public void link(CourseCode course, long groupChatId) {
            groups.link(course, groupChatId);
        }
    }
}
