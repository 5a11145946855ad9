package app.paceline.calendar;

import app.paceline.session.AnsweringRsvp;
import app.paceline.learner.Learner;
import app.paceline.learner.LearnerId;
import app.paceline.learner.Learners;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a calendar app gets for a feed token: the learner (their zone and language) and their events, in time order.
 * The events are the {@code /calendar} kinds without its 7-day limit: booked slots, and the deadlines of unfinished
 * work. The last {@link #HISTORY} stay, so a calendar does not lose the past all at once; a slot of finished work
 * stays only if it started before the work was done (later ones were never used).
 */
public final class ReadingFeed {

    /** How far back a feed reaches. */
    public static final Duration HISTORY = Duration.ofDays(30);

    /** A learner's feed as of one read. */
    public record Feed(Learner learner, List<FeedEvent> events) {
        public Feed {
            events = List.copyOf(events);
        }
    }

    private final FeedTokens tokens;
    private final Learners learners;
    private final LearnerAssignments assignments;
    private final AnsweringRsvp sessions;
    private final Clock clock;

    public ReadingFeed(FeedTokens tokens, Learners learners, LearnerAssignments assignments, AnsweringRsvp sessions, Clock clock) {
        this.tokens = tokens;
        this.learners = learners;
        this.assignments = assignments;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** The feed this token opens; empty for an unknown, replaced or revoked token. */
    public Optional<Feed> read(FeedToken token) {
        return tokens.learnerWith(token)
                .flatMap(learners::find)
                .map(learner -> new Feed(learner, events(learner.id(), clock.instant())));
    }

    List<FeedEvent> events(LearnerId learner, Instant now) {
        Instant since = now.minus(HISTORY);
        List<FeedEvent> events = new ArrayList<>();
        for (LearnerAssignments.Standing standing : assignments.of(learner)) {
            AssignmentProgress progress = standing.progress();
            for (BookedSlot slot : progress.slots()) {
                boolean used = progress.doneAt().map(slot.start()::isBefore).orElse(true);
                if (used && slot.end().isAfter(since)) {
                    events.add(new FeedEvent.Slot(standing, slot));
                }
            }
            if (!progress.isDone() && standing.window().due().isAfter(since)) {
                events.add(new FeedEvent.Due(standing));
            }
        }
        for (AnsweringRsvp.Coming coming : sessions.between(learner, since, Instant.MAX)) {
            events.add(new FeedEvent.Session(learner, coming.occurrence()));
        }
        events.sort(Comparator.comparing(FeedEvent::start).thenComparing(FeedEvent::uid));
        return events;
    }
}
