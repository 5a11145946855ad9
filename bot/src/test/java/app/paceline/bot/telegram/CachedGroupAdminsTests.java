package app.paceline.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.paceline.time.SimulatedClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CachedGroupAdminsTests {

    private final SimulatedClock clock = SimulatedClock.stoppedAt(Instant.parse("2026-12-01T12:00:00Z"));
    private final Map<Long, Boolean> telegram = new HashMap<>();
    private int asked;
    private final CachedGroupAdmins admins = new CachedGroupAdmins((group, user) -> {
        asked++;
        return telegram.get(user);
    }, clock, CachedGroupAdmins.MAX_AGE);

    @Test
    void anAdminIsAskedAboutOnceAMinuteAndADemotionCountsAfterThatMinute() {
        telegram.put(7L, true);
        assertThat(admins.isAdmin(-100, 7)).isTrue();
        assertThat(admins.isAdmin(-100, 7)).isTrue();
        assertThat(asked).isEqualTo(1);

        telegram.put(7L, false);
        clock.set(clock.instant().plus(Duration.ofSeconds(59)));
        assertThat(admins.isAdmin(-100, 7)).isTrue();
        clock.set(clock.instant().plus(Duration.ofSeconds(1)));
        assertThat(admins.isAdmin(-100, 7)).isFalse();
        assertThat(asked).isEqualTo(2);
    }

    @Test
    void aRefusalOrNoAnswerIsAskedAgainSoSomeoneJustPromotedIsNotTurnedAway() {
        telegram.put(7L, false);
        assertThat(admins.isAdmin(-100, 7)).isFalse();
        telegram.put(7L, null); // Telegram unreachable
        assertThat(admins.isAdmin(-100, 7)).isFalse();
        telegram.put(7L, true);
        assertThat(admins.isAdmin(-100, 7)).isTrue();
        assertThat(asked).isEqualTo(3);
    }

    @Test
    void eachGroupIsItsOwnQuestion() {
        telegram.put(7L, true);
        assertThat(admins.isAdmin(-100, 7)).isTrue();
        assertThat(admins.isAdmin(-200, 7)).isTrue();
        assertThat(asked).isEqualTo(2);
    }

    @Test
    void aClockSetBackDoesNotStretchTheMinute() {
        telegram.put(7L, true);
        admins.isAdmin(-100, 7);
        clock.set(clock.instant().minus(Duration.ofHours(1)));
        admins.isAdmin(-100, 7);
        assertThat(asked).isEqualTo(2);
    }

    @Test
    void longerThanAMinuteIsRefused() {
        assertThatThrownBy(() -> new CachedGroupAdmins((g, u) -> true, clock, Duration.ofMinutes(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
