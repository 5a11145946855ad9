package app.paceline.challenge;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a learner stands in a challenge: days done (late ones count the same), days released and still open, how
 * far behind, and a streak that forgives.
 *
 * <p><b>The streak</b> counts done days backwards from the newest released day. The newest day does not break it
 * while it is not done yet (it is today's). One missed day in any seven is forgiven: it does not count, but does not
 * break the streak either; a second miss within seven days ends it. A missed day done later, before the archive
 * date, is done like any other: catching up repairs the streak.
 *
 * @param open   released days not done, oldest first
 * @param behind open days other than the newest one: the days to catch up on
 */
public record ChallengeProgress(int days, int released, int done, List<Integer> open, List<Integer> behind, int streak) {

    /** A miss is forgiven when the previous forgiven one is at least this many days away. */
    static final int FORGIVE_ONE_IN = 7;

    public ChallengeProgress {
        open = List.copyOf(open);
        behind = List.copyOf(behind);
    }

    public static ChallengeProgress of(ChallengeEnrollment enrollment, int days) {
        int released = Math.min(enrollment.released(), days);
        List<Integer> open = new ArrayList<>();
        int done = 0;
        for (int day = 1; day <= days; day++) {
            if (enrollment.isDone(day)) {
                done++;
            } else if (day <= released) {
                open.add(day);
            }
        }
        List<Integer> behind = open.stream().filter(day -> day < released).toList();
        return new ChallengeProgress(days, released, done, open, behind, streak(enrollment, released));
    }

    static int streak(ChallengeEnrollment enrollment, int released) {
        int streak = 0;
        int lastForgiven = Integer.MAX_VALUE;
        for (int day = released; day >= 1; day--) {
            if (enrollment.isDone(day)) {
                streak++;
            } else if (day == released) {
                continue; // today's day, not done yet
            } else if (lastForgiven - day >= FORGIVE_ONE_IN) {
                lastForgiven = day;
            } else {
                break;
            }
        }
        return streak;
    }

    public boolean finished() {
        return done == days;
    }
}
