package app.paceline;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.announce.Announcement;
import app.paceline.announce.Announcements;
import app.paceline.announce.CancellingAnnouncements;
import app.paceline.bot.outbound.Button;
import app.paceline.course.CourseCode;
import app.paceline.course.Courses;
import app.paceline.fakebotapi.BotMessage;
import app.paceline.fakebotapi.FakeGroup;
import app.paceline.fakebotapi.FakePrivateChat;
import app.paceline.fakebotapi.FakeUser;
import app.paceline.learner.LearnerId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who may do what (issue 7): every creator and admin command and button, for every role, in every kind of chat, run
 * through the real application and the fake Bot API (whose {@code getChatMember} answers from the group's member
 * list), each cell asserted allowed or refused by what the bot did, not by what it was asked.
 *
 * <p>Roles, all about one course "C" whose group "G" is linked, and a second group "U" that is not linked (same
 * members): the <b>owner</b> created C and is an administrator of both groups; a <b>creator</b> runs another course
 * and is a plain member; a <b>co-creator</b> of C is a plain member (a team role grants no group rights); a <b>group
 * admin</b> is an administrator of both groups and outside C's team; a <b>member</b> is only in the groups; a
 * <b>learner</b> is enrolled in C and a member; a <b>stranger</b> is in nothing. A refusal never shows C's title.
 */
