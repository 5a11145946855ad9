package app.paceline.config;

import app.paceline.challenge.PostingChallengeBoards;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The daily challenge board in course groups ({@code paceline.challenge-board.*}).
 *
 * @param refresh how often the boards are brought up to date ({@code PACELINE_CHALLENGE_BOARD_REFRESH}, e.g.
 *                {@code 1m}, {@code 30s}): the longest a board lags behind what learners did, and the shortest time
 *                between two edits of one board, which count towards a group's 20 messages a minute. 10 s to 1 h;
 *                1 minute unless set.
 */
@ConfigurationProperties("paceline.challenge-board")
public record ChallengeBoardProperties(Duration refresh) {

    static final Duration SHORTEST = Duration.ofSeconds(10);
    static final Duration LONGEST = Duration.ofHours(1);

    public ChallengeBoardProperties {
        refresh = refreshOf(refresh);
    }

    static Duration refreshOf(Duration configured) {
        if (configured == null) {
            return PostingChallengeBoards.DEFAULT_REFRESH;
        }
        if (configured.compareTo(SHORTEST) < 0 || configured.compareTo(LONGEST) > 0) {
            throw new InvalidSettingException("PACELINE_CHALLENGE_BOARD_REFRESH must be between 10s and 1h (how often "
                    + "the boards in course groups are updated); was: " + configured);
        }
        return configured;
    }
}
