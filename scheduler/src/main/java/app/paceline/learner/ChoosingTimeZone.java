package app.paceline.learner;

import java.time.Clock;
import java.util.Objects;

/**
 * Stores the time zone a learner names, if it is one, and tells who follows zones (challenge days keep their local
 * release time); bad input changes nothing.
 */
public final class ChoosingTimeZone {

    /** Told after a learner's new zone was stored. */
    @FunctionalInterface
    public interface ZoneChanges {
        ZoneChanges NONE = learner -> { };

        void zoneChanged(LearnerId learner);
    }

    private final Learners learners;
    private final TimeZoneInput input;
    private final Clock clock;
    private final ZoneChanges changes;

    public ChoosingTimeZone(Learners learners, TimeZoneInput input, Clock clock) {
        this(learners, input, clock, ZoneChanges.NONE);
    }

    public ChoosingTimeZone(Learners learners, TimeZoneInput input, Clock clock, ZoneChanges changes) {
        this.learners = Objects.requireNonNull(learners);
        this.input = Objects.requireNonNull(input);
        this.clock = Objects.requireNonNull(clock);
        this.changes = Objects.requireNonNull(changes);
    }

    /**
     * @param learner the learner, already registered
     * @param text    what they typed: an IANA id, a city, or a UTC offset
     */
    public TimeZoneChoice choose(Learner learner, String text) {
        var parsed = input.parse(text);
        if (parsed.isEmpty()) {
            return new TimeZoneChoice.NotUnderstood(text == null ? "" : text.strip());
        }
        Learner updated = learner.withTimeZone(parsed.get());
        learners.save(updated);
        if (!learner.timeZone().equals(updated.timeZone())) {
            changes.zoneChanged(learner.id());
        }
        return new TimeZoneChoice.Chosen(parsed.get(), clock.instant().atZone(parsed.get()), updated.hasFixedOffset());
    }
}
