package app.paceline;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.fakebotapi.BotMessage;
import app.paceline.fakebotapi.FakeGroup;
import app.paceline.fakebotapi.FakePrivateChat;
import app.paceline.fakebotapi.FakeUser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import app.paceline.announce.Announcements;
import app.paceline.announce.CancellingAnnouncements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;

/**
 * Group admins post and schedule announcements in their course's group, in the course's zone (New York here); a
 * scheduled and a weekly one go out at their local time on the simulated clock. The simulated clock starts on
 * Tuesday 1 December 2026, 07:00 in New York.
 */
class AnnouncementsEndToEndTests extends EndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration MINUTE = Duration.ofMinutes(1);
    /** Wednesday 2 December 2026, 09:00 in New York. */
    private static final Instant TOMORROW_NINE = Instant.parse("2026-12-02T14:00:00Z");
    /** Mondays 7 and 14 December 2026, 09:00 in New York. */
    private static final Instant MONDAY_NINE = Instant.parse("2026-12-07T14:00:00Z");
    private static final Instant NEXT_MONDAY_NINE = Instant.parse("2026-12-14T14:00:00Z");
    private static long nextGroup = -1_004_000_000_000L;

    @Autowired
    Announcements announcements;
    @Autowired
    CancellingAnnouncements cancelling;

    private final List<Long> groups = new java.util.ArrayList<>();
    private FakeUser chef;
    private FakePrivateChat chefChat;
    private FakeUser member;
    private FakeGroup group;
    private String code;

    @BeforeEach
    void aLinkedCourseGroup() {
        chef = TELEGRAM.user(USER_IDS.incrementAndGet(), "Chef", "en");
        chefChat = TELEGRAM.privateChat(chef);
        code = "ann-" + USER_IDS.incrementAndGet();
        chefChat.sendDocument("bread.yaml", "application/x-yaml", ("""
                course:
                  title: Bread Basics
                  code: %s
                  timezone: America/New_York
                assignments:
                  - id: starter
                    title: Make a starter
                    effort: 30m
                    opens: 2026-11-01T00:00
                    due: 2027-06-30T23:59
                """.formatted(code)).getBytes(StandardCharsets.UTF_8));
        chefChat.awaitBotMessages(1, WAIT);
        member = TELEGRAM.user(USER_IDS.incrementAndGet(), "Pat", "en");
        group = TELEGRAM.group(nextGroup--, "Bread Basics group");
        groups.add(group.id());
        group.addBot("administrator");
        group.member(chef, "administrator");
        group.member(member, "member");
        group.send(chef, "/link " + code);
        assertThat(group.awaitBotMessages(1, WAIT).get(0).text()).startsWith("This group now belongs to Bread Basics.");
    }

    /** The application is shared: weekly announcements left behind would post on into later tests' walks through time. */
    @AfterEach
    void cancelWhatIsLeft() {
        for (long id : groups) {
            announcements.scheduledIn(id).forEach(announcement -> cancelling.cancel(announcement.id(), id));
        }
    }

    @Test
    void aScheduledAndAWeeklyAnnouncementArePostedOnTimeInTheCourseZone() throws Exception {
        stampTelegramWithSimulatedTime();

        group.send(chef, "/announce pin at tomorrow 9:00 Bring your starter <and> a jar & lid!");
        assertThat(group.awaitBotMessages(2, WAIT).get(1).text()).isEqualTo("📅 Scheduled: I'll post it on Wed 2 Dec 09:00 "
                + "(America/New_York) and pin it (I need to be an admin allowed to pin messages). /announcements lists what's scheduled.");
        group.send(chef, "/announce every monday 9:00\nWeekly check-in: how is your bread?");
        assertThat(group.awaitBotMessages(3, WAIT).get(2).text()).isEqualTo("📅 Scheduled: I'll post it every Monday at 09:00 "
                + "(America/New_York), first on Mon 7 Dec 09:00. /announcements lists what's scheduled.");

        tickAt(TOMORROW_NINE.minus(MINUTE));
        assertThat(group.botMessages()).hasSize(3);
        tickAt(TOMORROW_NINE);
        BotMessage once = group.awaitBotMessages(4, WAIT).get(3);
        assertThat(once.text()).isEqualTo("Bring your starter <and> a jar & lid!");
        assertThat(once.sentAt()).isEqualTo(TOMORROW_NINE);
        assertThat(once.pinned()).isTrue();

        tickAt(MONDAY_NINE.minus(MINUTE));
        assertThat(group.botMessages()).hasSize(4);
        tickAt(MONDAY_NINE);
        BotMessage firstWeek = group.awaitBotMessages(5, WAIT).get(4);
        assertThat(firstWeek.text()).isEqualTo("Weekly check-in: how is your bread?");
        assertThat(firstWeek.sentAt()).isEqualTo(MONDAY_NINE);
        assertThat(firstWeek.pinned()).isFalse();
        tickAt(NEXT_MONDAY_NINE.minus(MINUTE));
        assertThat(group.botMessages()).hasSize(5);
        tickAt(NEXT_MONDAY_NINE);
        BotMessage secondWeek = group.awaitBotMessages(6, WAIT).get(5);
        assertThat(secondWeek.text()).isEqualTo("Weekly check-in: how is your bread?");
        assertThat(secondWeek.sentAt()).isEqualTo(NEXT_MONDAY_NINE);
    }

    @Test
    void aPlainMemberIsRefusedWithoutLearningAboutTheCourseAndNothingIsPosted() {
        group.send(member, "/announce Free bread for everyone!");
        group.send(member, "/announce at tomorrow 9:00 Free bread!");
        group.send(member, "/announcements");

        List<BotMessage> answers = group.awaitBotMessages(4, WAIT).subList(1, 4);
        assertThat(answers).extracting(BotMessage::text)
                .containsOnly("Sorry, only an admin of this group can post announcements here.");
        group.send(chef, "/announcements");
        assertThat(group.awaitBotMessages(5, WAIT).get(4).text()).startsWith("No announcements are scheduled in this group.");
        assertThat(group.botMessages()).hasSize(5);
    }

    @Test
    void anAnonymousAdminPostsNowAndAWrongTimeIsExplained() {
        group.sendAsGroup("/announce Welcome to Bread Basics, everyone!");
        assertThat(group.awaitBotMessages(2, WAIT).get(1).text()).isEqualTo("Welcome to Bread Basics, everyone!");

        group.sendAsGroup("/announce at yesterday 9:00 Too late");
        assertThat(group.awaitBotMessages(3, WAIT).get(2).text()).startsWith("Mon 30 Nov 09:00 has already passed");
    }

    @Test
    void anAdminCancelsAScheduledAnnouncementAndAMembersPressOrAForgedOneChangesNothing() throws Exception {
        stampTelegramWithSimulatedTime();
        group.send(chef, "/announce at tomorrow 9:00 Class is cancelled tomorrow");
        group.send(chef, "/announce pin every fri 18:30 Weekend baking!");
        group.awaitBotMessages(3, WAIT);

        group.send(chef, "/announcements");
        BotMessage list = group.awaitBotMessages(4, WAIT).get(3);
        assertThat(list.text()).isEqualTo("""
                📋 2 scheduled announcements, times in America/New_York:
                1. Wed 2 Dec 09:00: Class is cancelled tomorrow
                2. Fri 4 Dec 18:30, every Friday 📌: Weekend baking!""");
        assertThat(list.buttonTexts()).containsExactly("✖ 1", "✖ 2");
        String cancelFirst = list.callbackData().get(0);

        String byMember = group.pressButton(member, list, cancelFirst);
        assertThat(TELEGRAM.awaitCallbackAnswer(byMember, WAIT).text()).isEqualTo("Only an admin of this group can cancel announcements.");
        String forged = group.forgeButtonPress(chef, list, "ann:x:zzzzzzzzzz");
        assertThat(TELEGRAM.awaitCallbackAnswer(forged, WAIT).text()).isEqualTo("This announcement isn't scheduled any more.");
        String byChef = group.pressButton(chef, list, cancelFirst);
        TELEGRAM.awaitCallbackAnswer(byChef, WAIT);
        assertThat(group.awaitBotMessages(5, WAIT).get(4).text())
                .isEqualTo("🗑 Cancelled: “Class is cancelled tomorrow” (next post was Wed 2 Dec 09:00, America/New_York).");
        String again = group.pressButton(chef, list, cancelFirst);
        assertThat(TELEGRAM.awaitCallbackAnswer(again, WAIT).text()).isEqualTo("This announcement isn't scheduled any more.");

        tickAt(TOMORROW_NINE);
        assertThat(group.botMessages()).hasSize(5);
    }

    @Test
    void aCreatorMakesAnAnnouncementStepByStepInPrivate() throws Exception {
        stampTelegramWithSimulatedTime();
        int before = chefChat.botMessages().size();
        chefChat.send("/announce");
        List<BotMessage> start = chefChat.awaitBotMessages(before + 2, WAIT);
        assertThat(start.get(before).text()).startsWith("Announcements are posted in a course's group");
        assertThat(start.get(before + 1).text()).startsWith("What should I post in the group of Bread Basics?");

        chefChat.send("Oven day on Wednesday <3");
        BotMessage when = chefChat.awaitBotMessages(before + 3, WAIT).get(before + 2);
        assertThat(when.buttonTexts()).containsExactly("Now", "At a time…", "Every week…");
        chefChat.pressButton(when, "anf:at");
        chefChat.awaitBotMessages(before + 4, WAIT);
        chefChat.send("someday");
        assertThat(chefChat.awaitBotMessages(before + 5, WAIT).get(before + 4).text()).startsWith("I can't read “someday” as a time.");
        chefChat.send("tomorrow 9:00");
        BotMessage confirm = chefChat.awaitBotMessages(before + 6, WAIT).get(before + 5);
        assertThat(confirm.text()).isEqualTo("Post this in the group of Bread Basics on Wed 2 Dec 09:00 (America/New_York)?\n\n"
                + "Oven day on Wednesday <3");
        assertThat(confirm.buttonTexts()).containsExactly("Post", "Post and pin", "Don't post");

        group.member(chef, "member"); // demoted meanwhile: once the remembered answer is a minute old, Telegram is asked again
        tickAt(NOON_UTC.plus(Duration.ofMinutes(2)));
        chefChat.pressButton(confirm, "anf:ok:p");
        assertThat(chefChat.awaitBotMessages(before + 7, WAIT).get(before + 6).text())
                .startsWith("You can't post in the group of that course (any more): you need to be in the course's team and an admin of its group.");

        group.member(chef, "administrator");
        chefChat.send("/announce");
        chefChat.awaitBotMessages(before + 9, WAIT);
        chefChat.send("Oven day on Wednesday <3");
        BotMessage when2 = chefChat.awaitBotMessages(before + 10, WAIT).get(before + 9);
        chefChat.pressButton(when2, "anf:at");
        chefChat.awaitBotMessages(before + 11, WAIT);
        chefChat.send("tomorrow 9:00");
        BotMessage confirm2 = chefChat.awaitBotMessages(before + 12, WAIT).get(before + 11);
        chefChat.pressButton(confirm2, "anf:ok:p");
        assertThat(chefChat.awaitBotMessages(before + 13, WAIT).get(before + 12).text()).startsWith("📅 Scheduled: I'll post it on Wed 2 Dec 09:00");
        String replayed = chefChat.pressButton(confirm2, "anf:ok:p");
        assertThat(TELEGRAM.awaitCallbackAnswer(replayed, WAIT).text()).isEqualTo("This button is no longer active.");

        tickAt(TOMORROW_NINE);
        BotMessage post = group.awaitBotMessages(2, WAIT).get(1);
        assertThat(post.text()).isEqualTo("Oven day on Wednesday <3");
        assertThat(post.sentAt()).isEqualTo(TOMORROW_NINE);
        assertThat(post.pinned()).isTrue();
        assertThat(group.botMessages()).hasSize(2);
    }

    @Test
    void inAGroupWithoutACourseAnAdminIsToldHowToLinkIt() {
        FakeGroup plain = TELEGRAM.group(nextGroup--, "Just a group");
        plain.addBot("member");
        plain.member(chef, "administrator");
        plain.member(member, "member");

        plain.send(member, "/announce hello");
        plain.send(chef, "/announce hello");

        List<BotMessage> answers = plain.awaitBotMessages(2, WAIT);
        assertThat(answers.get(0).text()).isEqualTo("Sorry, only an admin of this group can post announcements here.");
        assertThat(answers.get(1).text()).startsWith("This group isn't linked to a course yet.");
    }
}
