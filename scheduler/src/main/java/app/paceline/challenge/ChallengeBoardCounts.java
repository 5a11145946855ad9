package app.paceline.challenge;

import java.util.List;

/**
 * What one day's board shows: of the learners in the challenge, how many did the board's day (a cohort challenge),
 * or are up to date with every day released to them (a challenge that starts on joining, whose learners are on
 * different days), how many are catching up on earlier days, and how many finished every day; and the first names
 * of those who did the day and chose to be named, in the order they did it.
 *
 * @param names     at most {@link PostingChallengeBoards#MAX_NAMES}
 * @param moreNames how many more opted-in learners did it than {@code names} lists
 */
public record ChallengeBoardCounts(int learners, int done, int behind, int finished, List<String> names, int moreNames) {

    public ChallengeBoardCounts {
        names = List.copyOf(names);
    }
}
