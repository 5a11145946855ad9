package app.paceline.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.paceline.challenge.ChallengeEnrollment;
import app.paceline.challenge.InMemoryChallengeEnrollments;
import app.paceline.course.CourseCode;
import app.paceline.delivery.DeliveryKey;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.DeliveryPlan;
import app.paceline.delivery.InMemoryPlannedDeliveries;
import app.paceline.delivery.Recipient;
import app.paceline.fakebotapi.FakeBotApi;
import app.paceline.learner.LearnerId;
import app.paceline.time.SimulatedClock;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sandbox's API without a bot: what the personas send reaches the fake, and the time bar moves the clock. */
class SandboxControllerTests {

    private static final Instant MONDAY = Instant.parse("2027-01-04T06:00:00Z");

    private final FakeBotApi telegram = FakeBotApi.start(FakeBotApi.Options.defaults().botUsername("sandbox_bot"));
    private final SimulatedClock clock = SimulatedClock.stoppedAt(MONDAY);
    private final InMemoryPlannedDeliveries deliveries = new InMemoryPlannedDeliveries();
    private final InMemoryChallengeEnrollments challenges = new InMemoryChallengeEnrollments();
    private final SandboxCast cast = SandboxCast.standard("sourdough-sandbox", "sandbox_bot");
    private final SandboxController sandbox = new SandboxController(telegram, clock, deliveries, challenges, cast);

    @AfterEach
    void stop() {
        telegram.close();
    }

    @Test
    void jumpsForwardByADurationAndRefusesBackwardsOrAbsurdJumps() {
        Map<String, Object> after = sandbox.jump(Map.of("by", "P1D"));

        assertThat(clock.instant()).isEqualTo(MONDAY.plus(Duration.ofDays(1)));
        assertThat(after).containsEntry("now", "2027-01-05T06:00:00Z");
        for (String bad : List.of("-PT1H", "PT0S", "P401D", "tomorrow")) {
            assertThatThrownBy(() -> sandbox.jump(Map.of("by", bad))).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(clock.instant()).as("a refused jump moves nothing").isEqualTo(MONDAY.plus(Duration.ofDays(1)));
    }

    @Test
    void jumpsToWhicheverComesFirstTheNextWaitingDeliveryOrTheNextChallengeDay() {
        assertThatThrownBy(() -> sandbox.jump(Map.of("to", "next"))).hasMessageContaining("nothing is scheduled");
        deliveries.plan(DeliveryPlan.of(DeliveryKey.of("nudge", "a"), Recipient.learner(7002), DeliveryKind.DRIP_DAY,
                MONDAY.plus(Duration.ofHours(5)), Map.of()));
        challenges.add(ChallengeEnrollment.joined(new LearnerId(7002), new CourseCode("sourdough-sandbox"), "ten-day",
                LocalDate.parse("2027-01-04"), MONDAY).withNextRelease(Optional.of(MONDAY.plus(Duration.ofHours(17)))));
        assertThat(sandbox.time()).containsEntry("next", "2027-01-04T11:00:00Z");

        sandbox.jump(Map.of("to", "next"));
        assertThat(clock.instant()).isEqualTo(MONDAY.plus(Duration.ofHours(5)));
        assertThat(sandbox.time()).as("a delivery not yet sent is not next any more: it is due now")
                .containsEntry("next", "2027-01-04T23:00:00Z");

        sandbox.jump(Map.of("to", "next"));
        assertThat(clock.instant()).isEqualTo(MONDAY.plus(Duration.ofHours(17)));
    }

    @Test
    void changesTheSpeedAndRefusesNonsense() {
        var running = new SimulatedClock(Clock.systemUTC(), MONDAY, 0);
        var controller = new SandboxController(telegram, running, deliveries, challenges, cast);

        assertThat(controller.speed(Map.of("speed", 3600))).containsEntry("speed", 3600.0);
        assertThat(running.speed()).isEqualTo(3600);
        for (Object bad : List.of(-1, "fast", 100_000)) {
            assertThatThrownBy(() -> controller.speed(Map.of("speed", bad))).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(running.speed()).isEqualTo(3600);
    }

    @Test
    void aPersonaWritesInTheirOwnChatOrTheGroupAndWhatTheySentIsKept() {
        telegram.group(cast.groupId(), cast.groupTitle());

        Map<String, Object> fromTokyo = sandbox.send("tokyo", Map.of("text", "  /start sourdough-sandbox "));
        Map<String, Object> fromMo = sandbox.send("group-member", Map.of("text", "hello all"));

        assertThat(fromTokyo).containsEntry("chat_id", 7002L).containsEntry("text", "/start sourdough-sandbox");
        assertThat(fromMo).containsEntry("chat_id", cast.groupId()).containsEntry("from_name", "Mo");
        assertThat(telegram.pendingUpdateCount()).as("both reach the bot as updates").isEqualTo(2);
        @SuppressWarnings("unchecked")
        var sent = (List<Map<String, Object>>) sandbox.sent().get("messages");
        assertThat(sent).extracting(m -> m.get("from_key")).containsExactly("tokyo", "group-member");
    }

    @Test
    void anUploadReachesTheBotAsADocument() {
        String yaml = Base64.getEncoder().encodeToString("course:\n  title: X\n".getBytes(StandardCharsets.UTF_8));

        Map<String, Object> upload = sandbox.document("creator", Map.of("file_name", "x.yaml", "content_base64", yaml));

        assertThat(upload).containsEntry("file_name", "x.yaml").containsEntry("chat_id", 7001L);
        assertThat(telegram.pendingUpdateCount()).isEqualTo(1);
        assertThatThrownBy(() -> sandbox.document("creator", Map.of("file_name", "x.yaml", "content_base64", "@@@")))
                .hasMessageContaining("base64");
    }

    @Test
    void refusesEmptyMessagesAndUnknownPersonas() {
        assertThatThrownBy(() -> sandbox.send("tokyo", Map.of("text", "   "))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sandbox.send("tokyo", Map.of())).hasMessageContaining("text");
        assertThatThrownBy(() -> sandbox.send("nobody", Map.of("text", "hi"))).isInstanceOf(SandboxController.UnknownPersona.class);
        assertThat(telegram.pendingUpdateCount()).isZero();
    }

    @Test
    void refusesToRunOnRealTime() {
        assertThatThrownBy(() -> new SandboxController(telegram, Clock.systemUTC(), deliveries, challenges, cast))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("simulated time");
    }
}
