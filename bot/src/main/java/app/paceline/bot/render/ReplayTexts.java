package app.paceline.bot.render;

import app.paceline.bot.outbound.Button;
import app.paceline.bot.outbound.Keyboard;
import app.paceline.course.CourseCode;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.PlannedDelivery;
import app.paceline.learner.LearnerId;
import app.paceline.prompts.Prompts;
import app.paceline.session.SessionSummaries;
import app.paceline.session.SessionSummary;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/**
 * The messages after live sessions: the creator's summary of the answers (with Post the recording), and to learners
 * the recording (Watch / Watched ✓) and its reminder a day before the window closes. The summary's counts are read
 * as it is rendered, right before it is sent, so they are those at the end of the session, not at planning time.
 */
public final class ReplayTexts {

    private final Prompts prompts;
    private final SessionSummaries summaries;

    public ReplayTexts(Prompts prompts, SessionSummaries summaries) {
        this.prompts = prompts;
        this.summaries = summaries;
    }

    /** Registers the summary, the recording and its reminder. */
    public DeliveryTexts registerWith(DeliveryTexts texts) {
        return texts.with(DeliveryKind.SESSION_SUMMARY, this::summary)
                .with(DeliveryKind.REPLAY, (delivery, locale, zone) -> recording("replay.recording", delivery, locale, zone))
                .with(DeliveryKind.REPLAY_REMINDER, (delivery, locale, zone) -> recording("replay.reminder", delivery, locale, zone));
    }

    /** In the creator's zone, or the course's when they have not told theirs ({@code zone} would then be UTC). */
    DeliveryTexts.Message summary(PlannedDelivery delivery, Locale locale, ZoneId ignored) {
        Map<String, String> payload = delivery.plan().payload();
        CourseCode course = new CourseCode(payload.get("course"));
        String occurrence = payload.get("occurrence");
        SessionSummary summary = summaries.of(course, occurrence, new LearnerId(delivery.recipient().chatId()));
        String text = prompts.render(locale, "replay.summary", Map.of(
                "title", payload.getOrDefault("title", occurrence),
                "time", LocalTimes.moment(Instant.parse(payload.get("start")), summary.zone(), locale),
                "zone", LocalTimes.zone(summary.zone()),
                "live", summary.live(),
                "replay", summary.replay(),
                "cant", summary.cant(),
                "none", summary.noAnswer(),
                "audience", summary.replayAudience(),
                "occurrence", occurrence));
        return new DeliveryTexts.Message(text, Keyboard.Inline.row(
                new Button(prompts.render(locale, "replay.button.post"), ReplayButtons.post(course, occurrence))));
    }

    private DeliveryTexts.Message recording(String key, PlannedDelivery delivery, Locale locale, ZoneId zone) {
        Map<String, String> payload = delivery.plan().payload();
        CourseCode course = new CourseCode(payload.get("course"));
        String occurrence = payload.get("occurrence");
        String link = payload.get("link");
        String text = prompts.render(locale, key, Map.of(
                "title", payload.getOrDefault("title", occurrence),
                "time", LocalTimes.moment(Instant.parse(payload.get("start")), zone, locale),
                "watchBy", LocalTimes.moment(Instant.parse(payload.get("watchBy")), zone, locale),
                "link", link));
        return new DeliveryTexts.Message(text, Keyboard.Inline.row(
                Button.link(prompts.render(locale, "replay.button.open"), URI.create(link)),
                new Button(prompts.render(locale, "replay.button.watched"), ReplayButtons.seen(course, occurrence))));
    }
}
