package app.paceline;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.fakebotapi.BotMessage;
import app.paceline.fakebotapi.FakePrivateChat;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A course's owner invites a co-creator with a one-time link, the co-creator updates the course, and is removed. */
class CourseTeamEndToEndTests extends EndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Pattern INVITE = Pattern.compile("https://t\\.me/[A-Za-z0-9_]+\\?start=(cocreate--[A-Za-z0-9_-]+)");

    private static byte[] course(String code, String title) {
        return ("course:\n  title: " + title + "\n  code: " + code + "\n  timezone: Europe/Berlin\n"
                + "assignments:\n  - id: a1\n    title: First\n    effort: 30m\n    opens: 2026-12-01T00:00\n    due: 2026-12-20T23:59\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theOwnerInvitesACoCreatorWhoCanUpdateTheCourseUntilRemoved() {
        FakePrivateChat owner = TELEGRAM.privateChat(TELEGRAM.user(USER_IDS.incrementAndGet(), "Olga", "en"));
        FakePrivateChat ana = TELEGRAM.privateChat(TELEGRAM.user(USER_IDS.incrementAndGet(), "Ana", "en"));
        FakePrivateChat ben = TELEGRAM.privateChat(TELEGRAM.user(USER_IDS.incrementAndGet(), "Ben", "en"));
        String code = "team-" + USER_IDS.incrementAndGet();
        owner.sendDocument("c.yaml", "application/x-yaml", course(code, "Team Baking"));
        owner.awaitBotMessages(1, WAIT);

        owner.send("/team");
        BotMessage view = owner.awaitBotMessages(2, WAIT).get(1);
        assertThat(view.text()).startsWith("Team of Team Baking (" + code + ")\nOwner: Olga\nNo co-creators yet.");
        assertThat(view.buttonTexts()).containsExactly("Invite a co-creator");

        owner.pressButton(view, view.callbackData().get(0));
        String invite = owner.awaitBotMessages(3, WAIT).get(2).text();
        Matcher link = INVITE.matcher(invite);
        assertThat(link.find()).as(invite).isTrue();

        // Someone outside the team asking, or replaying the owner's button, learns nothing and gets no link.
        ben.send("/team " + code);
        BotMessage refused = ben.awaitBotMessages(1, WAIT).get(0);
        assertThat(refused.text()).startsWith("I don't know that course, or you aren't in its team.");
        assertThat(TELEGRAM.awaitCallbackAnswer(ben.forgeButtonPress(refused, view.callbackData().get(0)), WAIT).text())
                .isEqualTo("This button is no longer active.");
        assertThat(ben.botMessages()).hasSize(1);

        ana.send("/start " + link.group(1));
        assertThat(ana.awaitBotMessages(1, WAIT).get(0).text()).startsWith("You're now a co-creator of Team Baking.");
        assertThat(owner.awaitBotMessages(4, WAIT).get(3).text())
                .isEqualTo("Ana opened your invite and is now a co-creator of Team Baking. /team shows your team.");

        ben.send("/start " + link.group(1));
        assertThat(ben.awaitBotMessages(2, WAIT).get(1).text()).startsWith("This invite link was used already or has expired.");

        ana.sendDocument("c.yaml", "application/x-yaml", course(code, "Team Baking II"));
        assertThat(ana.awaitBotMessages(2, WAIT).get(1).text()).contains("Team Baking II");
        ana.send("/courses");
        assertThat(ana.awaitBotMessages(3, WAIT).get(2).text()).contains("Team Baking II (" + code + ")");

        ana.send("/team");
        BotMessage anaView = ana.awaitBotMessages(4, WAIT).get(3);
        assertThat(anaView.buttonTexts()).containsExactly("Leave this team");
        // A co-creator forging the owner's "remove" for someone else is refused.
        ana.forgeButtonPress(anaView, anaView.callbackData().get(0).replaceAll(":\\d+$", ":" + owner.id()));
        assertThat(ana.awaitBotMessages(5, WAIT).get(4).text()).isEqualTo("Only the course's owner can do that.");

        owner.send("/team");
        BotMessage withAna = owner.awaitBotMessages(5, WAIT).get(4);
        assertThat(withAna.text()).contains("1 co-creator:\n• Ana");
        assertThat(withAna.buttonTexts()).containsExactly("Invite a co-creator", "Remove Ana");
        owner.pressButton(withAna, withAna.callbackData().get(1));
        assertThat(owner.awaitBotMessages(6, WAIT).get(5).text()).isEqualTo("Ana is no longer in the team of Team Baking II.");

        ana.sendDocument("c.yaml", "application/x-yaml", course(code, "Hijacked"));
        assertThat(ana.awaitBotMessages(6, WAIT).get(5).text()).contains("belongs to someone else's course");
    }
}
