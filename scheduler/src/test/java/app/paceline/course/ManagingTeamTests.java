package app.paceline.course;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.learner.LearnerId;
import app.paceline.time.SimulatedClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ManagingTeamTests {

    private static final LearnerId OWNER = new LearnerId(501);
    private static final LearnerId ANA = new LearnerId(601);
    private static final LearnerId BEN = new LearnerId(602);
    private static final LearnerId STRANGER = new LearnerId(666);
    private static final CourseCode BAKER = new CourseCode("baker-2026");

    private final SimulatedClock clock = SimulatedClock.stoppedAt(Instant.parse("2026-11-20T12:00:00Z"));
    private final InMemoryCourses courses = new InMemoryCourses();
    private final InMemoryTeamInvites invites = new InMemoryTeamInvites();
    private final ManagingTeam team = new ManagingTeam(courses, invites, clock);

    @BeforeEach
    void aCourse() {
        courses.add(new Course(BAKER, "Master Baker", ZoneId.of("Europe/Berlin"), OWNER, List.of(), List.of(), clock.instant(), clock.instant()));
    }

    private String invite() {
        var outcome = team.invite(OWNER, BAKER);
        assertThat(outcome).isInstanceOf(ManagingTeam.Outcome.Invited.class);
        return ((ManagingTeam.Outcome.Invited) outcome).invite().token();
    }

    @Test
    void whoeverOpensTheOwnersInviteFirstBecomesACoCreatorAndTheLinkThenWorksNoMore() {
        String token = invite();
        assertThat(token).matches("[A-Za-z0-9_-]{22}");

        assertThat(team.accept(ANA, token)).isInstanceOf(ManagingTeam.Outcome.Joined.class);
        assertThat(courses.find(BAKER).orElseThrow().coCreators()).containsExactly(ANA);
        assertThat(courses.find(BAKER).orElseThrow().isEditableBy(ANA)).isTrue();
        assertThat(courses.createdBy(ANA)).extracting(Course::code).containsExactly(BAKER);

        assertThat(team.accept(BEN, token)).isInstanceOf(ManagingTeam.Outcome.InviteNotValid.class);
        assertThat(courses.find(BAKER).orElseThrow().coCreators()).containsExactly(ANA);
    }

    @Test
    void anInviteRunsOutAfterAWeekAndAnUnknownTokenIsTheSameAnswer() {
        String token = invite();
        clock.advance(ManagingTeam.INVITE_VALIDITY);
        assertThat(team.accept(ANA, token)).isInstanceOf(ManagingTeam.Outcome.InviteNotValid.class);
        assertThat(team.accept(ANA, "forged-token-forged-tok")).isInstanceOf(ManagingTeam.Outcome.InviteNotValid.class);
        assertThat(courses.find(BAKER).orElseThrow().coCreators()).isEmpty();
    }

    @Test
    void theOwnerOpeningTheirOwnInviteDoesNotUseItUp() {
        String token = invite();
        assertThat(team.accept(OWNER, token)).isInstanceOf(ManagingTeam.Outcome.AlreadyInTeam.class);
        assertThat(team.accept(ANA, token)).isInstanceOf(ManagingTeam.Outcome.Joined.class);
    }

    @Test
    void onlyTheOwnerInvitesAndStrangersLearnNothing() {
        team.accept(ANA, invite());
        int writes = courses.writes();

        assertThat(team.invite(ANA, BAKER)).isInstanceOf(ManagingTeam.Outcome.OwnerOnly.class);
        assertThat(team.invite(STRANGER, BAKER)).isInstanceOf(ManagingTeam.Outcome.UnknownCourse.class);
        assertThat(team.invite(OWNER, new CourseCode("nope"))).isInstanceOf(ManagingTeam.Outcome.UnknownCourse.class);
        assertThat(team.remove(STRANGER, BAKER, ANA)).isInstanceOf(ManagingTeam.Outcome.UnknownCourse.class);
        assertThat(courses.writes()).isEqualTo(writes);
    }

    @Test
    void theOwnerRemovesACoCreatorACoCreatorMayLeaveButNotRemoveOthers() {
        team.accept(ANA, invite());
        team.accept(BEN, invite());

        assertThat(team.remove(ANA, BAKER, BEN)).isInstanceOf(ManagingTeam.Outcome.OwnerOnly.class);
        assertThat(team.remove(ANA, BAKER, OWNER)).isInstanceOf(ManagingTeam.Outcome.OwnerOnly.class);
        assertThat(team.remove(OWNER, BAKER, BEN)).isInstanceOf(ManagingTeam.Outcome.Removed.class);
        assertThat(team.remove(OWNER, BAKER, BEN)).isInstanceOf(ManagingTeam.Outcome.NotInTeam.class);
        assertThat(team.remove(ANA, BAKER, ANA)).isInstanceOf(ManagingTeam.Outcome.Removed.class);
        assertThat(courses.find(BAKER).orElseThrow().coCreators()).isEmpty();
        assertThat(courses.find(BAKER).orElseThrow().isEditableBy(BEN)).isFalse();
        assertThat(team.remove(OWNER, BAKER, OWNER)).isInstanceOf(ManagingTeam.Outcome.NotInTeam.class);
        assertThat(courses.find(BAKER).orElseThrow().creator()).isEqualTo(OWNER);
    }

    @Test
    void aReimportKeepsTheTeam() {
        team.accept(ANA, invite());
        Course stale = courses.find(BAKER).orElseThrow().withTeam(OWNER, List.of());
        clock.advance(Duration.ofMinutes(1));
        courses.replace(stale);
        assertThat(courses.find(BAKER).orElseThrow().coCreators()).containsExactly(ANA);
    }
}
