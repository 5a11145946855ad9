package app.paceline.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import app.paceline.learner.LearnerId;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SubscribingToFeedTests {

    private static final LearnerId ANA = new LearnerId(1001);
    private static final LearnerId BO = new LearnerId(1002);

    private final InMemoryFeedTokens tokens = new InMemoryFeedTokens();
    private final SubscribingToFeed subscribing = new SubscribingToFeed(tokens, new Random(42));

    @Test
    void theFirstLinkIsIssuedAndThenKept() {
        FeedToken first = subscribing.link(ANA);

        assertThat(subscribing.link(ANA)).isEqualTo(first);
        assertThat(subscribing.current(ANA)).contains(first);
        assertThat(tokens.learnerWith(first)).contains(ANA);
    }

    @Test
    void aTokenIs192RandomBitsInUrlSafeBase64AndIsNeverPrinted() {
        FeedToken token = subscribing.link(ANA);

        assertThat(token.value()).hasSize(32).matches("[A-Za-z0-9_-]+");
        assertThat(token.toString()).doesNotContain(token.value());
        assertThat(subscribing.link(BO)).isNotEqualTo(token);
    }

    @Test
    void aNewLinkStopsTheOldOneAtOnce() {
        FeedToken old = subscribing.link(ANA);

        FeedToken renewed = subscribing.newLink(ANA);

        assertThat(renewed).isNotEqualTo(old);
        assertThat(tokens.learnerWith(old)).isEmpty();
        assertThat(tokens.learnerWith(renewed)).contains(ANA);
        assertThat(subscribing.link(ANA)).isEqualTo(renewed);
    }

    @Test
    void turningOffStopsTheLinkAndATurnedOffFeedComesBackUnderANewToken() {
        FeedToken old = subscribing.link(ANA);

        assertThat(subscribing.turnOff(ANA)).isTrue();
        assertThat(subscribing.turnOff(ANA)).as("already off").isFalse();
        assertThat(tokens.learnerWith(old)).isEmpty();
        assertThat(subscribing.current(ANA)).isEmpty();

        FeedToken again = subscribing.link(ANA);
        assertThat(again).isNotEqualTo(old);
        assertThat(tokens.learnerWith(again)).contains(ANA);
    }

    @Test
    void learnersDoNotTouchEachOthersFeeds() {
        FeedToken ana = subscribing.link(ANA);
        FeedToken bo = subscribing.link(BO);

        subscribing.newLink(ANA);
        subscribing.turnOff(ANA);

        assertThat(tokens.learnerWith(bo)).contains(BO);
        assertThat(tokens.learnerWith(ana)).isEmpty();
    }

    @Test
    void onlyTokenShapedTextIsTakenForAToken() {
        assertThat(FeedToken.parse("abc")).isEmpty();
        assertThat(FeedToken.parse(null)).isEmpty();
        assertThat(FeedToken.parse("../../../../etc/passwd-xxxxxxxxxxxxxxx")).isEmpty();
        assertThat(FeedToken.parse("A".repeat(32))).isPresent();
    }
}