class PermissionMatrixEndToEndTests extends EndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String BOT = "@paceline_test_bot";

    enum Role { OWNER, CREATOR, CO_CREATOR, GROUP_ADMIN, MEMBER, LEARNER, STRANGER }

    enum Where { PRIVATE, GROUP, LINKED_GROUP }

    private static final Set<Role> TEAM = Set.of(Role.OWNER, Role.CO_CREATOR);
    private static final Set<Role> ADMINS = Set.of(Role.OWNER, Role.GROUP_ADMIN);

    @Autowired
    Courses courses;
    @Autowired
    Announcements announcements;
    @Autowired
    CancellingAnnouncements cancelling;

    private final Map<Role, FakeUser> users = new EnumMap<>(Role.class);
    private final Map<Role, FakePrivateChat> chats = new EnumMap<>(Role.class);
    private FakeGroup linked;
    private FakeGroup unlinked;
    private String code;
    private String title;
    private String digest;

    /** An action: what a user does in a chat, and whether the bot then did it (true) or refused (false). */
    @FunctionalInterface
    interface Probe {
        boolean run(Role role, Where where) throws Exception;
    }

    private record Action(String name, BiPredicate<Role, Where> expected, Probe probe) {
    }

    @AfterEach
    void cancelWhatIsLeft() {
        if (linked != null) {
            announcements.scheduledIn(linked.id()).forEach(announcement -> cancelling.cancel(announcement.id(), linked.id()));
        }
    }

    @Test
    void everyRoleIsAllowedExactlyWhatItsRoleAllowsInEveryKindOfChat() throws Exception {
        setUp();
        List<Action> actions = List.of(
                new Action("/team", (role, where) -> where == Where.PRIVATE && TEAM.contains(role), this::team),
                new Action("team invite button", (role, where) -> where == Where.PRIVATE && role == Role.OWNER, this::teamInvite),
                new Action("/new live session button", (role, where) -> where == Where.PRIVATE && TEAM.contains(role), this::newSession),
                new Action("/schedule", (role, where) -> where == Where.PRIVATE && TEAM.contains(role), this::schedule),
                new Action("/stats", (role, where) -> where == Where.PRIVATE && TEAM.contains(role), this::stats),
                new Action("/export", (role, where) -> where == Where.PRIVATE && TEAM.contains(role), this::export),
                new Action("stats nudge button", (role, where) -> where == Where.PRIVATE && TEAM.contains(role), this::nudge),
                new Action("/announce (now)", (role, where) -> where == Where.LINKED_GROUP && ADMINS.contains(role)
                        || where == Where.PRIVATE && role == Role.OWNER, this::announce),
                new Action("/broadcast", (role, where) -> where == Where.PRIVATE && TEAM.contains(role), this::broadcast),
                new Action("/announcements", (role, where) -> where == Where.LINKED_GROUP && ADMINS.contains(role), this::listAnnouncements),
                new Action("announcement cancel button", (role, where) -> where == Where.LINKED_GROUP && ADMINS.contains(role),
                        this::cancelAnnouncement),
                // An allowed /link in the unlinked group moves the course there (and the probe moves it back).
                new Action("/link", (role, where) -> where != Where.PRIVATE && role == Role.OWNER, this::link),
                // Last: the broadcast it starts keeps editing its progress message in the owner's chat for a while.
                new Action("broadcast Send button", (role, where) -> where == Where.PRIVATE && role == Role.OWNER, this::broadcastSend));

        List<String> table = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Action action : actions) {
            Map<String, Boolean> seen = new java.util.HashMap<>();
            // Refusals first: an allowed action may change what later cells see (a broadcast under way, a moved link).
            for (boolean expectedAllowed : new boolean[] {false, true}) {
                for (Role role : Role.values()) {
                    for (Where where : Where.values()) {
                        boolean expected = action.expected().test(role, where);
                        if (expected != expectedAllowed) {
                            continue;
                        }
                        TELEGRAM.resetRateLimits();
                        boolean allowed = action.probe().run(role, where);
                        seen.put(role + "/" + where, allowed);
                        if (allowed != expected) {
                            wrong.add(action.name() + " by " + role + " in " + where + ": " + (allowed ? "allowed" : "refused")
                                    + ", expected " + (expected ? "allowed" : "refused"));
                        }
                    }
                }
            }
            StringBuilder row = new StringBuilder(String.format("%-28s", action.name()));
            for (Role role : Role.values()) {
                for (Where where : Where.values()) {
                    row.append(seen.get(role + "/" + where) ? 'Y' : '.');
                }
                row.append(' ');
            }
            table.add(row.toString());
        }
        String header = String.format("%-28s", "(private, group, linked)") + java.util.Arrays.stream(Role.values())
                .map(role -> String.format("%-4s", role.name().substring(0, Math.min(3, role.name().length())))).collect(Collectors.joining());
        System.out.println(header + "\n" + String.join("\n", table));
        assertThat(wrong).as("cells that differ from the rules").isEmpty();
    }

    // ---- the world -------------------------------------------------------------------------------------------------

    private void setUp() {
        for (Role role : Role.values()) {
            FakeUser user = TELEGRAM.user(USER_IDS.incrementAndGet(), role.name().charAt(0) + role.name().substring(1).toLowerCase(), "en");
            users.put(role, user);
            chats.put(role, TELEGRAM.privateChat(user));
        }
        code = "matrix-" + USER_IDS.incrementAndGet();
        title = "Matrix Course " + code;
        digest = Button.digest(code);
        upload(Role.OWNER, code, title, true);
        upload(Role.CREATOR, code + "-other", "Another Course", false);
        courses.addCoCreator(new CourseCode(code), new LearnerId(users.get(Role.CO_CREATOR).id()));
        chats.get(Role.LEARNER).send("/start " + code);
        chats.get(Role.LEARNER).awaitBotMessages(2, WAIT);

        linked = TELEGRAM.group(-1_009_000_000_000L - USER_IDS.incrementAndGet(), "Matrix linked");
        unlinked = TELEGRAM.group(-1_009_000_000_000L - USER_IDS.incrementAndGet(), "Matrix unlinked");
        for (FakeGroup group : List.of(linked, unlinked)) {
            group.addBot("administrator");
            for (Role role : Role.values()) {
                String status = switch (role) {
                    case OWNER, GROUP_ADMIN -> "administrator";
                    case STRANGER -> "left";
                    default -> "member";
                };
                group.member(users.get(role), status);
            }
        }
        linked.send(users.get(Role.OWNER), "/link " + code);
        assertThat(linked.awaitBotMessages(1, WAIT).get(0).text()).startsWith("This group now belongs to " + title);
    }

    private void upload(Role role, String courseCode, String courseTitle, boolean withSession) {
        String file = "course:\n  title: " + courseTitle + "\n  code: " + courseCode + "\n  timezone: Europe/Berlin\n"
                + "assignments:\n  - id: a1\n    title: First\n    effort: 30m\n    opens: 2026-11-01T00:00\n    due: 2027-06-30T23:59\n"
                + (withSession ? "sessions:\n  - id: qa\n    title: Matrix Q&A\n    starts: 2026-12-20T18:00\n    duration: 60m\n" : "");
        FakePrivateChat chat = chats.get(role);
        int before = chat.botMessages().size();
        chat.sendDocument("c.yaml", "application/x-yaml", file.getBytes(StandardCharsets.UTF_8));
        assertThat(chat.awaitBotMessages(before + 1, WAIT).get(before).text()).startsWith("Course " + courseTitle + " is ready");
    }

    // ---- sending and reading ---------------------------------------------------------------------------------------

    private FakeGroup group(Where where) {
        return where == Where.LINKED_GROUP ? linked : unlinked;
    }

    /** Sends {@code text} as the role in the chat and returns the bot's answer there (addressed to the bot in groups). */
    private String say(Role role, Where where, String command, String rest) {
        if (where == Where.PRIVATE) {
            FakePrivateChat chat = chats.get(role);
            int before = chat.botMessages().size();
            chat.send(command + (rest.isEmpty() ? "" : " " + rest));
            return chat.awaitBotMessages(before + 1, WAIT).get(before).text();
        }
        FakeGroup group = group(where);
        int before = group.botMessages().size();
        group.send(users.get(role), command + BOT + (rest.isEmpty() ? "" : " " + rest));
        return group.awaitBotMessages(before + 1, WAIT).get(before).text();
    }

    /** Presses a button with {@code data} as the role, on the bot's last message in the chat; the pop-up text. */
    private String press(Role role, Where where, String data) {
        String id;
        if (where == Where.PRIVATE) {
            FakePrivateChat chat = chats.get(role);
            if (chat.botMessages().isEmpty()) {
                say(role, where, "/help", "");
            }
            id = chat.forgeButtonPress(chat.botMessages().get(chat.botMessages().size() - 1), data);
        } else {
            FakeGroup group = group(where);
            if (group.botMessages().isEmpty()) {
                say(Role.MEMBER, where, "/help", "");
            }
            id = group.forgeButtonPress(users.get(role), group.botMessages().get(group.botMessages().size() - 1), data);
        }
        String toast = TELEGRAM.awaitCallbackAnswer(id, WAIT).text();
        return toast == null ? "" : toast;
    }

    private boolean refusedWithoutLeaking(String answer) {
        assertThat(answer).as("a refusal shows nothing of the course").doesNotContain(title);
        return false;
    }

    // ---- the actions -----------------------------------------------------------------------------------------------

    private boolean team(Role role, Where where) {
        String answer = say(role, where, "/team", code);
        return answer.startsWith("Team of " + title) || refusedWithoutLeaking(answer);
    }

    private boolean teamInvite(Role role, Where where) {
        int before = chats.get(role).botMessages().size();
        String toast = press(role, where, "team:inv:" + digest);
        if (!toast.isEmpty()) {
            return refusedWithoutLeaking(toast);
        }
        String answer = chats.get(role).awaitBotMessages(before + 1, WAIT).get(before).text();
        return answer.contains("?start=cocreate--") || refusedWithoutLeaking(answer);
    }

    private boolean newSession(Role role, Where where) {
        int before = chats.get(role).botMessages().size();
        String toast = press(role, where, "new:sc:" + digest);
        if (!toast.isEmpty()) {
            return refusedWithoutLeaking(toast);
        }
        String answer = chats.get(role).awaitBotMessages(before + 1, WAIT).get(before).text();
        say(role, Where.PRIVATE, "/cancel", "");
        return answer.startsWith("A live session for " + title) || refusedWithoutLeaking(answer);
    }

    private boolean schedule(Role role, Where where) {
        String answer = say(role, where, "/schedule", "");
        return answer.contains("Matrix Q&A") || refusedWithoutLeaking(answer);
    }

    private boolean stats(Role role, Where where) {
        int before = where == Where.PRIVATE ? chats.get(role).botMessages().size() : 0;
        String answer = say(role, where, "/stats", code);
        if (answer.equals("📊 " + title)) {
            // The chart comes first, then the text: wait for both, so that the next cell reads its own answer.
            assertThat(chats.get(role).awaitBotMessages(before + 2, WAIT).get(before + 1).text()).startsWith("📊 " + title);
            return true;
        }
        return refusedWithoutLeaking(answer);
    }

    private boolean export(Role role, Where where) {
        String answer = say(role, where, "/export", code);
        return answer.startsWith("📄 " + title) || refusedWithoutLeaking(answer);
    }

    private boolean nudge(Role role, Where where) {
        FakePrivateChat learner = chats.get(Role.LEARNER);
        int before = learner.botMessages().size();
        String toast = press(role, where, "st:n:" + users.get(Role.LEARNER).id() + ":" + code);
        if (toast.startsWith("Nudged")) {
            // The learner's nudge comes through the delivery engine: wait for it, so that later cells read their own answers.
            assertThat(learner.awaitBotMessages(before + 1, WAIT).get(before).text()).startsWith("👋 Hi from " + title);
            return true;
        }
        return toast.endsWith("was already nudged today.") || refusedWithoutLeaking(toast);
    }

    private boolean announce(Role role, Where where) throws Exception {
        String text = "Matrix post by " + role + " in " + where;
        int posts = linked.botMessages().size();
        if (where == Where.PRIVATE) {
            // In private: the guided flow (an introduction, the text, Now, Post), whose last step checks the rights.
            FakePrivateChat chat = chats.get(role);
            int before = chat.botMessages().size();
            chat.send("/announce");
            if (!chat.awaitBotMessages(before + 1, WAIT).get(before).text().startsWith("Announcements are posted in a course's group: ")) {
                return refusedWithoutLeaking(chat.botMessages().get(before).text());
            }
            String ask = chat.awaitBotMessages(before + 2, WAIT).get(before + 1).text();
            if (!ask.startsWith("What should I post in the group of " + title)) {
                return refusedWithoutLeaking(ask);
            }
            say(role, where, text, "");
            BotMessage when = chat.botMessages().get(chat.botMessages().size() - 1);
            before = chat.botMessages().size();
            chat.pressButton(when, when.callbackData().get(0)); // Now
            BotMessage confirm = chat.awaitBotMessages(before + 1, WAIT).get(before);
            before = chat.botMessages().size();
            chat.pressButton(confirm, confirm.callbackData().get(0)); // Post
            if (!chat.awaitBotMessages(before + 1, WAIT).get(before).text().startsWith("📣 Posting it")) {
                return false;
            }
        } else {
            // In a group, "now" is answered by the post itself.
            String answer = say(role, where, "/announce", text);
            if (answer.equals(text)) {
                return true;
            }
            return refusedWithoutLeaking(answer);
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (linked.botMessages().stream().skip(posts).anyMatch(message -> message.text().equals(text))) {
                return true;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the announcement \"" + text + "\" was accepted but not posted in the group");
    }

    private boolean broadcast(Role role, Where where) {
        String answer = say(role, where, "/broadcast", code);
        if (answer.startsWith("What should every learner of " + title)) {
            say(role, where, "/cancel", "");
            return true;
        }
        return refusedWithoutLeaking(answer);
    }

    private int broadcasts;

    private boolean broadcastSend(Role role, Where where) {
        String text = "Matrix broadcast " + (++broadcasts);
        assertThat(say(Role.OWNER, Where.PRIVATE, "/broadcast", code)).startsWith("What should every learner of " + title);
        FakePrivateChat owner = chats.get(Role.OWNER);
        int before = owner.botMessages().size();
        owner.send(text);
        BotMessage preview = owner.awaitBotMessages(before + 1, WAIT).get(before);
        assertThat(preview.text()).startsWith("👀 Preview");
        FakePrivateChat learner = chats.get(Role.LEARNER);
        int learnerBefore = learner.botMessages().size();
        String toast = press(role, where, preview.callbackData().get(0));
        if (toast.equals("This button is no longer active.")) {
            say(Role.OWNER, Where.PRIVATE, "/cancel", "");
            return false;
        }
        return learner.awaitBotMessages(learnerBefore + 1, WAIT).stream().skip(learnerBefore).anyMatch(m -> m.text().contains(text));
    }

    private boolean listAnnouncements(Role role, Where where) {
        String answer = say(role, where, "/announcements", "");
        return answer.startsWith("📋") || answer.startsWith("No announcements are scheduled") || refusedWithoutLeaking(answer);
    }

    private boolean cancelAnnouncement(Role role, Where where) {
        assertThat(say(Role.OWNER, Where.LINKED_GROUP, "/announce", "at 2027-01-10 09:00 Matrix scheduled")).startsWith("📅 Scheduled");
        Announcement scheduled = announcements.scheduledIn(linked.id()).get(0);
        int before = linked.botMessages().size();
        String toast = press(role, where, "ann:x:" + scheduled.id());
        boolean stillThere = announcements.scheduledIn(linked.id()).stream().anyMatch(a -> a.id().equals(scheduled.id()));
        if (!stillThere) {
            // Wait for the group's "Cancelled", so that the next cell reads its own answer.
            assertThat(linked.awaitBotMessages(before + 1, WAIT).get(before).text()).startsWith("🗑 Cancelled");
            return true;
        }
        cancelling.cancel(scheduled.id(), linked.id());
        return refusedWithoutLeaking(toast);
    }

    private boolean link(Role role, Where where) {
        String answer = say(role, where, "/link", code);
        boolean linkedNow = answer.startsWith("This group now belongs to " + title);
        if (linkedNow && where == Where.GROUP) {
            say(Role.OWNER, Where.LINKED_GROUP, "/link", code); // back to the linked group for the next cells
        }
        return linkedNow || refusedWithoutLeaking(answer);
    }
}
